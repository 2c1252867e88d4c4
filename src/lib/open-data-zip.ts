// The whole open data as one download: every file the ingest wrote into the data folder (JSON, CSV,
// schemas, the raw sources and their manifest) as /data/atlas-open-data.zip. scripts/pagefind.ts makes
// it beside the Astro build, from the open data alone, and scripts/build.ts copies it into the site.
import { createWriteStream, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { pipeline } from 'node:stream/promises';
import yazl from 'yazl';
import { heldTextDates } from './open-data-catalogue.ts';

/** The zip's path inside the built site; its address is `/` + this. */
export const OPEN_DATA_ZIP = 'data/atlas-open-data.zip';
/** The folder the zip unpacks into. */
export const ZIP_ROOT = 'atlas-open-data';
/**
 * Deflate level 1: on the 100× data (60 MB) zlib takes 0.4 s of CPU for 12.6 MB at level 1 and 0.8 s for
 * 10.5 MB at the default level 6, and the zip is made while Astro and Pagefind hold both cores.
 */
const COMPRESSION_LEVEL = 1;

/** @returns the data folder's files, relative with `/`, sorted */
export function zippedFiles(dataDir: string): string[] {
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

/** @returns how many files the zip holds and their size unpacked, for the data page (the zip itself is made beside Astro) */
export function zipContents(dataDir: string): { files: number; bytes: number } {
  const files = zippedFiles(dataDir);
  return { files: files.length, bytes: files.reduce((sum, file) => sum + statSync(join(dataDir, file)).size, 0) };
}

/**
 * Writes the zip: each file under `atlas-open-data/`, in name order, deflated in Node's zlib thread pool.
 * Files are read from disk as the zip is written, so memory does not grow with the data (180 MB at 300×).
 * @param dataDir the open-data folder, as the ingest left it
 * @param zipFile where to write it
 */
export async function writeOpenDataZip(dataDir: string, zipFile: string): Promise<void> {
  const zip = new yazl.ZipFile();
  // The latest issue date of the texts the data holds, so no file looks older than the texts in it; taken from the data,
  // and written only as a DOS timestamp (local fields, no UTC extra field) made in the time zone of this run, so the
  // same data gives the same bytes on any machine and in any time zone. 1980-01-01, DOS's first day, if none is dated.
  const latest = heldTextDates(JSON.parse(readFileSync(join(dataDir, 'documents.json'), 'utf8')))?.last ?? '1980-01-01';
  const [year, month, day] = latest.split('-').map(Number) as [number, number, number];
  const mtime = new Date(year, month - 1, day);
  for (const file of zippedFiles(dataDir)) {
    zip.addFile(join(dataDir, file), `${ZIP_ROOT}/${file}`, { mtime, mode: 0o100644, forceDosTimestamp: true, compressionLevel: COMPRESSION_LEVEL });
  }
  zip.end();
  await pipeline(zip.outputStream, createWriteStream(zipFile));
}
