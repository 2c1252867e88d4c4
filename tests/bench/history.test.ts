// The benchmark's record: bench/README.md's result tables must be what bench/results/ holds, and a second run on one
// day must not overwrite the first.
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { afterAll, describe, expect, it } from 'vitest';
import { historyTable, latestTable, readmeWithTables, replaceBlock } from '../../bench/history.ts';
import { readReports, writeResults } from '../../bench/lib/report.ts';

const tmp = mkdtempSync(join(tmpdir(), 'bench-history-test-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('bench/README.md', () => {
  it('holds the tables bench/results/ gives (run `node bench/history.ts --write` after a benchmark run)', () => {
    const readme = readFileSync('bench/README.md', 'utf8');
    expect(readme).toBe(readmeWithTables(readme));
  });
});

describe('the result tables', () => {
  const reports = readReports('bench/results');

  it('lists the runs oldest first, a day lettered runs before its latest', () => {
    const files = reports.map((r) => r.file);
    expect(files.indexOf('2026-11-22-k.json')).toBeLessThan(files.indexOf('2026-11-23-a.json'));
    expect(files.indexOf('2026-11-23-f.json')).toBeLessThan(files.indexOf('2026-11-23.json'));
  });

  it('gives each 100× run its pairs and ratio as the file records them', () => {
    // 2026-11-23-f.json: pairs 20.5 / 8.1 s, 22.7 / 8.3 s, 19.7 / 8.1 s; ratio 2.54, the median of 2.54, 2.74, 2.42.
    const row = historyTable(reports).split('\n').find((line) => line.startsWith('| 2026-11-23-f |'))!;
    expect(row).toBe('| 2026-11-23-f | 433d86c | 3 | 19.7–22.6 | 8.1–8.3 | **2.54** (2.42–2.74) | 3.58 | 347 / 27.3 | 0.29 |');
  });

  it('takes each scale from the latest run that measured it', () => {
    // Two real runs: 2026-11-23-f measured every scale, 2026-11-23-g (08:11) only 100×.
    const full = reports.find((r) => r.file === '2026-11-23-f.json')!;
    const only100 = reports.find((r) => r.file === '2026-11-23-g.json')!;
    expect(only100.report.scales.map((s) => s.scale)).toEqual([100]);
    const rows = latestTable([full, only100]).split('\n').slice(2).map((row) => row.split(' | ').slice(0, 3).join(' | '));
    expect(rows).toEqual(['| 1× | 2026-11-23-f | 182', '| 10× | 2026-11-23-f | 725', '| 100× | 2026-11-23-g | 3367', '| 300× | 2026-11-23-f | 8656']);
  });

  it('stops at a README whose markers are missing, naming them', () => {
    expect(() => replaceBlock('# no markers\n', 'history', '| x |')).toThrow('<!-- history:start --> and <!-- history:end --> are missing');
  });
});

describe('writeResults', () => {
  it('keeps the day’s earlier run under the next free letter', () => {
    const dir = join(tmp, 'results');
    writeResults(dir, '2026-11-23', '{"run":1}');
    const second = writeResults(dir, '2026-11-23', '{"run":2}');
    writeResults(dir, '2026-11-23', '{"run":3}');
    expect(second.keptAs).toBe(join(dir, '2026-11-23-a.json'));
    expect(readdirSync(dir).sort()).toEqual(['2026-11-23-a.json', '2026-11-23-b.json', '2026-11-23.json']);
    expect(['2026-11-23-a.json', '2026-11-23-b.json', '2026-11-23.json'].map((file) => readFileSync(join(dir, file), 'utf8'))).toEqual(['{"run":1}\n', '{"run":2}\n', '{"run":3}\n']);
  });

  it('writes over nothing when the day has no run yet', () => {
    const dir = join(tmp, 'fresh');
    writeFileSync(join(tmp, 'unrelated.json'), '{}');
    expect(writeResults(dir, '2026-11-24', '{}')).toEqual({ path: join(dir, '2026-11-24.json'), keptAs: null });
  });
});
