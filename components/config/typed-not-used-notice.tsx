import { requiredFieldCopy } from "./fields/required-field-copy";
import { useTargetForm } from "./target-context";
import type { TypedNotUsed } from "./use-typed-before-load";

export type TypedNotUsedNoticeProps = {
  notUsed: readonly TypedNotUsed[];
  /** Where the kept values came from: "your draft", "the EKS configuration". */
  source: string;
};

/** Says which values typed while the form loaded gave way to the ones the form started from. */
export function TypedNotUsedNotice({ notUsed, source }: TypedNotUsedNoticeProps) {
  const fields = requiredFieldCopy(useTargetForm());
  if (notUsed.length === 0) return null;
  return (
    <div className="draft-notice" role="status">
      {notUsed.map(({ name, value, kept }) => (
        <p key={name}>
          {fields.find((field) => field.name === name)?.label ?? name} is {kept}, from {source}:
          what you typed while the form loaded, “{value}”, was not used. Type it again if you meant
          it.
        </p>
      ))}
    </div>
  );
}
