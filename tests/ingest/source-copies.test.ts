// The raw sources as open data (scripts/emit/source-copies.ts): copies stay byte-identical, are left
// untouched when unchanged, and leave with their source.
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, utimesSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, expect, test } from 'vitest';
import { publishSources } from '../../scripts/emit/source-copies.ts';

const real = 'content/sources';
const files = ['jiangsu-5x100-action-plan-2024.txt', 'provinces-pilot-zone-roundup-2024.txt'];
let work = '';
afterEach(() => rmSync(work, { recursive: true, force: true }));

test('publishes each source and the manifest byte for byte; a rebuild rewrites nothing; a source that left is removed', () => {
  work = mkdtempSync(join(tmpdir(), 'atlas-sources-'));
  const sourcesDir = join(work, 'sources');
  cpSync(real, sourcesDir, { recursive: true });
  const dataDir = join(work, 'data');
  publishSources(sourcesDir, files, dataDir);
  const out = join(dataDir, 'sources');
  // The description of each source and its defects goes with them.
  expect(readdirSync(out).sort()).toEqual([...files, 'sources.yaml', 'README.md'].sort());
  for (const file of [...files, 'sources.yaml', 'README.md']) expect(readFileSync(join(out, file)).equals(readFileSync(join(real, file))), file).toBe(true);

  // Unchanged: the copy keeps its old timestamp, so later steps can see nothing changed.
  const old = new Date('2024-01-01T00:00:00Z');
  utimesSync(join(out, files[0]!), old, old);
  publishSources(sourcesDir, files, dataDir);
  expect(statSync(join(out, files[0]!)).mtime.toISOString()).toBe(old.toISOString());

  publishSources(sourcesDir, [files[1]!], dataDir);
  expect(readdirSync(out).sort()).toEqual([files[1]!, 'sources.yaml', 'README.md'].sort());

  // A sources folder without a README (a generated benchmark corpus) publishes none, and a stale copy leaves.
  rmSync(join(sourcesDir, 'README.md'));
  publishSources(sourcesDir, [files[1]!], dataDir);
  expect(readdirSync(out).sort()).toEqual([files[1]!, 'sources.yaml'].sort());
});
