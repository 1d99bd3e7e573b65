"use client";

export type InferenceHintProps = {
  /** What is inferred, as shown in the button: "Use {what} {shown}". */
  what: string;
  shown: string;
  why: string;
  isTaken: boolean;
  onTake: () => void;
  /** The button's words when "Use {what} {shown}" would be too long. */
  takeLabel?: string;
};

/** An inference beside its field: shown as one, explained, and taken only by the admin's click. */
export function InferenceHint({
  what,
  shown,
  why,
  isTaken,
  onTake,
  takeLabel,
}: InferenceHintProps) {
  return (
    <span className="inference">
      <span className="field-tag">inferred, check your chart</span> Easel suggests{" "}
      <code>{shown}</code>. {why}{" "}
      {isTaken ? (
        <span className="inference-taken">In use.</span>
      ) : (
        <button type="button" className="button-small" onClick={onTake}>
          {takeLabel ?? `Use ${what} ${shown}`}
        </button>
      )}
    </span>
  );
}
