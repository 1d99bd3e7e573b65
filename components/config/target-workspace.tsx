"use client";

import { useEffect, useState, type ReactNode } from "react";

import type { FormStart } from "./form-start";
import type { TargetConfigFormProps } from "./target-config-form";
import type { TargetFormRoot } from "./target-form-root";

type LoadedForm = { Root: typeof TargetFormRoot; start: FormStart };

export type TargetWorkspaceProps = TargetConfigFormProps & {
  /** The page the server rendered for the form: shown, and typed into, until the form is ready. */
  skeleton: ReactNode;
};

/**
 * A target's form, which runs only in the browser: its defaults include freshly generated
 * secrets, which must never be rendered into server HTML. Until its code and start are ready the
 * server's skeleton stands in for it; the form replaces it in one render and keeps what was typed.
 */
export function TargetWorkspace({ skeleton, ...props }: TargetWorkspaceProps) {
  const { targetId } = props;
  // "lost" once the form's code or start could not be loaded.
  const [loaded, setLoaded] = useState<LoadedForm | "lost">();
  useEffect(() => {
    let isCurrent = true;
    import("./target-form-root")
      .then(async ({ TargetFormRoot, loadFormStart }) => ({
        Root: TargetFormRoot,
        start: await loadFormStart(targetId),
      }))
      .then(
        (form) => isCurrent && setLoaded(form),
        () => isCurrent && setLoaded("lost"),
      );
    return () => {
      isCurrent = false;
    };
  }, [targetId]);
  if (loaded && loaded !== "lost") return <loaded.Root {...props} start={loaded.start} />;
  return (
    <>
      {loaded === "lost" ? (
        <p className="field-error" role="alert">
          The form could not be loaded: Easel did not answer. Reload the page to try again.
        </p>
      ) : null}
      {skeleton}
    </>
  );
}
