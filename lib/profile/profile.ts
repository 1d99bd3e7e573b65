import { DEX_BCRYPT_COST } from "@/lib/bcrypt/format";
import { connectorWarnings } from "@/lib/dex/connectors/rules";
import { withoutSecrets } from "@/lib/schemas/secret-paths";
import { newSpoke } from "@/lib/schemas/sections/fleet-model";
import type { TargetConfig } from "@/lib/schemas/targets";
import { TARGET_IDS, targetSummary, type TargetId } from "@/lib/targets/catalog";
import { targetModule } from "@/lib/targets/modules";
import { isMapping, type Tree } from "@/lib/tree/tree";
import { parseUntrustedYaml } from "@/lib/yaml/parse-untrusted";
import { renderYaml } from "@/lib/yaml/stringify";

/** The first key of every profile, naming its format so a future Easel can tell versions apart. */
export const PROFILE_FORMAT = "easel.profile/v1";

/** A problem with a profile, at the configuration path the form would show it at ("" for the file). */
export type ProfileProblem = { path: string; message: string };

export type ProfileReading = { config: TargetConfig } | { problems: ProfileProblem[] };

/**
 * A profile: the form's configuration as YAML, the one format the form exports and imports and
 * the CLI renders from. Without `includeSecrets` every secret field is empty.
 */
export function renderProfile(config: TargetConfig, options: { includeSecrets: boolean }): string {
  const name = targetSummary(config.target).name;
  const header = [
    `Easel profile for PaletteAI on ${name}: the configuration behind values.yaml.`,
    "Render it with: npm run easel -- render --profile <this file> --out <directory>",
    options.includeSecrets
      ? "It holds secrets: keep it private."
      : "Secrets are left empty: fill them in (or generate them in Easel) before rendering.",
  ];
  const shown = options.includeSecrets ? config : withoutSecrets(config);
  return renderYaml({ easel: PROFILE_FORMAT, config: shown }, { header });
}

/** Objects merge key by key; anything else (text, lists) in `over` replaces what `base` has. */
function merge(base: unknown, over: unknown): unknown {
  if (!isMapping(base) || !isMapping(over)) return over === undefined ? base : over;
  const merged: Tree = { ...base };
  for (const [key, value] of Object.entries(over)) merged[key] = merge(base[key], value);
  return merged;
}

/**
 * What a profile leaves out: the target's defaults, with no secret and no local user, so nothing
 * is invented at render time and every render of one profile gives the same files.
 */
function profileBase(target: TargetId): TargetConfig {
  const base = withoutSecrets(targetModule(target).createDefaults());
  base.identity.localUsers = [];
  return base;
}

/** What an item of each list the form edits holds when a profile leaves a key out. */
const ITEM_DEFAULTS: readonly { list: readonly string[]; item: (given: Tree) => Tree }[] = [
  {
    list: ["identity", "localUsers"],
    item: (user) => ({
      email: "",
      username: "",
      userID: "",
      password: "",
      // A profile is not typed twice: its password confirms itself.
      passwordConfirmation: typeof user.password === "string" ? user.password : "",
      cost: DEX_BCRYPT_COST,
      isHashImported: false,
      hash: "",
    }),
  },
  { list: ["fleet", "spokes"], item: (spoke) => newSpoke(String(spoke.name ?? "")) },
  { list: ["registry", "users"], item: () => ({ username: "", password: "", hash: "" }) },
];

/** Each list item of `config` completed with the keys a profile may leave out. */
function withItemDefaults(config: Tree): Tree {
  for (const { list, item } of ITEM_DEFAULTS) {
    const [section, key] = list as [string, string];
    const holder = config[section];
    const items = isMapping(holder) ? holder[key] : undefined;
    if (!isMapping(holder) || !Array.isArray(items)) continue;
    holder[key] = items.map((given) => (isMapping(given) ? merge(item(given), given) : given));
  }
  return config;
}

function isTargetId(value: unknown): value is TargetId {
  return (TARGET_IDS as readonly unknown[]).includes(value);
}

/**
 * The configuration a profile holds, over the target's defaults for anything it leaves out. Not
 * yet validated: `profileProblems` says what the form would flag.
 */
export function readProfile(text: string): ProfileReading {
  const reading = parseUntrustedYaml(text, "profile");
  if ("problem" in reading) return { problems: [{ path: "", message: reading.problem }] };
  const profile = reading.value;
  if (!isMapping(profile) || profile.easel !== PROFILE_FORMAT) {
    return {
      problems: [
        {
          path: "",
          message: `This is not an Easel profile: its first line must be easel: ${PROFILE_FORMAT}.`,
        },
      ],
    };
  }
  const config = profile.config;
  const target = isMapping(config) ? config.target : undefined;
  if (!isTargetId(target)) {
    return {
      problems: [
        { path: "target", message: `Choose the target: one of ${TARGET_IDS.join(", ")}.` },
      ],
    };
  }
  return { config: withItemDefaults(merge(profileBase(target), config) as Tree) as TargetConfig };
}

/** What the form would flag in `config`, field by field, with the form's own messages. */
export function profileProblems(config: TargetConfig): ProfileProblem[] {
  const result = targetModule(config.target).schema.safeParse(config);
  if (result.success) return [];
  return result.error.issues.map((issue) => ({
    path: issue.path.join("."),
    message: issue.message,
  }));
}

/**
 * What the form would warn about beside a field of `config` (a valid one): settings Dex takes but
 * would not use as written, such as a `$` it expands. A secret's warning never quotes it.
 */
export function profileWarnings(config: TargetConfig): ProfileProblem[] {
  return config.identity.connectors.flatMap((connector, index) =>
    connectorWarnings(connector.type, connector.config).map(({ key, message }) => ({
      path: `identity.connectors.${index}.config.${key}`,
      message,
    })),
  );
}
