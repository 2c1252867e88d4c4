// Build step 2: `astro build`, skipped when nothing it reads has changed since it last succeeded
// (Astro has no incremental page build, so an unchanged corpus would otherwise cost a full render).
// Extra arguments are passed to astro (the benchmark passes --config).
import { spawnSync } from 'node:child_process';
import { existsSync, rmSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { hashInputs, isFresh, writeStamp } from './build/input-stamp.ts';
import { siteInputs } from './build/site-inputs.ts';
import { paths } from './paths.ts';

const args = process.argv.slice(2);
const publicDir = process.env.ATLAS_PUBLIC_DIR || 'public';
const atlasEnv = Object.entries(process.env).filter(([k]) => k.startsWith('ATLAS_')).sort().map(([k, v]) => `${k}=${v}`);
// The data folder usually sits inside the public folder: hash it separately only when it does not.
const dataOutsidePublic = relative(resolve(publicDir), resolve(paths.dataDir)).startsWith('..');
const inputs = hashInputs(
  siteInputs({ mdxDir: paths.mdxDir, publicDir, dataDir: dataOutsidePublic ? paths.dataDir : null }, args.filter((a) => a.endsWith('.mjs'))),
  [...atlasEnv, ...args],
);
const stamp = join(paths.outDir, '.astro-inputs');

if (isFresh(stamp, inputs) && existsSync(join(paths.outDir, 'index.html'))) {
  console.log(`astro: inputs unchanged since the last build of ${paths.outDir}; skipped`);
} else {
  // Astro writes pages as it goes and leaves them when it fails: the old stamp must not vouch for them.
  rmSync(stamp, { force: true });
  const astro = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build', ...args], { stdio: 'inherit' });
  if (astro.status !== 0) process.exit(astro.status ?? 1);
  writeStamp(stamp, inputs);
}
