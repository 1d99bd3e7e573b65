// The pages the browser suites load: the start page and every target's page, from the catalog, so
// a new target is measured without touching the bench.
import { TARGETS } from "@/lib/targets/catalog";

/** A page the bench loads; `firstField` is where a user starts typing, absent on the start page. */
export type BenchPage = { name: string; path: string; firstField?: string };

/** The first field of every target's form: the domain (the appliance's root domain). */
const FIRST_FIELD = 'input[name="global.domain"]';

export const BENCH_PAGES: readonly BenchPage[] = [
  { name: "start page", path: "/" },
  ...TARGETS.map((target) => ({
    name: `${target.shortName} configuration page`,
    path: `/targets/${target.id}`,
    firstField: FIRST_FIELD,
  })),
];
