// What the ingest reads, for its no-change stamp: the sources, the vocabularies, its code (all of
// scripts/, the schemas, and the page modules it shares with the site, such as the clauses.csv
// columns), and the dependencies.
import type { paths as Paths } from '../paths.ts';

/** Site modules the ingest's code imports (tests/ingest/no-change-rebuild.test.ts walks the imports to keep this whole). */
export const SHARED_SITE_MODULES = ['src/lib/clause-csv.ts', 'src/lib/csv.ts', 'src/lib/labels.ts', 'src/lib/open-data-catalogue.ts', 'src/lib/repair-notes.ts', 'src/lib/target-csv.ts', 'src/lib/target-labels.ts'];

/** @returns the files and folders whose contents decide the ingest's outputs */
export function ingestInputs(where: Pick<typeof Paths, 'sourcesDir' | 'vocabDir'>): string[] {
  return [where.sourcesDir, where.vocabDir, 'scripts', 'src/schemas', ...SHARED_SITE_MODULES, 'package-lock.json'];
}
