import type { LineWarning } from "@/lib/import/line-warnings";

export type LineWarningsListProps = { warnings: readonly LineWarning[]; label: string };

/** Lines of a YAML file worth a second look, each with its number. */
export function LineWarningsList({ warnings, label }: LineWarningsListProps) {
  return (
    <ul className="import-warnings" aria-label={label}>
      {warnings.map((warning, index) => (
        <li key={index}>
          <span className="import-line">Line {warning.line}:</span> {warning.message}
        </li>
      ))}
    </ul>
  );
}
