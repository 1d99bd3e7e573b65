import type { ReactNode } from "react";

export type DraftNoticeProps = {
  savedAt: Date;
  onStartOver: () => void;
  /** The name of the imported file the draft kept, if any: then no secret was generated. */
  fileName?: string;
  /** What became of the draft's file and its secrets. */
  children?: ReactNode;
};

/** Says the form came back from a saved draft, what a draft never holds, and how to start over. */
export function DraftNotice({ savedAt, onStartOver, fileName, children }: DraftNoticeProps) {
  return (
    <div className="draft-notice" role="status">
      {fileName === undefined ? (
        <p>
          Restored your draft from {savedAt.toLocaleString()}. Drafts never hold secrets: those
          Easel invents were generated afresh, so enter again any you had already used, and every
          password, token and file you had given.
        </p>
      ) : (
        <p>
          Restored your draft from {savedAt.toLocaleString()}, editing {fileName}. Drafts never hold
          secrets: enter again every password, token and file you had given.
        </p>
      )}
      {children}
      <button type="button" className="button-small" onClick={onStartOver}>
        Discard the draft and start over
      </button>
    </div>
  );
}
