// The whole open data as one download: every file the ingest wrote into the data folder (JSON, CSV,
// schemas, the raw sources and their manifest) as atlas-open-data.zip, made by the Astro build
// (src/pages/data/atlas-open-data.zip.ts) beside the search index rather than in the ingest, which
// everything else waits for: at 100× the corpus it is 60 MB to compress, about 0.6 s.
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { buffer } from 'node:stream/consumers';
import yazl from 'yazl';

/** The bundle's address on the site. */
export const BUNDLE_HREF = '/data/atlas-open-data.zip';
/** The folder the bundle unpacks into. */
export const BUNDLE_ROOT = 'atlas-open-data';

/** @returns the data folder's files, relative with `/`, sorted */
export function bundledFiles(dataDir: string): string[] {
  const files: string[] = [];
  const walk = (folder: string) => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const path = join(folder, entry.name);
      if (entry.isDirectory()) walk(path);
      else files.push(relative(dataDir, path).split('\\').join('/'));
    }
  };
  walk(dataDir);
  return files.sort();
}

/**
 * @param dataDir the open-data folder, as the ingest left it
 * @returns the zip: each file under `atlas-open-data/`, in name order, deflated in Node's zlib thread pool
 */
export async function openDataBundle(dataDir: string): Promise<Buffer> {
  const zip = new yazl.ZipFile();
  // A fixed date written only as a DOS timestamp (local fields, no UTC extra field), made in the time zone
  // of this run, so the same data gives the same bytes on any machine and in any time zone.
  const mtime = new Date(2024, 0, 1);
  for (const file of bundledFiles(dataDir)) {
    zip.addBuffer(readFileSync(join(dataDir, file)), `${BUNDLE_ROOT}/${file}`, { mtime, mode: 0o100644, forceDosTimestamp: true });
  }
  zip.end();
  return buffer(zip.outputStream);
}
