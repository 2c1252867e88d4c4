// scripts/build-site.ts skips Astro when what it reads matches the stamp of its last successful build.
// Astro writes pages as it goes and leaves them behind when it fails, so a failed build must leave no
// stamp: otherwise reverting the change that broke it would skip the build and keep the broken pages.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, test } from 'vitest';

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
