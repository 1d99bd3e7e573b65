import type { OldDomainPlace } from "@/lib/import/old-domain";
import type { TargetConfig } from "@/lib/schemas/targets";
import type { TargetModule } from "@/lib/targets/target-module";
import { latestOnlyWorker, sentOnce } from "@/lib/workers/latest-only-worker";

import { importLines, searchOldDomain, type SearchedImport } from "./old-domain-search";
import type { OldDomainRequest } from "./old-domain.worker";

export { SupersededError as SupersededSearchError } from "@/lib/workers/latest-only-worker";

type Search = { target: TargetModule; imported: SearchedImport; config: TargetConfig };

/** The file as the worker is to keep it, so a large text travels once. */
const importedToSend = sentOnce<SearchedImport>();

const search = latestOnlyWorker<Search, OldDomainPlace[]>({
  start: () =>
    new Worker(new URL("./old-domain.worker.ts", import.meta.url), {
      type: "module",
      name: "old-domain-search",
    }),
  message: ({ target, imported, config }, id) => {
    const request: OldDomainRequest = {
      id,
      targetId: target.id,
      config,
      imported: importedToSend(imported),
    };
    return { message: request };
  },
  inPlace: async ({ target, imported, config }) =>
    searchOldDomain(target, imported, config, importLines(imported)),
});

/**
 * The places the file exported from `config` into `imported` still names its old domain, found
 * in a Web Worker: the latest search only (a replaced one rejects with `SupersededSearchError`).
 */
export function findOldDomainPlacesOffThread(
  target: TargetModule,
  imported: SearchedImport,
  config: TargetConfig,
): Promise<OldDomainPlace[]> {
  return search({ target, imported, config });
}
