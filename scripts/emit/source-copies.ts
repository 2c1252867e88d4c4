// The raw source texts as open data: each file byte for byte, with the manifest that describes it, under
// <dataDir>/sources/. Every clause's provenance names a file, its sha256 and its lines; publishing the file
// lets a reader check all three without the repository.
import { copyFileSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';

/** The manifest published beside the copies. */
export const MANIFEST_FILE = 'sources.yaml';
/** The description of each source and its defects, published too when the sources folder has one. */
export const SOURCES_README = 'README.md';

/** Copies `from` to `to` unless `to` already holds the same bytes (a rebuild then leaves it untouched). */
function copyIfChanged(from: string, to: string): void {
  if (existsSync(to) && readFileSync(to).equals(readFileSync(from))) return;
  copyFileSync(from, to);
}

/**
 * Publishes the sources byte-identical, and removes copies of sources that left the manifest.
 * @param sourcesDir where the sources and sources.yaml are
 * @param files the manifest's source files
 * @param dataDir the open-data folder
 * @returns the files published beside the sources: the manifest, and the README when there is one
 */
export function publishSources(sourcesDir: string, files: string[], dataDir: string): string[] {
  const out = join(dataDir, 'sources');
  mkdirSync(out, { recursive: true });
  const sidecars = [MANIFEST_FILE, ...(existsSync(join(sourcesDir, SOURCES_README)) ? [SOURCES_README] : [])];
  const published = new Set([...files, ...sidecars]);
  for (const file of published) copyIfChanged(join(sourcesDir, file), join(out, file));
  for (const name of readdirSync(out)) if (!published.has(name)) rmSync(join(out, name), { recursive: true });
  return sidecars;
}
