// Builds the site once before the browser and build-output tests, so `npm test` works on a fresh
// clone after `npm install` alone. Skips the build when dist/ is newer than everything it is made
// from; always builds under CI, where a stale dist/ must never pass for a fresh one.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

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

/** Vitest global setup: run `npm run build` when dist/ is missing or stale. */
export default function setup(): void {
  const reason = staleReason();
  if (!reason) return;
  console.log(`[site tests] building the site (${reason}): npm run build`);
  try {
    execFileSync('npm', ['run', 'build'], { stdio: 'inherit' });
  } catch {
    throw new Error('npm run build failed (see its output above); the browser and site tests need a built dist/');
  }
}
