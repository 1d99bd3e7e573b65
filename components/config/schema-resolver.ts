import type { Resolver } from "react-hook-form";

import { checkOffThread } from "@/lib/checks/checks-client";
import type { TargetConfig } from "@/lib/schemas/targets";
import type { TargetId } from "@/lib/targets/catalog";

/** How long a check waits for a frame: a hidden page paints none, and its checks still answer. */
const FRAME_WAIT_MS = 100;

/** After the frame the browser paints next, or a moment on a page that paints none. */
function afterNextPaint(): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, FRAME_WAIT_MS);
    requestAnimationFrame(() =>
      setTimeout(() => {
        clearTimeout(timer);
        resolve();
      }, 0),
    );
  });
}

/**
 * The form's checks: the target's schema, the one the server and the tests use, run in a Web
 * Worker. A check starts after the keystroke (or the field's leaving) that asked for it has been
 * painted, since sending a large configuration to the worker takes a moment of its own; checks
 * asked for meanwhile are answered together.
 */
export function schemaResolver(id: TargetId): Resolver<TargetConfig> {
  return async (values, _context, { names, criteriaMode }) => {
    await afterNextPaint();
    return checkOffThread({ targetId: id, values, options: { names, criteriaMode } });
  };
}
