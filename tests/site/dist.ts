// Reading the built site (dist/, or ATLAS_OUT_DIR) in build-output tests. The vitest global setup
// (tests/browser/global-setup.ts) builds the site before the `site` project runs.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The built site folder. */
export const distDir = process.env.ATLAS_OUT_DIR || 'dist';

/**
 * @param path a site path such as `/compare/` (a folder: its index.html) or `/compare.csv` (a file)
 * @returns the built file's text
 */
export function readDistFile(path: string): string {
  const file = join(distDir, path.endsWith('/') ? join(path, 'index.html') : path);
  if (!existsSync(join(distDir, 'index.html'))) throw new Error(`${distDir}/ is not built: run npm run build (the site tests' global setup does)`);
  if (!existsSync(file)) throw new Error(`${file} is missing from the built site`);
  return readFileSync(file, 'utf8');
}

/**
 * @param path a page's site path, e.g. `/compare/`
 * @returns the HTML of `dist/<path>/index.html`
 */
export function readDistPage(path: string): string {
  return readDistFile(path.endsWith('/') ? path : `${path}/`);
}
