// What the Astro build reads, for its no-change stamp: the MDX, the public folder (with the open data), the
// site's code, its config, the dependencies, and the few ingest modules the pages share.
import { join } from 'node:path';
import { paths } from '../paths.ts';

/** Ingest modules the site's code imports (tests/site/build-site-stamp.test.ts walks src's imports to keep this whole):
 *  the source views decode a file as the ingest does, cards match tag words as the tagger does, and the search page
 *  reads its synonyms with the vocabularies' loader. */
export const SHARED_SCRIPT_MODULES = ['scripts/ingest/decode-source.ts', 'scripts/ingest/ingest-error.ts', 'scripts/knowledge/longest-match.ts', 'scripts/knowledge/load-vocab.ts'];
/** Vocabularies the site reads itself, not through the ingest's data: the search page's synonyms (src/lib/search-page.ts),
 *  in the vocabulary folder the build uses (ATLAS_VOCAB_DIR, as for the ingest's vocabularies). */
export const SITE_VOCABULARIES = [join(paths.vocabDir, 'search-synonyms.yaml')];

/**
 * @param where the MDX and public folders, and the data folder when it lies outside the public one
 * @param extra config files given on the command line
 * @returns the files and folders whose contents decide the built pages
 */
export function siteInputs(where: { mdxDir: string; publicDir: string; dataDir: string | null }, extra: string[] = []): string[] {
  return [where.mdxDir, where.publicDir, ...(where.dataDir ? [where.dataDir] : []), 'src', ...SHARED_SCRIPT_MODULES, ...SITE_VOCABULARIES, 'astro.config.mjs', 'package-lock.json', ...extra];
}
