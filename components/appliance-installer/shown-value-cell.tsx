import { GENERATED_BY_INSTALLER } from "@/lib/appliance-installer/installer-merge";
import { shownValue } from "@/lib/secrets/shown-value";

/** The installer's marker stands where a credential will be: it is shown, not masked. */
const SHOWN_AS_IS = [GENERATED_BY_INSTALLER];

/** Longer than this, a value is folded to its start so one row cannot fill the screen. */
const FOLD_AFTER = 40;

/** A field's value as the screen shows it (credentials masked), long ones folded behind "Show all". */
export function ShownValue({ path, value }: { path: string; value: unknown }) {
  const text = shownValue(path, value, SHOWN_AS_IS);
  if (text.length <= FOLD_AFTER) return <span className="shown-value">{text}</span>;
  return (
    <details className="shown-value folded-value">
      <summary>
        <span className="folded-start">{text.slice(0, FOLD_AFTER - 8)}…</span>{" "}
        <span className="show-all">Show all</span>
      </summary>
      <code>{text}</code>
    </details>
  );
}
