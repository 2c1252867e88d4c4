// Structure surprises in real sources: each gets a defined reading (kept, reported) or a clear
// IngestError naming the file; none crashes and none drops text.
import { describe, expect, test } from 'vitest';
import { IngestError } from '../../scripts/ingest/ingest-error.ts';
import { attemptIngest, ingestBytes, isClearRejection, mdxViolations, realText, textViolations } from './ingest-harness.ts';

const plan = 'jiangsu-future-industries-three-year-plan-2024.txt';
const jiangxi = 'jiangxi-six-actions-interpretation-2024.txt';
const planLines = realText(plan).split('\n');
const bytesOf = (lines: string[]) => new Uint8Array(Buffer.from(lines.join('\n')));
const original = ingestBytes(plan, bytesOf(planLines));
const byId = (result: ReturnType<typeof ingestBytes>, id: string) => result.clauses.find((c) => c.id === `jiangsu-3yr-plan/${id}`);

/** The plan with one real line (1-based) changed, after checking it is the one meant. */
function planWith(line: number, startsWith: string, change: (text: string) => string[]): string[] {
  expect(planLines[line - 1].startsWith(startsWith), `line ${line} starts “${startsWith}”`).toBe(true);
  return planLines.flatMap((text, i) => (i === line - 1 ? change(text) : [text]));
}

/** Ingest, and check the two promises every reading keeps: no text lost, MDX renders it literally. */
async function ingestIntact(file: string, lines: string[]) {
  const bytes = bytesOf(lines);
  const result = ingestBytes(file, bytes);
  expect(textViolations(file, bytes, result)).toEqual([]);
  expect(await mdxViolations(result)).toEqual([]);
  return result;
}

describe('a duplicated paragraph', () => {
  test('clause 3 printed twice: both kept, the second under a distinct id, both reported', async () => {
    const result = await ingestIntact(plan, planWith(22, '3.加速创新成果转化。', (text) => [text, text]));
    const first = byId(result, 'c3')!;
    const second = byId(result, 's1-c3')!;
    expect(second.text).toBe(first.text);
    expect([first.source.startLine, second.source.startLine]).toEqual([22, 23]);
    expect(second.departments).toEqual(first.departments);
    expect(result.ledger.duplicateParagraphs).toEqual([{ line: 23, duplicateOf: 22, text: first.text.slice(0, 60) }]);
    expect(result.ledger.numberingIrregularities).toEqual([{ line: 23, label: '3', expected: '4', kind: 'repeated', localId: 's1-c3' }]);
    expect(result.documents[0].notes).toContain('第23行与第22行文字完全相同：两段都保留，未合并。');
    expect(result.documents[0].notes).toContain('第23行的条款编号“3.”与前文重复：按原文保留，条款标识为 jiangsu-3yr-plan/s1-c3。');
    // Every later clause keeps its id: clause 4 onward are unaffected.
    expect(result.clauses.filter((c) => c.id !== second.id).map((c) => c.id)).toEqual(original.clauses.map((c) => c.id));
  });

  test('an unnumbered paragraph of the Jiangxi interpretation printed twice: both kept, reported, no numbering note', async () => {
    const lines = realText(jiangxi).split('\n');
    // A paragraph after line 45, the last that carries a declared erratum: errata are bound to raw line
    // numbers, so a line inserted above one stops the build (next test).
    const at = lines.findIndex((l) => l.startsWith('第三部分，保障措施方面') || l.startsWith('第三部分,保障措施方面'));
    expect(at).toBeGreaterThan(45);
    const result = await ingestIntact(jiangxi, [...lines.slice(0, at + 1), lines[at], ...lines.slice(at + 1)]);
    const copies = result.clauses.filter((c) => c.text.startsWith('第三部分，保障措施方面'));
    expect(copies.map((c) => c.source.startLine)).toEqual([at + 1, at + 2]);
    expect(new Set(copies.map((c) => c.id)).size).toBe(2);
    expect(result.ledger.duplicateParagraphs.map((d) => [d.line, d.duplicateOf])).toEqual([[at + 2, at + 1]]);
    expect(result.ledger.numberingIrregularities).toEqual([]);
  });

  test('a line inserted above a declared erratum stops the build at the erratum line', () => {
    const lines = realText(jiangxi).split('\n');
    const outcome = attemptIngest(jiangxi, bytesOf([lines[24], ...lines]));
    expect(outcome.kind).toBe('rejected');
    expect((outcome as { error: IngestError }).error.message).toBe(`${jiangxi}:29: erratum expects “科创 产业” on this line but it is not there; fix content/vocab/errata.yaml`);
  });

  test('the real corpus reports none', () => {
    expect(original.ledger.duplicateParagraphs).toEqual([]);
    expect(original.ledger.numberingIrregularities).toEqual([]);
  });
});

describe('clause numbers out of sequence', () => {
  test('“3.” printed where 4. belongs: the second 3 gets a distinct id; the repeat and the jump to 5 are reported', async () => {
    const result = await ingestIntact(plan, planWith(23, '4.推动创新平台建设。', (text) => [text.replace(/^4\./u, '3.')]));
    expect(byId(result, 'c3')!.text.startsWith('3.加速创新成果转化。')).toBe(true);
    expect(byId(result, 's1-c3')!.text.startsWith('3.推动创新平台建设。')).toBe(true);
    expect(byId(result, 's1-c3')!.label).toBe('3');
    expect(byId(result, 'c4')).toBeUndefined();
    expect(result.ledger.numberingIrregularities).toEqual([
      { line: 23, label: '3', expected: '4', kind: 'repeated', localId: 's1-c3' },
      { line: 25, label: '5', expected: '4', kind: 'out-of-sequence', localId: 'c5' },
    ]);
  });

  test('a missing clause (11 deleted): 12 is reported out of sequence, and no other id changes', async () => {
    const lines = planWith(33, '11.加大高水平创新人才引培。', () => []);
    const result = await ingestIntact(plan, lines);
    expect(result.ledger.numberingIrregularities).toEqual([{ line: 33, label: '12', expected: '11', kind: 'out-of-sequence', localId: 'c12' }]);
    expect(result.clauses.map((c) => c.id)).toEqual(original.clauses.map((c) => c.id).filter((id) => id !== 'jiangsu-3yr-plan/c11'));
  });

  test('a restart at 1 is a new list, not an irregularity (the 5个100 plan numbers 保障措施 from 1 again)', () => {
    const fiveByHundred = 'jiangsu-5x100-action-plan-2024.txt';
    const result = ingestBytes(fiveByHundred, new Uint8Array(Buffer.from(realText(fiveByHundred))));
    expect(result.clauses.filter((c) => c.label === '1').length).toBe(2);
    expect(result.ledger.numberingIrregularities).toEqual([]);
  });
});

describe('a department parenthetical without its closing parenthesis', () => {
  test('clause 3 missing its final ）: read to the end of the clause, departments as printed, repair noted', async () => {
    const result = await ingestIntact(plan, planWith(22, '3.加速创新成果转化。', (text) => [text.replace(/\)$/u, '')]));
    const clause = byId(result, 'c3')!;
    const before = byId(original, 'c3')!;
    // The lone ( touching Chinese text becomes （ like the balanced pairs, so the tag still reads as one.
    expect(clause.text).toBe(before.text.slice(0, -1));
    expect(clause.departments).toEqual(before.departments);
    expect(clause.departments.slice(0, 2)).toEqual([{ written: '省科技厅', role: 'lead' }, { written: '省工业和信息化厅', role: 'co' }]);
    expect(clause.departmentTag).toEqual({ start: before.departmentTag!.start, end: clause.text.length, unclosed: true });
    expect(clause.repairs).toContainEqual({ kind: 'unclosed-parenthetical', line: 22, note: '责任单位括注缺少右括号，已按读到段末处理' });
    // The next line starts with a clause number, so the open clause is not glued to clause 4.
    expect(byId(result, 'c4')!.source.startLine).toBe(23);
  });

  test('the last clause of the file missing its ）: same reading, and the document is marked truncated', async () => {
    const result = await ingestIntact(plan, planWith(51, '25.营造发展氛围。', (text) => [text.replace(/\)$/u, '')]));
    expect(byId(result, 'c25')!.departmentTag?.unclosed).toBe(true);
    // Ambiguity named: a file that ends inside a parenthetical may have lost its end; we say so on the page.
    expect(result.documents[0].truncated).toBe(true);
    expect(result.documents[0].notes).toContain('原文在第51行句子中途结束，文本不完整。');
  });
});

describe('a title with no body', () => {
  test('a file holding only the metadata block and the title is rejected, naming the file', () => {
    const lines = [...planLines.slice(0, 6), planLines[16]];
    expect(lines[6]).toBe('江苏省加快培育发展未来产业三年行动方案(2024-2026年)');
    const outcome = attemptIngest(plan, bytesOf(lines));
    expect(outcome.kind).toBe('rejected');
    const error = (outcome as { error: IngestError }).error;
    expect(error.message).toBe(`${plan}: no policy text found: every line is chrome or metadata; expected at least one paragraph`);
    expect(isClearRejection(error, plan)).toBe(true);
  });

  test('a section heading with nothing under it (八、保障措施 without its clauses) is kept as an empty section', async () => {
    const lines = planLines.slice(0, 48);
    expect(lines[47]).toBe('八、保障措施');
    const result = await ingestIntact(plan, lines);
    expect(result.documents[0].sections.at(-1)).toMatchObject({ id: 's8', marker: '八、', title: '保障措施', line: 48 });
    expect(result.clauses.filter((c) => c.path[0] === 's8')).toEqual([]);
    expect(result.ledger.lines.at(-1)).toMatchObject({ line: 48, role: 'heading' });
    // A heading is allowed to end without a full stop: the document is not marked truncated.
    expect(result.documents[0].truncated).toBe(false);
  });
});

describe('an empty file', () => {
  const cases: Array<[string, Uint8Array, string]> = [
    ['zero bytes', new Uint8Array(), 'the file is empty; expected a policy text'],
    ['a UTF-8 BOM alone', new Uint8Array([0xef, 0xbb, 0xbf]), 'the file has only white space; expected a policy text'],
    ['a UTF-16LE BOM alone', new Uint8Array([0xff, 0xfe]), 'the file has only white space; expected a policy text'],
    ['blank lines, spaces and an ideographic space', new Uint8Array(Buffer.from('\n\r\n  \n\u3000\n\t\n')), 'the file has only white space; expected a policy text'],
  ];
  for (const [name, bytes, message] of cases) {
    test(`${name} is rejected, naming the file`, () => {
      const outcome = attemptIngest(plan, bytes);
      expect(outcome.kind).toBe('rejected');
      expect((outcome as { error: IngestError }).error.message).toBe(`${plan}: ${message}`);
    });
  }
});

describe('a 1 MB file on a single line', () => {
  // The plan's title, preamble and all 25 clauses with their line breaks removed, repeated past 1 MB.
  const oneLine = planLines.slice(16, 51).join('');
  let big = oneLine;
  while (Buffer.byteLength(big) < 1_000_000) big += oneLine;

  test('reads as one paragraph, hence one clause holding every character, within seconds', async () => {
    const started = performance.now();
    const result = await ingestIntact(plan, [big]);
    expect(performance.now() - started).toBeLessThan(20_000);
    expect(result.clauses.map((c) => [c.id, c.label, c.source.startLine, c.source.endLine])).toEqual([['jiangsu-3yr-plan/p1', '', 1, 1]]);
    expect(result.clauses[0].text.length).toBeGreaterThan(300_000);
    // Only the parenthetical that closes the line counts as its department tag: clause 25's.
    expect(result.clauses[0].departments).toEqual(byId(original, 'c25')!.departments.filter((d) => d.role !== 'inherited'));
    expect(result.ledger.counts).toEqual({ boilerplate: 0, metadata: 0, clause: 1, heading: 0 });
  }, 60_000);
});
