// The benchmark's results as Markdown tables, read from bench/results/: the latest run of each scale, and every
// run at 100× (the scale of the ratio target). `--write` puts them into bench/README.md between their markers, so
// the figures there are the files' own; tests/bench/history.test.ts checks that they still are.
// Usage: node bench/history.ts [--write]
import { readFileSync, writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { readReports, type BenchReport, type ScaleResult } from './lib/report.ts';

const RESULTS = 'bench/results';
const README = 'bench/README.md';

const s = (ms: number) => (ms / 1000).toFixed(1);
// Decimal megabytes, as the rest of the README writes sizes (5.8 MB of source text, 1.68 GB of memory).
const mb = (bytes: number) => `${(bytes / 1e6).toFixed(1)} MB`;
const range = (values: number[], format: (v: number) => string) => {
  const low = Math.min(...values), high = Math.max(...values);
  return low === high ? format(low) : `${format(low)}–${format(high)}`;
};
const dash = '—';

/** @returns the run's name as its file gives it, and when it started, where it says */
function runLabel(file: string, report: BenchReport): string {
  const name = file.replace(/\.json$/, '');
  return report.startedAt ? `${name} (${report.startedAt.slice(11, 16)} UTC)` : name;
}

/**
 * The commits of the runs made before each run recorded its own (bench/run.ts, since 2026-11-23 09:30), as the
 * sessions that made them wrote them down. The other early runs' commits were not written down.
 */
const RECORDED_COMMITS: Record<string, string> = {
  '2026-11-22-e': '2aec8f9',
  '2026-11-22-f': '0d3888f',
  '2026-11-22-g': 'f799228',
  '2026-11-22-h': '09e7afc',
  '2026-11-22-i': '28d98ed',
  '2026-11-22-j': '8639848',
  '2026-11-23-b': 'b94b202',
  '2026-11-23-c': '57d64d0',
  '2026-11-23-d': '4baf572',
  '2026-11-23-e': 'a5eb306',
  '2026-11-23-f': '433d86c',
  // The run of 08:11, made before runs recorded their commit; renamed from 2026-11-23.json when the 14:30 run took that name.
  '2026-11-23-g': '01d1863',
};

function codeLabel(file: string, report: BenchReport): string {
  if (!report.commit) return RECORDED_COMMITS[file.replace(/\.json$/, '')] ?? dash;
  return report.dirty ? `${report.commit} + uncommitted changes` : report.commit;
}

/** @returns a table with one row per scale: the latest run that measured it */
export function latestTable(reports: Array<{ file: string; report: BenchReport }>): string {
  const rows: string[] = [];
  const latest = new Map<number, { file: string; report: BenchReport; result: ScaleResult }>();
  for (const { file, report } of reports) for (const result of report.scales) latest.set(result.scale, { file, report, result });
  for (const [scale, { file, report, result: r }] of [...latest].sort(([a], [b]) => a - b)) {
    const c = r.cold;
    const rebuild = r.rebuild ? `${s(r.rebuild.totalMs)} s (${r.rebuildSpeedup}×)` : dash;
    const floor = r.floor ? `${s(r.floor.totalMs)} (${s(r.floor.astro.wallMs)} + ${s(r.floor.pagefind.wallMs)})` : dash;
    const ratio = r.floorRatio === null ? dash : `**${r.floorRatio.toFixed(2)}** (${r.floorRatioCpu?.toFixed(2) ?? dash})`;
    const cpu = c.totalCpuMs === null ? dash : s(c.totalCpuMs);
    rows.push(`| ${scale}× | ${runLabel(file, report)} | ${r.pages} | ${s(c.ingest.wallMs)} | ${s(c.astro.wallMs)} ‖ ${s(c.pagefind.wallMs)} | **${s(c.totalMs)}** | ${cpu} | ${c.peakRssMB} | ${rebuild} | ${floor} | ${ratio} | ${r.pagesPerSecond} | ${r.ingestMBps} | ${mb(r.outputBytes)} | ${mb(r.indexBytes)} |`);
  }
  return [
    '| scale | run | pages | ingest | astro ‖ pagefind | **total** | CPU | peak RSS (MB) | no-change rebuild | floor (astro + pagefind) | **ratio** (CPU) | pages/s | ingest MB/s | `dist` | index |',
    '|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|',
    ...rows,
  ].join('\n');
}

/** @returns a table with one row per run that built the 100× corpus: its pairs of cold builds, the ratio and search */
export function historyTable(reports: Array<{ file: string; report: BenchReport }>): string {
  const rows: string[] = [];
  for (const { file, report } of reports) {
    const r = report.scales.find((result) => result.scale === 100);
    if (!r) continue;
    const pairs = r.floorPairs ?? (r.floor ? [{ oursMs: r.cold.totalMs, floorMs: r.floor.totalMs, ratio: r.floorRatio ?? NaN }] : []);
    const ours = pairs.length ? range(pairs.map((p) => p.oursMs), s) : s(r.cold.totalMs);
    const floor = pairs.length ? range(pairs.map((p) => p.floorMs), s) : dash;
    const ratio = r.floorRatio === null ? dash : `**${r.floorRatio.toFixed(2)}** (${range(pairs.map((p) => p.ratio), (v) => v.toFixed(2))})`;
    const search = report.search?.scale === 100 ? `${report.search.coldMedianMs.toFixed(0)} / ${report.search.warmMedianMs.toFixed(1)}` : dash;
    rows.push(`| ${runLabel(file, report)} | ${codeLabel(file, report)} | ${pairs.length || 1} | ${ours} | ${floor} | ${ratio} | ${r.floorRatioCpu?.toFixed(2) ?? dash} | ${search} | ${r.loadAverage.before} |`);
  }
  return [
    '| run | code | pairs | ours (s) | floor (s) | **ratio** (pairs) | CPU ratio | search cold / warm median (ms) | load before |',
    '|---|---|---|---|---|---|---|---|---|',
    ...rows,
  ].join('\n');
}

/** @returns a table of page weight (gzip bytes) per page type, from the latest run at 100× */
export function weightTable(reports: Array<{ file: string; report: BenchReport }>): string {
  const latest = reports.findLast(({ report }) => report.scales.some((r) => r.scale === 100));
  const weights = latest?.report.scales.find((r) => r.scale === 100)?.pageWeight ?? {};
  const rows = Object.entries(weights).map(([type, w]) => `| ${type} | \`${w.url}\` | ${w.htmlGzip} | ${w.cssGzip} | ${w.jsGzip} |`);
  return ['| type | largest page | HTML | CSS | JS |', '|---|---|---|---|---|', ...rows].join('\n');
}

/** @returns `text` with the lines between `<!-- name:start -->` and `<!-- name:end -->` replaced by `table` */
export function replaceBlock(text: string, name: string, table: string): string {
  const start = `<!-- ${name}:start -->`, end = `<!-- ${name}:end -->`;
  const from = text.indexOf(start), to = text.indexOf(end);
  if (from < 0 || to < from) throw new Error(`${README}: the markers ${start} and ${end} are missing or out of order`);
  return `${text.slice(0, from + start.length)}\n${table}\n${text.slice(to)}`;
}

/** @returns the README with both tables as the result files give them */
export function readmeWithTables(readme: string, resultsDir = RESULTS): string {
  const reports = readReports(resultsDir);
  const tables = { latest: latestTable(reports), weight: weightTable(reports), history: historyTable(reports) };
  return Object.entries(tables).reduce((text, [name, table]) => replaceBlock(text, name, table), readme);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const readme = readFileSync(README, 'utf8');
  if (process.argv.includes('--write')) {
    writeFileSync(README, readmeWithTables(readme));
    console.log(`${README}: tables written from ${RESULTS}/`);
  } else {
    const reports = readReports(RESULTS);
    console.log([latestTable(reports), weightTable(reports), historyTable(reports)].join('\n\n'));
  }
}
