// `node scripts/ingest.ts` skips its work when nothing it reads has changed and its outputs are as it
// left them, and runs again when a source, or one of its outputs, changes.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { ingestInputs } from '../../scripts/build/ingest-inputs.ts';
import { localModules } from '../helpers/module-graph.ts';

const work = mkdtempSync(join(tmpdir(), 'atlas-ingest-skip-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
cpSync('content/sources', join(work, 'sources'), { recursive: true });

/** Runs the ingest with the work folder's paths; returns what it printed. */
function ingest(): string {
  const env = {
    ...process.env,
    ATLAS_SOURCES_DIR: join(work, 'sources'),
    ATLAS_DATA_DIR: join(work, 'data'),
    ATLAS_MDX_DIR: join(work, 'mdx'),
    ATLAS_INGEST_CACHE: join(work, 'cache'),
  };
  return execFileSync(process.execPath, ['scripts/ingest.ts'], { env, encoding: 'utf8' });
}

test('a second run with nothing changed is skipped; a changed source or a touched output runs it again', () => {
  expect(ingest()).toMatch(/^ingest: 5 sources → 20 documents, 130 clauses/mu);
  const clauses = readFileSync(join(work, 'data', 'clauses.json'), 'utf8');
  expect(ingest()).toMatch(/^ingest: sources, vocabularies and code unchanged since the last run, outputs untouched; skipped/mu);

  // An output edited by hand is not trusted: the ingest writes it again.
  writeFileSync(join(work, 'data', 'clauses.json'), '[]\n');
  expect(ingest()).toMatch(/^ingest: 5 sources → 20 documents/mu);
  expect(readFileSync(join(work, 'data', 'clauses.json'), 'utf8')).toBe(clauses);

  // A real sentence appended as clause 26 of the Jiangsu plan reaches the output.
  const file = join(work, 'sources', 'jiangsu-future-industries-three-year-plan-2024.txt');
  writeFileSync(file, `${readFileSync(file, 'utf8').replace(/\n$/u, '')}\n26.加强宣传引导。及时总结推广未来产业发展的好经验好做法。\n`);
  expect(ingest()).toMatch(/^ingest: 5 sources → 20 documents, 131 clauses/mu);
  expect(readFileSync(join(work, 'data', 'clauses.json'), 'utf8')).toContain('jiangsu-3yr-plan/c26');
  expect(ingest()).toMatch(/skipped/u);
  // Five ingests in child processes: seconds each when tests run side by side on two cores.
}, 30_000);

test('the ingest runs again when any module its code imports changes: each lies in its inputs', () => {
  const inputs = ingestInputs({ sourcesDir: 'content/sources', vocabDir: 'content/vocab' }).map((p) => resolve(p));
  const covered = (file: string) => inputs.some((input) => file === input || file.startsWith(`${input}/`));
  const reached = localModules(resolve('scripts/ingest.ts'));
  // The clauses.csv columns and the repair notes in them are site modules the ingest writes with.
  expect([...reached]).toEqual(expect.arrayContaining([resolve('src/lib/clause-csv.ts'), resolve('src/lib/repair-notes.ts')]));
  for (const file of reached) expect(covered(file), file).toBe(true);
});

test('a source’s cached ingest is dropped when any module that ingests it changes: each lies under scripts/ingest or src/schemas', () => {
  // IngestCache keys each source on those two folders (and the vocabularies): a module elsewhere would leave stale results.
  const reached = localModules(resolve('scripts/ingest/ingest-source.ts'));
  expect(reached.size).toBeGreaterThan(10);
  expect([...reached]).toContain(resolve('src/schemas/provenance.ts'));
  for (const file of reached) expect(file.startsWith(resolve('scripts/ingest') + '/') || file.startsWith(resolve('src/schemas') + '/'), file).toBe(true);
});
