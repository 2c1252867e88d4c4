// scripts/build-site.ts skips Astro when what it reads matches the stamp of its last successful build.
// Astro writes pages as it goes and leaves them behind when it fails, so a failed build must leave no
// stamp: otherwise reverting the change that broke it would skip the build and keep the broken pages.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { SHARED_SCRIPT_MODULES, siteInputs } from '../../scripts/build/site-inputs.ts';

const outDir = mkdtempSync(join(tmpdir(), 'atlas-build-site-'));
afterAll(() => rmSync(outDir, { recursive: true, force: true }));

test('a failed Astro build removes the stamp of the last successful one', () => {
  mkdirSync(outDir, { recursive: true });
  const stamp = join(outDir, '.astro-inputs');
  writeFileSync(stamp, 'hash of an earlier successful build');
  writeFileSync(join(outDir, 'index.html'), '<!doctype html><title>an earlier page</title>');
  const run = spawnSync(process.execPath, ['scripts/build-site.ts', '--config', 'tests/fixtures/astro/broken.config.mjs'], {
    env: { ...process.env, ATLAS_OUT_DIR: outDir },
    encoding: 'utf8',
  });
  expect(run.status, run.stderr).not.toBe(0);
  expect(`${run.stdout}${run.stderr}`).toContain('this config fails on purpose');
  expect(existsSync(stamp), 'the stamp survived a failed build').toBe(false);
});

test('the stamp covers every module outside src that the pages run (a change to it rebuilds the site)', () => {
  // src's own files are hashed as a folder; what they import from elsewhere must be listed.
  const outside = new Set<string>();
  const visit = (file: string, seen = new Set<string>()) => {
    if (seen.has(file)) return;
    seen.add(file);
    if (!file.startsWith(resolve('src') + sep)) outside.add(relative(process.cwd(), file));
    const source = readFileSync(file, 'utf8');
    for (const [, spec] of source.matchAll(/^import (?!type )[^;]*? from '(\.{1,2}\/[^']+)';/gmu)) {
      const path = join(dirname(file), spec!);
      visit(['', '.ts', '.astro'].map((ext) => path + ext).find((p) => existsSync(p) && statSync(p).isFile()) ?? path, seen);
    }
  };
  const files = readdirSync('src', { recursive: true, encoding: 'utf8' }).filter((f) => /\.(ts|astro)$/u.test(f));
  for (const file of files) visit(resolve('src', file));
  // The walk does find them: the source views and the cards use ingest code, the search page the vocabularies' loader.
  expect([...outside].sort()).toEqual(['scripts/ingest/decode-source.ts', 'scripts/ingest/ingest-error.ts', 'scripts/knowledge/load-vocab.ts', 'scripts/knowledge/longest-match.ts']);
  const inputs = siteInputs({ mdxDir: 'content/documents', publicDir: 'public', dataDir: null });
  for (const file of outside) expect(inputs, file).toContain(file);
  // The search page's synonyms are read by the site, not through the ingest's data: a change to them rebuilds it.
  expect(inputs).toContain('content/vocab/search-synonyms.yaml');
  expect(SHARED_SCRIPT_MODULES.every((file) => outside.has(file)), 'a listed module the pages no longer import').toBe(true);
});
