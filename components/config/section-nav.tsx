const SECTIONS = [
  ["global", "Global"],
  ["fleet", "Fleet"],
  ["canvas", "Canvas"],
  ["identity", "Identity"],
  ["registry", "Registry"],
] as const;

/** Links to each section of the configuration form. */
export function SectionNav() {
  return (
    <nav className="section-nav" aria-label="Configuration sections">
      <ol>
        {SECTIONS.map(([id, title]) => (
          <li key={id}>
            <a href={`#${id}`}>{title}</a>
          </li>
        ))}
      </ol>
    </nav>
  );
}
