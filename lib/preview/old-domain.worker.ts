import type { OldDomainPlace } from "@/lib/import/old-domain";
import type { TargetConfig } from "@/lib/schemas/targets";
import type { TargetId } from "@/lib/targets/catalog";
import { targetModule } from "@/lib/targets/modules";
import { answerRequests } from "@/lib/workers/latest-only-worker";

import { importLines, searchOldDomain, type SearchedImport } from "./old-domain-search";

/** A search of the imported file for its old domain; the file is sent only when it changed. */
export type OldDomainRequest = {
  id: number;
  targetId: TargetId;
  config: TargetConfig;
  imported: SearchedImport | "unchanged";
};

// The search renders the whole export of a large configuration: here it never delays a keystroke.
let file: { imported: SearchedImport; lineOf: ReturnType<typeof importLines> } | undefined;

answerRequests<OldDomainRequest, OldDomainPlace[]>((request) => {
  if (request.imported !== "unchanged")
    file = { imported: request.imported, lineOf: importLines(request.imported) };
  if (!file) throw new Error("the imported file was never sent");
  return searchOldDomain(
    targetModule(request.targetId),
    file.imported,
    request.config,
    file.lineOf,
  );
});
