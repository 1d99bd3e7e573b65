import { Fragment } from "react";

/**
 * A chart path that may break after each dot or before a list index, never inside a key: long
 * paths wrap at their structure instead of every few characters.
 */
export function WrappedPath({ path }: { path: string }) {
  const parts = path.split(/(?<=\.)|(?=\[)/);
  return (
    <code className="wrapped-path">
      {parts.map((part, index) => (
        <Fragment key={index}>
          {index > 0 ? <wbr /> : null}
          {part}
        </Fragment>
      ))}
    </code>
  );
}
