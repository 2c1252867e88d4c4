// Builds the site once before the browser and build-output tests, so `npm test` works on a fresh
// clone after `npm install` alone. Skips the build when dist/ is newer than everything it is made
// from; always builds under CI, where a stale dist/ must never pass for a fresh one.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';

const builtFrom = ['content/sources', 'content/vocab', 'src', 'scripts', 'public', 'astro.config.mjs', 'package.json'];
// Written by the build itself: counting them would make every dist/ look stale.
const generated = new Set(['public/data']);

/** Newest modification time (ms) of a file or of any file below a folder; 0 when missing. */
function newestMtime(path: string): number {
  if (generated.has(path) || !existsSync(path)) return 0;
  const info = statSync(path);
  if (!info.isDirectory()) return info.mtimeMs;
  let newest = 0;
  for (const entry of readdirSync(path)) newest = Math.max(newest, newestMtime(join(path, entry)));
  return newest;
}

/** Why dist/ must be rebuilt, or null when it is up to date. */
function staleReason(): string | null {
  if (process.env.CI) return 'CI is set';
  if (process.env.ATLAS_SKIP_BUILD) return null;
  const index = 'dist/index.html';
  if (!existsSync(index)) return 'dist/index.html is missing';
  const built = statSync(index).mtimeMs;
  const changed = builtFrom.find((path) => newestMtime(path) > built);
  return changed ? `${changed} changed since the last build` : null;
}

declare module 'vitest' {
  interface ProvidedContext {
    /** Why `npm run build` failed in global setup, or null; site tests fail with it instead of testing a stale dist/. */
    siteBuildError: string | null;
  }
}

/** Vitest global setup: run `npm run build` when dist/ is missing or stale, and tell the tests if it failed. */
export default function setup(project: TestProject): void {
  const reason = staleReason();
  project.provide('siteBuildError', null);
  if (!reason) return;
  console.log(`[site tests] building the site (${reason}): npm run build`);
  const build = spawnSync('npm', ['run', 'build'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  const output = `${build.stdout ?? ''}${build.stderr ?? ''}`;
  if (build.status === 0) {
    console.log(`[site tests] build done: ${output.trim().split('\n').filter((line) => /ingest:|page\(s\) built|pagefind/i.test(line)).join(' · ')}`);
    return;
  }
  // The unit tests still run; every site test fails with this message.
  project.provide('siteBuildError', `npm run build failed (exit ${build.status}); the browser and site tests need a built dist/:\n${output.slice(-4000)}`);
}
