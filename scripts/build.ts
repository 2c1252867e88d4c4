// npm run build: the ingest, then the Astro build and the search index at the same time, then the index
// copied into the built site. The index reads the open data, not the pages, so it need not wait for
// Astro; on two cores the pair takes little more than the longer of the two.
// Extra arguments go to astro (the benchmark passes --config).
import { spawn } from 'node:child_process';
import { paths } from './paths.ts';
import { installSearch } from './pagefind.ts';

/** Runs `node <args>` with this process's output; resolves with its wall time in ms. */
function step(args: string[]): Promise<number> {
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { stdio: 'inherit' });
    child.on('error', reject);
    child.on('exit', (code, signal) =>
      code === 0 ? resolve(performance.now() - started) : reject(new Error(`node ${args.join(' ')} failed (${signal ?? `exit ${code}`})`)),
    );
  });
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
try {
  const ingest = await step(['scripts/ingest.ts']);
  // Both run to the end even when one fails, so every error is printed.
  const [site, search] = await Promise.allSettled([step(['scripts/build-site.ts', ...process.argv.slice(2)]), step(['scripts/pagefind.ts'])]);
  const failed = [site, search].filter((r) => r.status === 'rejected').map((r) => String((r as PromiseRejectedResult).reason?.message ?? r));
  if (failed.length) throw new Error(failed.join('\n'));
  installSearch(paths.searchDir, paths.outDir);
  const [astroMs, searchMs] = [site, search].map((r) => (r as PromiseFulfilledResult<number>).value);
  console.log(`[build] ingest ${seconds(ingest)}, then astro ${seconds(astroMs!)} beside pagefind ${seconds(searchMs!)}; site in ${paths.outDir}`);
  if (!process.env.ATLAS_SITE_URL) {
    console.log('[build] a local build: no ATLAS_SITE_URL, so pages carry no canonical address, compare.csv links from the site root, and feed.xml and the sitemap use the placeholder https://atlas.example.org. To deploy: ATLAS_SITE_URL=https://… npm run build');
  }
} catch (error) {
  console.error(`[build] ${(error as Error).message}`);
  process.exit(1);
}
