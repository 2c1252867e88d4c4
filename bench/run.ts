// The benchmark: build the site at several corpus scales and report time, memory, sizes, search
// latency and page weight as ONE JSON line (also written to bench/results/<date>.json).
// Usage: npm run bench [-- --scales 1,10,100,300] [--seed 1] [--no-search] [--no-floor] [--no-rebuild] [--pairs 3]
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { generateCorpus } from './generate-corpus.ts';
import { measurePhase, type PhaseResult } from './lib/measure-phase.ts';
import { dirSize } from './lib/dir-size.ts';
import { measurePageWeights } from './lib/page-weight.ts';
import { benchSearch, type SearchResult } from './lib/search-bench.ts';
import { codeVersion, writeResults, type BenchReport, type Phases, type ScaleResult } from './lib/report.ts';
import { discard, emptyTrash } from './lib/trash.ts';
import { QUERIES } from './queries.ts';
import { installSearch } from '../scripts/pagefind.ts';

const { values } = parseArgs({
  options: {
    scales: { type: 'string', default: '1,10,100,300' },
    seed: { type: 'string', default: '1' },
    'search-scale': { type: 'string', default: '100' },
    'no-search': { type: 'boolean', default: false },
    'no-floor': { type: 'boolean', default: false },
    'no-rebuild': { type: 'boolean', default: false },
    // Cold builds of ours and of the floor, in alternating order, at the target's scale (100x): the
    // ratio is their median, since one build of either moves 10-30% with the machine.
    pairs: { type: 'string', default: '3' },
  },
});
const scales = values.scales.split(',').map(Number).filter((n) => n >= 1);
const seed = Number(values.seed);
const NODE = process.execPath;
const WORK = resolve('bench/work');
// What the run clears goes here, and is deleted after the last measurement (bench/lib/trash.ts says why).
const TRASH = join(WORK, '.trash');
const log = (message: string) => process.stderr.write(`[bench] ${message}\n`);
const startedAt = new Date();
const code = codeVersion();

const strip = ({ wallMs, peakRssMB, cpuMs }: PhaseResult) => ({ wallMs, peakRssMB, cpuMs });
const sumCpu = (...phases: PhaseResult[]) => (phases.every((p) => p.cpuMs !== null) ? phases.reduce((n, p) => n + p.cpuMs!, 0) : null);

/**
 * A private copy of the project root for one scale: src/, scripts/ and the configs copied, node_modules
 * and content linked. Astro keeps generated content modules in <root>/.astro/, which a concurrent build
 * of the real site would otherwise overwrite in the middle of ours.
 */
function prepareSiteRoot(dir: string): string {
  const root = join(dir, 'site');
  rmSync(root, { recursive: true, force: true });
  mkdirSync(root, { recursive: true });
  for (const entry of ['src', 'scripts', 'astro.config.mjs', 'tsconfig.json', 'package.json']) cpSync(entry, join(root, entry), { recursive: true });
  cpSync('bench/astro.bench.config.mjs', join(root, 'astro.bench.config.mjs'));
  for (const entry of ['node_modules', 'content']) symlinkSync(resolve(entry), join(root, entry));
  return root;
}

/** Clears everything a build of `env` left, caches included, so the next build of it is cold again. */
function makeCold(env: Record<string, string>): void {
  for (const path of [env.ATLAS_INGEST_CACHE, env.ATLAS_CACHE_DIR, env.ATLAS_OUT_DIR, env.ATLAS_SEARCH_DIR, env.ATLAS_MDX_DIR, env.ATLAS_DATA_DIR, join(env.ATLAS_SITE_ROOT!, '.astro')]) {
    discard(path!, TRASH);
  }
}

async function buildOnce(env: Record<string, string>, logDir: string, label: string): Promise<Phases & { ingestLog: string }> {
  const out = env.ATLAS_OUT_DIR;
  log(`${label}: ingest`);
  const ingest = await measurePhase([NODE, 'scripts/ingest.ts'], env, join(logDir, `${label}-ingest.log`));
  // As scripts/build.ts runs them: the Astro build (skipped when its inputs are unchanged) and the
  // search index (skipped likewise) at the same time, then the index copied into the site.
  log(`${label}: astro build beside pagefind (ingest ${ingest.wallMs} ms)`);
  const started = performance.now();
  const [astro, pagefind] = await Promise.all([
    measurePhase([NODE, 'scripts/build-site.ts', '--config', 'astro.bench.config.mjs'], env, join(logDir, `${label}-astro.log`), env.ATLAS_SITE_ROOT),
    measurePhase([NODE, 'scripts/pagefind.ts'], env, join(logDir, `${label}-pagefind.log`)),
  ]);
  installSearch(env.ATLAS_SEARCH_DIR!, out!);
  const siteMs = Math.round(performance.now() - started);
  if (!existsSync(join(out!, 'pagefind', 'pagefind.js'))) throw new Error(`pagefind wrote no index into ${out}/pagefind`);
  log(`${label}: done (astro ${astro.wallMs} ms beside pagefind ${pagefind.wallMs} ms: ${siteMs} ms with the copy)`);
  return {
    ingest: strip(ingest),
    astro: strip(astro),
    pagefind: strip(pagefind),
    siteMs,
    totalMs: ingest.wallMs + siteMs,
    totalCpuMs: sumCpu(ingest, astro, pagefind),
    peakRssMB: Math.max(ingest.peakRssMB, astro.peakRssMB + pagefind.peakRssMB),
    ingestLog: ingest.log,
  };
}

async function benchScale(scale: number): Promise<{ result: ScaleResult; outDir: string }> {
  const dir = join(WORK, `scale-${scale}`);
  const loadBefore = Math.round(loadavg()[0] * 100) / 100;
  let corpusDir = resolve('content/sources');
  if (scale > 1) {
    corpusDir = join(WORK, `corpus-${scale}`);
    log(`scale ${scale}: generating corpus`);
    generateCorpus({ scale, seed, outDir: corpusDir });
  }
  const sourceBytes = dirSize(corpusDir, (p) => p.endsWith('.txt')).bytes;
  discard(dir, TRASH);
  mkdirSync(join(dir, 'logs'), { recursive: true });
  // The site's static files, without the real corpus's data (the ingest writes the scaled data there).
  cpSync('public', join(dir, 'public'), { recursive: true, filter: (src) => !resolve(src).startsWith(resolve('public/data')) });
  const env = {
    ATLAS_SOURCES_DIR: corpusDir,
    // A generated corpus brings its vocabularies (the real ones, department registry completed).
    ATLAS_VOCAB_DIR: scale > 1 ? join(corpusDir, 'vocab') : resolve('content/vocab'),
    ATLAS_PUBLIC_DIR: join(dir, 'public'),
    ATLAS_DATA_DIR: join(dir, 'public', 'data'),
    ATLAS_MDX_DIR: join(dir, 'mdx'),
    ATLAS_OUT_DIR: join(dir, 'dist'),
    ATLAS_CACHE_DIR: join(dir, 'cache'),
    // The ingest's cache of parsed sources too, so that a cold build really starts cold.
    ATLAS_INGEST_CACHE: join(dir, 'ingest-cache'),
    ATLAS_SEARCH_DIR: join(dir, 'search'),
    ATLAS_SITE_ROOT: prepareSiteRoot(dir),
  };
  const logs = join(dir, 'logs');
  const cold = await buildOnce(env, logs, `scale ${scale} cold`.replaceAll(' ', '-'));
  const documents = JSON.parse(readFileSync(join(env.ATLAS_DATA_DIR, 'documents.json'), 'utf8')) as Array<{ kind: string }>;
  const clauses = JSON.parse(readFileSync(join(env.ATLAS_DATA_DIR, 'clauses.json'), 'utf8')) as unknown[];
  const output = dirSize(env.ATLAS_OUT_DIR);
  const index = dirSize(join(env.ATLAS_OUT_DIR, 'pagefind'));
  const pages = dirSize(env.ATLAS_OUT_DIR, (p) => p.endsWith('.html')).files;
  const pageWeight = measurePageWeights(env.ATLAS_OUT_DIR);
  const internal = /in (\d+) ms/u.exec(cold.ingestLog);

  let rebuild: Phases | null = null;
  if (!values['no-rebuild']) {
    const { ingestLog: _, ...phases } = await buildOnce(env, logs, `scale-${scale}-rebuild`);
    rebuild = phases;
  }

  const floorEnv = { FLOOR_DATA_DIR: env.ATLAS_DATA_DIR, FLOOR_OUT_DIR: join(dir, 'floor-dist'), FLOOR_CACHE_DIR: join(dir, 'floor-cache') };
  const buildFloor = async (label: string): Promise<NonNullable<ScaleResult['floor']>> => {
    for (const path of [floorEnv.FLOOR_OUT_DIR, floorEnv.FLOOR_CACHE_DIR]) discard(path, TRASH);
    log(`${label}: floor astro build`);
    const astro = await measurePhase([NODE, 'node_modules/astro/bin/astro.mjs', 'build', '--root', 'bench/floor'], floorEnv, join(logs, `${label}-floor-astro.log`));
    log(`${label}: floor pagefind (astro ${astro.wallMs} ms)`);
    const pagefind = await measurePhase([NODE, 'node_modules/pagefind/lib/runner/bin.cjs', '--site', floorEnv.FLOOR_OUT_DIR], floorEnv, join(logs, `${label}-floor-pagefind.log`));
    return { astro: strip(astro), pagefind: strip(pagefind), totalMs: astro.wallMs + pagefind.wallMs, totalCpuMs: sumCpu(astro, pagefind), pages: dirSize(floorEnv.FLOOR_OUT_DIR, (p) => p.endsWith('.html')).files };
  };
  const floor = values['no-floor'] ? null : await buildFloor(`scale-${scale}`);

  const ratio = (a: number, b: number) => Math.round((a / b) * 100) / 100;
  const pair = (ours: Phases, theirs: NonNullable<ScaleResult['floor']>) => ({
    oursMs: ours.totalMs,
    floorMs: theirs.totalMs,
    ratio: ratio(ours.totalMs, theirs.totalMs),
    oursCpuMs: ours.totalCpuMs,
    floorCpuMs: theirs.totalCpuMs,
  });
  let floorPairs: ScaleResult['floorPairs'] = null;
  if (floor && scale === 100) {
    floorPairs = [pair(cold, floor)];
    for (let i = 1; i < Number(values.pairs); i++) {
      // The first pair built ours first; the next ones alternate, so a drift in the machine's load falls on both sides.
      const label = `scale-${scale}-pair-${i + 1}`;
      const oursAgain = () => {
        makeCold(env);
        return buildOnce(env, logs, label);
      };
      let ours: Phases;
      let theirs: NonNullable<ScaleResult['floor']>;
      if (i % 2 === 1) {
        theirs = await buildFloor(label);
        ours = await oursAgain();
      } else {
        ours = await oursAgain();
        theirs = await buildFloor(label);
      }
      floorPairs.push(pair(ours, theirs));
    }
  }
  const median = (values: number[]) => {
    const sorted = [...values].sort((a, b) => a - b);
    return sorted.length % 2 ? sorted[(sorted.length - 1) / 2]! : (sorted[sorted.length / 2 - 1]! + sorted[sorted.length / 2]!) / 2;
  };
  const cpuRatios = floorPairs?.filter((p) => p.oursCpuMs && p.floorCpuMs).map((p) => p.oursCpuMs! / p.floorCpuMs!) ?? [];

  const { ingestLog: _log, ...coldPhases } = cold;
  return {
    outDir: env.ATLAS_OUT_DIR,
    result: {
      scale,
      sources: existsSync(join(corpusDir, 'sources.yaml')) ? (readFileSync(join(corpusDir, 'sources.yaml'), 'utf8').match(/^- file:/gmu) ?? []).length : 0,
      documents: documents.length,
      clauses: clauses.length,
      sourceBytes,
      cold: coldPhases,
      rebuild,
      rebuildSpeedup: rebuild ? ratio(cold.totalMs, rebuild.totalMs) : null,
      pages,
      pagesPerSecond: Math.round(pages / (cold.astro.wallMs / 1000)),
      outputBytes: output.bytes,
      outputFiles: output.files,
      indexBytes: index.bytes,
      indexFiles: index.files,
      ingestMBps: Math.round((sourceBytes / 1e6 / (cold.ingest.wallMs / 1000)) * 100) / 100,
      ingestInternalMs: internal ? Number(internal[1]) : null,
      floor,
      floorRatio: floorPairs ? Math.round(median(floorPairs.map((p) => p.ratio)) * 100) / 100 : floor ? ratio(cold.totalMs, floor.totalMs) : null,
      floorPairs,
      floorRatioAstro: floor ? ratio(cold.astro.wallMs, floor.astro.wallMs) : null,
      floorRatioCpu: cpuRatios.length ? Math.round(median(cpuRatios) * 100) / 100 : floor && cold.totalCpuMs && floor.totalCpuMs ? ratio(cold.totalCpuMs, floor.totalCpuMs) : null,
      pageWeight,
      loadAverage: { before: loadBefore, after: Math.round(loadavg()[0] * 100) / 100 },
    },
  };
}

async function benchSearchAt(outDir: string): Promise<SearchResult> {
  const { startServer } = existsSync('scripts/serve.ts') ? await import('../scripts/serve.ts') : await import('./lib/static-server.ts');
  const server = await startServer(outDir, 0);
  try {
    return await benchSearch(server.url, QUERIES, '/');
  } finally {
    await server.close();
  }
}

/** Check each target of issue 6 against the measured figures; null when not measured. */
function checkTargets(results: ScaleResult[], search: (SearchResult & { scale: number }) | null) {
  const at = (scale: number) => results.find((r) => r.scale === scale) ?? null;
  const s100 = at(100);
  const met = (value: number | null, ok: (v: number) => boolean) => ({ value, met: value === null ? null : ok(value) });
  const first = at(10);
  const last = at(300);
  // Time per source at 300× over time per source at 10×: at most 1 means at most linear.
  const perSource = (r: ScaleResult, cpu: boolean) => (cpu ? (r.cold.totalCpuMs ?? NaN) : r.cold.totalMs) / r.sources;
  const linearity = first && last ? Math.round((perSource(last, false) / perSource(first, false)) * 100) / 100 : null;
  const linearityCpu = first && last ? Math.round((perSource(last, true) / perSource(first, true)) * 100) / 100 : null;
  const cpuSpeedup = s100?.rebuild?.totalCpuMs && s100.cold.totalCpuMs ? Math.round((s100.cold.totalCpuMs / s100.rebuild.totalCpuMs) * 100) / 100 : null;
  const documentJs = s100?.pageWeight.document?.jsGzip ?? results.at(-1)?.pageWeight.document?.jsGzip ?? null;
  return {
    build100Under90s: { target: '< 90000 ms', ...met(s100?.cold.totalMs ?? null, (v) => v < 90_000) },
    peakRss100Under3GB: { target: '< 3072 MB', ...met(s100?.cold.peakRssMB ?? null, (v) => v < 3072) },
    floorRatio100AtMost1_5: { target: '<= 1.5', ...met(s100?.floorRatio ?? null, (v) => v <= 1.5), cpu: s100?.floorRatioCpu ?? null },
    linear10To300: { target: 'per-source time at 300x / at 10x <= 1', ...met(linearity, (v) => v <= 1), cpu: linearityCpu },
    warmSearchMedianUnder30ms: { target: '< 30 ms', scale: search?.scale ?? null, ...met(search?.warmMedianMs ?? null, (v) => v < 30) },
    coldFirstResultUnder400ms: { target: '< 400 ms', scale: search?.scale ?? null, ...met(search?.coldMedianMs ?? null, (v) => v < 400) },
    readerJsUnder15KB: { target: '< 15360 B gzip', ...met(documentJs, (v) => v < 15_360) },
    rebuild100AtLeast3x: { target: '>= 3', ...met(s100?.rebuildSpeedup ?? results.at(-1)?.rebuildSpeedup ?? null, (v) => v >= 3), cpu: cpuSpeedup },
  };
}

const results: ScaleResult[] = [];
let search: (SearchResult & { scale: number }) | null = null;
const searchScale = scales.includes(Number(values['search-scale'])) ? Number(values['search-scale']) : Math.max(...scales);
for (const scale of scales) {
  const { result, outDir } = await benchScale(scale);
  results.push(result);
  if (scale === searchScale && !values['no-search']) {
    log(`scale ${scale}: search in Chromium`);
    search = { scale, ...(await benchSearchAt(outDir)) };
  }
}
const date = startedAt.toISOString().slice(0, 10);
const report: BenchReport = {
  date,
  startedAt: startedAt.toISOString(),
  // The code measured: with dirty true the working tree differed from the commit, so the figures are not that commit's.
  ...code,
  options: { scales, pairs: Number(values.pairs), search: !values['no-search'], floor: !values['no-floor'], rebuild: !values['no-rebuild'] },
  machine: { cpus: cpus().length, cpuModel: cpus()[0]?.model ?? null, totalMemGB: Math.round(totalmem() / 2 ** 30), node: process.version, platform: process.platform },
  seed,
  scales: results,
  search,
  targets: checkTargets(results, search),
};
const line = JSON.stringify(report);
const written = writeResults('bench/results', date, line);
console.log(line);
log(`wrote ${written.path}${written.keptAs ? `; the day's earlier run is now ${written.keptAs}` : ''}`);
log('deleting what the run cleared');
emptyTrash(TRASH);
