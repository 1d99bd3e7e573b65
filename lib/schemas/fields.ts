import { z } from "zod";

import { baseUrlProblem, type BaseUrlRule } from "@/lib/validation/base-url";
import { brokenCharacterProblem } from "@/lib/validation/broken-character";
import { domainProblem } from "@/lib/validation/domain";
import { placeholderProblem } from "@/lib/validation/placeholders";

/**
 * Any text of the form: a string without a broken character (a lone UTF-16 surrogate, which makes
 * Helm refuse the whole values file). Later checks are skipped for such text, so the field says
 * only that.
 */
export const textSchema = z.string().superRefine((value, ctx) => {
  const message = brokenCharacterProblem(value);
  if (message) ctx.addIssue({ code: "custom", message, continue: false });
});

/** A text schema whose only other check is `problem`, reported as one message at the field. */
function checkedString(problem: (value: string) => string | undefined) {
  return textSchema.superRefine((value, ctx) => {
    const message = problem(value);
    if (message) ctx.addIssue({ code: "custom", message });
  });
}

export const domainSchema = checkedString(domainProblem);

/** A domain that may be left empty. */
export const optionalDomainSchema = checkedString((value) =>
  value === "" ? undefined : domainProblem(value),
);

export function baseUrlSchema(rule: BaseUrlRule) {
  return checkedString((value) => baseUrlProblem(value, rule));
}

/** Like baseUrlSchema, but empty means "use the value Easel derives" and is valid. */
export function optionalBaseUrlSchema(rule: BaseUrlRule) {
  return checkedString((value) => (value === "" ? undefined : baseUrlProblem(value, rule)));
}

const DURATION = /^(\d+(ms|s|m|h|d|w|y))+$/;

/** A Prometheus duration such as 5s, 1m30s or 2h. */
export const durationSchema = checkedString((value) => {
  if (value === "") return "Enter a duration such as 15s.";
  if (!DURATION.test(value))
    return "Use a duration such as 5s, 1m or 1m30s (units: ms, s, m, h, d, w, y).";
  if (!/[1-9]/.test(value)) return "The duration must be longer than zero.";
  return undefined;
});

/**
 * A secret the user may override. Generated ones are 43 characters; a typed one must still be long
 * enough not to be guessed and must fit on one line of values.yaml.
 */
export function secretSchema(minLength: number) {
  return checkedString((value) => {
    if (value === "") return "Enter a value, or choose Generate for a random one.";
    if (/[\r\n]/.test(value)) return "Use a single line.";
    if (value.trim() !== value) return "Remove the spaces at the start or end.";
    if (value.length < minLength) {
      return `Use at least ${minLength} characters, or choose Generate for a random one.`;
    }
    return placeholderProblem(value);
  });
}

/** Why `value` cannot be a Basic authentication user name, where ":" would split the credentials. */
function basicAuthUsernameProblem(value: string): string | undefined {
  if (value.includes(":")) return 'A user name for Basic authentication cannot contain ":".';
  if (/\s/.test(value)) return "Remove the spaces.";
  return placeholderProblem(value);
}

/** A user name for HTTP Basic authentication. */
export const basicAuthUsernameSchema = checkedString((value) =>
  value === "" ? "Enter a user name." : basicAuthUsernameProblem(value),
);

/** An optional user name for HTTP Basic authentication: empty means none. */
export const optionalBasicAuthUsernameSchema = checkedString((value) =>
  value === "" ? undefined : basicAuthUsernameProblem(value),
);

/** An optional password on one line: empty means none. */
export const optionalPasswordSchema = checkedString((value) =>
  /[\r\n]/.test(value) ? "Use a single line." : undefined,
);

const GCP_RESOURCE_NAME = /^[a-z]([-a-z0-9]{0,61}[a-z0-9])?$/;

/** An optional Google Cloud resource name, such as a global static IP address's name. */
export const optionalGcpResourceNameSchema = checkedString((value) => {
  if (value === "") return undefined;
  if (!GCP_RESOURCE_NAME.test(value)) {
    return "Use the address's name (not the IP): lowercase letters, digits and '-', starting with a letter, at most 63 characters.";
  }
  return undefined;
});
