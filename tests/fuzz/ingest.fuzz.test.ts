// Property test: mutate the REAL sources the way hurried scraping does (insert, delete, duplicate lines,
// inject hostile characters, re-encode to UTF-16 or GB18030, add a BOM or CRLF) and check, every time:
//   1. the ingest ends in output or in an IngestError whose message names the file (and line); any other
//      exception fails the property;
//   2. with output, no body text is lost, added or reordered (textViolations in the harness: every line
//      the ledger calls clause or heading, normalised, equals the clause and heading texts in order, white
//      space aside), and every non-blank line is in the ledger with its raw text;
//   3. with output, the site's MDX reader renders every clause and heading of the generated MDX as
//      exactly its text (its smart punctuation and GFM are off; hostile-text.test.ts asserts that).
// `npm test` runs 60 cases; `npm run fuzz` runs 10,000 (FUZZ_RUNS). FUZZ_SEED replays a run. Results go to
// test-artifacts/fuzz-report.json.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import fc from 'fast-check';
import { expect, test } from 'vitest';
import { attemptIngest, corpus, isClearRejection, mdxViolations, realText, textViolations, utf16WithBom } from '../robustness/ingest-harness.ts';
import { encodeGb18030 } from './encode-gb18030.ts';

const runs = Number(process.env.FUZZ_RUNS ?? 60);
const seed = process.env.FUZZ_SEED ? Number(process.env.FUZZ_SEED) : Date.now() % 2 ** 31;
const reportPath = 'test-artifacts/fuzz-report.json';

const files = corpus.manifest.map((e) => e.file);
const linesOf = new Map(files.map((file) => [file, realText(file).split('\n')]));
const realLines = [...linesOf.values()].flat().filter((l) => l.trim() !== '');

// Fragments MDX, HTML or the normaliser could misread, injected inside a line.
const hostileFragments = [
  '{', '}', '{alert(1)}', '<', '>', '<script>alert(1)</script>', '<img src=x onerror=alert(1)>', '</Clause>', '<Clause clause={x}/>',
  '`', '```', 'javascript:alert(1)', '[点此](javascript:alert(1))', '\u200b', '\u200c', '\u200d', '\u2060', '\ufeff',
  '\u0007', '\u001b', '\u000b', '\u000c', '\u007f', '\u0085', '\u009b', '\t', '\u2028', '\u3000', '&amp;', '&#x41;', '&lt;',
  '*', '**', '_', '#', '\\', '|', '!', '[', ']', '(', ')', '（', '）', '“', '”', '——', '、', '。', '；', '??', '\ufffd', ' ', '  ',
  '1.', '一、', '（一）', '一是', '$', '%', '^', '＜', '＞', '｛', '｝',
];
// Whole lines that mean something to MDX, HTML or the structurer.
const hostileLines = [
  'import x, { y } from z', 'export const leak = 1', 'export default function X() {}', '<script>alert(1)</script>', '<div onclick={alert}>',
  '{/* comment */}', '---', '# 标题', '> 引用', '- 列表项', '1) 项', '    缩进的代码', '\t制表开头', '<!-- 注释 -->', '| a | b |', '\u0000',
  '九、', '（十）', '26.', '——', '一是', '①推动', '第一条 总则', 'A. 项目',
];

type Mutation =
  | { op: 'insert'; at: number; line: string }
  | { op: 'delete'; at: number; count: number }
  | { op: 'duplicate'; at: number }
  | { op: 'inject'; at: number; offset: number; text: string };

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ op: fc.constant('insert' as const), at: fc.nat(), line: fc.oneof(fc.constantFrom(...realLines), fc.constantFrom(...hostileLines)) }),
  fc.record({ op: fc.constant('delete' as const), at: fc.nat(), count: fc.integer({ min: 1, max: 12 }) }),
  fc.record({ op: fc.constant('duplicate' as const), at: fc.nat() }),
  fc.record({
    op: fc.constant('inject' as const),
    at: fc.nat(),
    offset: fc.nat(),
    text: fc.oneof(fc.constantFrom(...hostileFragments), fc.string({ unit: 'binary', maxLength: 6 })),
  }),
);

const caseArbitrary = fc.record({
  file: fc.constantFrom(...files),
  mutations: fc.array(mutation, { minLength: 0, maxLength: 6 }),
  encoding: fc.constantFrom('utf-8', 'utf-8-bom', 'utf-16le', 'utf-16be', 'gb18030'),
  crlf: fc.boolean(),
});
type FuzzCase = typeof caseArbitrary extends fc.Arbitrary<infer T> ? T : never;

/** @returns the source lines after the mutations */
function mutate(file: string, mutations: Mutation[]): string[] {
  const lines = [...linesOf.get(file)!];
  for (const m of mutations) {
    const at = m.at % (lines.length + 1);
    if (m.op === 'insert') lines.splice(at, 0, m.line);
    else if (m.op === 'delete') lines.splice(at % Math.max(1, lines.length), m.count);
    else if (m.op === 'duplicate' && lines.length > 0) lines.splice(at, 0, lines[at % lines.length]);
    else if (m.op === 'inject' && lines.length > 0) {
      const i = at % lines.length;
      const chars = [...lines[i]];
      const offset = m.offset % (chars.length + 1);
      lines[i] = [...chars.slice(0, offset), m.text, ...chars.slice(offset)].join('');
    }
  }
  return lines;
}

/** @returns the bytes of the mutated text in the chosen encoding */
function encode(text: string, encoding: FuzzCase['encoding'], crlf: boolean): Uint8Array {
  const withBreaks = crlf ? text.replace(/\n/gu, '\r\n') : text;
  switch (encoding) {
    case 'utf-8':
      return new Uint8Array(Buffer.from(withBreaks));
    case 'utf-8-bom':
      return new Uint8Array(Buffer.from(`\ufeff${withBreaks}`));
    case 'utf-16le':
    case 'utf-16be':
      return utf16WithBom(withBreaks, encoding === 'utf-16le' ? 'le' : 'be');
    case 'gb18030':
      return encodeGb18030(withBreaks.toWellFormed());
  }
}

test('the fuzz encoder writes GB18030 exactly as iconv does', () => {
  const plan = 'jiangsu-future-industries-three-year-plan-2024.txt';
  expect(Buffer.from(encodeGb18030(realText(plan))).equals(readFileSync('tests/fixtures/bad-input/jiangsu-three-year-plan.gb18030.txt'))).toBe(true);
});

test(`ingest of mutated real sources: output or a clear error, no text lost, MDX literal (${runs} cases)`, async () => {
  const outcomes = { output: 0, rejected: 0 };
  const rejections = new Map<string, number>();
  const started = performance.now();
  const details = await fc.check(
    fc.asyncProperty(caseArbitrary, async (c) => {
      const bytes = encode(mutate(c.file, c.mutations).join('\n'), c.encoding, c.crlf);
      const outcome = attemptIngest(c.file, bytes);
      if (outcome.kind === 'crashed') throw new Error(`the ingest crashed instead of rejecting: ${(outcome.error as Error)?.stack ?? String(outcome.error)}`);
      if (outcome.kind === 'rejected') {
        if (!isClearRejection(outcome.error, c.file)) throw new Error(`unclear rejection: ${outcome.error.message}`);
        outcomes.rejected++;
        // Group by what was expected, without file, line and the quoted text.
        const kind = outcome.error.message.replace(/^[^:]+(:\d+)?: /u, '').replace(/“[^”]*”/gu, '“…”').replace(/\d+/gu, 'N').slice(0, 90);
        rejections.set(kind, (rejections.get(kind) ?? 0) + 1);
        return;
      }
      outcomes.output++;
      const lost = textViolations(c.file, bytes, outcome.result);
      if (lost.length > 0) throw new Error(`text lost or altered: ${lost.join('; ')}`);
      const mdx = await mdxViolations(outcome.result);
      if (mdx.length > 0) throw new Error(`MDX: ${mdx.join('; ').slice(0, 2000)}`);
    }),
    { numRuns: runs, seed, endOnFailure: runs > 1000 ? false : true },
  );
  const report = {
    runs: details.numRuns,
    requestedRuns: runs,
    seed: details.seed,
    failures: details.failed ? 1 : 0,
    counterexample: details.failed ? details.counterexample : null,
    error: details.failed ? String(details.errorInstance ?? '').slice(0, 4000) : null,
    durationMs: Math.round(performance.now() - started),
    outcomes,
    rejections: Object.fromEntries([...rejections].sort((a, b) => b[1] - a[1])),
  };
  mkdirSync('test-artifacts', { recursive: true });
  writeFileSync(reportPath, `${JSON.stringify(report, null, 1)}\n`);
  expect(details.failed, fc.defaultReportMessage(details) ?? '').toBe(false);
  // The mutations must leave most cases ingestible, or the text checks would rarely run.
  expect(outcomes.output).toBeGreaterThan(outcomes.rejected / 2);
}, Math.max(60_000, runs * 1_000));
