// A run's report: what bench/run.ts prints and writes, and where. bench/results/<date>.json is the day's latest
// run; an earlier run of the same day is kept, renamed to the next free <date>-<letter>.json, so a second run
// never overwrites a measurement. bench/history.ts reads them all back.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { PhaseResult } from './measure-phase.ts';
import type { PageWeight } from './page-weight.ts';
import type { SearchResult } from './search-bench.ts';

export interface Phases {
  ingest: Omit<PhaseResult, 'log'>;
  astro: Omit<PhaseResult, 'log'>;
  pagefind: Omit<PhaseResult, 'log'>;
  /** Astro and Pagefind side by side, plus copying the index into the site: wall time of the pair. */
  siteMs: number;
  /** ingest + siteMs, as `npm run build` (scripts/build.ts) spends it. */
  totalMs: number;
  totalCpuMs: number | null;
  /** The ingest's peak, or astro's and pagefind's added, since they run at once: whichever is larger. */
  peakRssMB: number;
}

export interface ScaleResult {
  scale: number;
  sources: number;
  documents: number;
  clauses: number;
  sourceBytes: number;
  cold: Phases;
  rebuild: Phases | null;
  rebuildSpeedup: number | null;
  pages: number;
  pagesPerSecond: number;
  outputBytes: number;
  outputFiles: number;
  indexBytes: number;
  indexFiles: number;
  ingestMBps: number;
  /** The ingest's own timing (printed by scripts/ingest.ts), without Node start-up. */
  ingestInternalMs: number | null;
  floor: { astro: Omit<PhaseResult, 'log'>; pagefind: Omit<PhaseResult, 'log'>; totalMs: number; totalCpuMs: number | null; pages: number } | null;
  /** Our cold build (ingest, then astro beside pagefind) / the floor's (astro, then the Pagefind CLI on its pages); at 100x the median of `floorPairs`. */
  floorRatio: number | null;
  /** At 100x, each pair of cold builds (ours, the floor's) in wall ms and their ratio; the first pair is `cold` and `floor`. */
  floorPairs: Array<{ oursMs: number; floorMs: number; ratio: number; oursCpuMs: number | null; floorCpuMs: number | null }> | null;
  /** Our astro build / the floor's astro build. */
  floorRatioAstro: number | null;
  /** The same ratio on CPU time, which other load on the machine skews less. */
  floorRatioCpu: number | null;
  pageWeight: Record<string, PageWeight>;
  /** 1-minute load average before and after this scale: other work on the machine skews the timings. */
  loadAverage: { before: number; after: number };
}

/** One run of the benchmark. Runs before 2026-11-23 09:30 lack startedAt, commit, dirty and options. */
export interface BenchReport {
  date: string;
  startedAt?: string;
  commit?: string | null;
  dirty?: boolean | null;
  options?: { scales: number[]; pairs: number; search: boolean; floor: boolean; rebuild: boolean };
  machine: { cpus: number; cpuModel: string | null; totalMemGB: number; node: string; platform: string };
  seed: number;
  scales: ScaleResult[];
  search: (SearchResult & { scale: number }) | null;
  targets: Record<string, { target: string; value: number | null; met: boolean | null; cpu?: number | null; scale?: number | null }>;
}

/** @returns the commit the run measured, and whether the working tree differed from it (then the figures are not that commit's) */
export function codeVersion(): { commit: string | null; dirty: boolean | null } {
  try {
    const git = (...args: string[]) => execFileSync('git', args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
    // bench/results is what the run writes, so a result not yet committed does not count as a code change.
    return { commit: git('rev-parse', '--short', 'HEAD'), dirty: git('status', '--porcelain', '--', '.', ':!bench/results').length > 0 };
  } catch {
    return { commit: null, dirty: null };
  }
}

/**
 * Writes `line` to `<dir>/<date>.json`, first moving an earlier file of that name to `<date>-a.json`, `-b`, … (the first free).
 * @returns the path written, and where the earlier run went (null when there was none)
 */
export function writeResults(dir: string, date: string, line: string): { path: string; keptAs: string | null } {
  mkdirSync(dir, { recursive: true });
  const path = join(dir, `${date}.json`);
  let keptAs: string | null = null;
  if (existsSync(path)) {
    const letters = 'abcdefghijklmnopqrstuvwxyz';
    const free = [...letters].map((letter) => join(dir, `${date}-${letter}.json`)).find((candidate) => !existsSync(candidate));
    if (!free) throw new Error(`${dir}: no free name left for an earlier run of ${date} (${date}-a.json to -z.json all exist)`);
    renameSync(path, free);
    keptAs = free;
  }
  writeFileSync(path, `${line}\n`);
  return { path, keptAs };
}

/** @returns every report in `dir` with its file name, oldest first (`<date>-a` … `-z`, then the day's `<date>.json`) */
export function readReports(dir: string): Array<{ file: string; report: BenchReport }> {
  const order = (file: string) => file.replace(/\.json$/, '').replace(/^(\d{4}-\d{2}-\d{2})$/, '$1-~');
  return readdirSync(dir)
    .filter((file) => /^\d{4}-\d{2}-\d{2}(-[a-z])?\.json$/.test(file))
    .sort((a, b) => (order(a) < order(b) ? -1 : 1))
    .map((file) => ({ file, report: JSON.parse(readFileSync(join(dir, file), 'utf8')) as BenchReport }));
}
