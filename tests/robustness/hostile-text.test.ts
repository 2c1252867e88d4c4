// Characters MDX or HTML treat as code, written into real clauses of the Jiangsu three-year plan:
// they must reach the clause text and the rendered page literally. Rendered with the site's own MDX
// reader (src/lib/mdx-reader.ts), see mdx-render.ts.
import { parse } from 'csv-parse/sync';
import { describe, expect, test } from 'vitest';
import { MDX_FEATURES, parseMdx, readMdx } from './mdx-render.ts';
import { annotateCorpus } from '../../scripts/knowledge/annotate-corpus.ts';
import { loadVocab } from '../../scripts/knowledge/load-vocab.ts';
import { clausesCsv } from '../../scripts/emit/open-data.ts';
import { documentMdx, ingestBytes, mdxViolations, realText, textViolations } from './ingest-harness.ts';

const plan = 'jiangsu-future-industries-three-year-plan-2024.txt';
const lines = realText(plan).split('\n');
const bytesOf = (text: string) => new Uint8Array(Buffer.from(text));

/** Replace one real line (1-based) after checking it is the one meant. */
function withLine(source: string[], line: number, startsWith: string, replace: (text: string) => string): string[] {
  expect(source[line - 1].startsWith(startsWith), `line ${line} starts “${startsWith}”`).toBe(true);
  return source.map((text, i) => (i === line - 1 ? replace(text) : text));
}

describe('markup, expressions and ESM in clause text', () => {
  // Real clauses 1–5 of the plan with hostile fragments inserted after their heading sentence.
  const injected: Array<{ line: number; start: string; fragment: string }> = [
    { line: 20, start: '1.推动基础研究强基。', fragment: '{alert(1)}与<script>alert(1)</script>' },
    { line: 21, start: '2.强化未来技术攻关。', fragment: '<img src=x onerror=alert(1)>和[点此查看](javascript:alert(1))以及javascript:alert(1)' },
    // Quotes are left out here: the test below covers what the compiler does to them.
    { line: 22, start: '3.加速创新成果转化。', fragment: '`code`与{props.x}及<Clause clause={evil}/>和</Clause>' },
    { line: 23, start: '4.推动创新平台建设。', fragment: '零\u200b宽\u200c字\u200d符\u2060与&amp;&#x41;abc实体' },
  ];
  let source = lines;
  for (const i of injected) source = withLine(source, i.line, i.start, (text) => text.replace(i.start, i.start + i.fragment));
  // Lines that MDX reads as ESM when they start a block, placed between clauses 4 and 5 (after heading 二、).
  source = [...source.slice(0, 24), 'export const leak = 1', 'import x, { y } from z', ...source.slice(24)];
  const bytes = bytesOf(source.join('\n'));
  const result = ingestBytes(plan, bytes);
  const clause = (id: string) => result.clauses.find((c) => c.id === id)!;

  test('each fragment stands in its clause text exactly as written, after the declared width repair', () => {
    // The one change is the documented width rule: ASCII ( ) touching Chinese text become （ ）, as a pair.
    const afterWidth = (fragment: string) => fragment.replace('(javascript:alert(1))以及javascript:alert(1)', '（javascript:alert(1)）以及javascript:alert（1）');
    injected.forEach((i, k) => expect(clause(`jiangsu-3yr-plan/c${k + 1}`).text).toContain(i.start + afterWidth(i.fragment)));
    expect(clause('jiangsu-3yr-plan/c2').repairs.map((r) => r.kind)).toContain('width');
    // Zero-width characters are text, not layout: kept (the contract says so; they are never silently dropped).
    expect(clause('jiangsu-3yr-plan/c4').text).toMatch(/零\u200b宽\u200c字\u200d符\u2060与/u);
  });

  test('the ESM-looking lines are a plain paragraph of section 二', () => {
    // Reading chosen: neither line ends a sentence, so the page-break rule joins them into one paragraph
    // (reported as a rejoin repair); ESM syntax has no meaning to the ingest.
    const esm = result.clauses.filter((c) => c.source.startLine === 25);
    expect(esm.map((c) => [c.id, c.text, c.path, c.source.endLine])).toEqual([['jiangsu-3yr-plan/s2-p1', 'export const leak = 1import x, { y } from z', ['s2'], 26]]);
    expect(esm[0].repairs.map((r) => r.kind)).toEqual(['rejoin']);
    // Clause 5 keeps its printed number and id although two paragraphs now precede it.
    expect(clause('jiangsu-3yr-plan/c5').text.startsWith('5.建设未来技术早期应用场景。')).toBe(true);
  });

  test('no body text is lost or reordered', () => {
    expect(textViolations(plan, bytes, result)).toEqual([]);
  });

  test('the reader renders every clause literally, and the text makes no element, script or export', async () => {
    expect(await mdxViolations(result)).toEqual([]);
    const mdx = documentMdx(result).get('jiangsu-3yr-plan')!;
    const rendered = readMdx(mdx);
    expect(rendered.clauses.get('jiangsu-3yr-plan/c1')).toContain('{alert(1)}与<script>alert(1)</script>');
    expect(rendered.clauses.get('jiangsu-3yr-plan/c3')).toContain('<Clause clause={evil}/>和</Clause>');
    expect(rendered.clauses.get('jiangsu-3yr-plan/s2-p1')).toBe('export const leak = 1import x, { y } from z');
    // Only paragraphs and the site's components: no <script>, <img>, <a> or a second <Clause> came from the text.
    expect([...rendered.elements].sort()).toEqual(['article.clause', 'div.clause-meta', 'div.clause-text', 'h2.section-heading', 'p', 'span.department-tag', 'strong.clause-lead']);
    expect(rendered.html).not.toMatch(/<(script|img|Clause)\b/u);
    expect(rendered.html).toContain('&#x3C;script>alert(1)&#x3C;/script>');
  });

  test('MDX the ingest never writes stops the reader at its file and line', () => {
    const mdx = documentMdx(result).get('jiangsu-3yr-plan')!;
    const errorOf = (text: string) => { try { parseMdx(text); return ''; } catch (error) { return (error as Error).message; } };
    // An unescaped expression, an import and a raw component, as a hand edit or a broken ingest would leave them.
    const edits: Array<[string, RegExp]> = [
      ['{alert(1)}', /^test\.mdx:(\d+): unexpected MDX node mdxFlowExpression/u],
      ['import x from "y"', /^test\.mdx:(\d+): unexpected MDX node mdxjsEsm/u],
      ['<Script src="x" />', /^test\.mdx:(\d+): unknown component <Script>/u],
      ['<Citation to={evil}>《方案》</Citation>', /^test\.mdx:(\d+): <Citation> has an attribute that is not a plain string/u],
      ['<Clause clause="jiangsu-3yr-plan/c9">', /^test\.mdx:(\d+): MDX does not parse: \d+:\d+: Expected a closing tag for `<Clause>`/u],
    ];
    for (const [line, message] of edits) {
      const edited = mdx.replace('\n<SectionHeading id="s2"', `\n${line}\n\n<SectionHeading id="s2"`);
      const error = errorOf(edited);
      expect(error, line).toMatch(message);
      // The line named is the line edited in.
      expect(edited.split('\n')[Number(message.exec(error)![1]) - 1], line).toBe(line);
    }
  });
});

describe('text the MDX compiler itself could rewrite', () => {
  // Straight quotes, double hyphens, three dots and bare URLs: with Astro's default `smartypants` and
  // `gfm`, the page would show “curly” quotes, en dashes, an ellipsis and a link the source never had
  // (this test found that; the site's MDX reader turns both off, MDX_FEATURES in src/lib/mdx-reader.ts).
  const start = '1.推动基础研究强基。';
  const fragment = '引用"原文"与\'单引号\'--破折号...省略及www.example.com和https://example.org/x';
  const source = withLine(lines, 20, start, (text) => text.replace(start, start + fragment));
  const result = ingestBytes(plan, bytesOf(source.join('\n')));

  test('the clause text keeps them as written', () => {
    expect(result.clauses.find((c) => c.id === 'jiangsu-3yr-plan/c1')!.text).toContain(start + fragment);
  });

  test('the page renders them as written (GFM and smart punctuation are off for the site MDX)', async () => {
    expect(MDX_FEATURES).toMatchObject({ gfm: false, smartPunctuation: false });
    expect(await mdxViolations(result)).toEqual([]);
  });
});

describe('control characters', () => {
  // BEL, ESC, VT, FF, DEL and C1 (U+0085, U+009B) inside two real clauses; a tab is kept as layout.
  const source = withLine(
    withLine(lines, 20, '1.推动基础研究强基。', (text) => text.replace('推动基础研究强基。', '推动\u0007基础\u001b研究\u000b强基\u000c。')),
    21,
    '2.强化未来技术攻关。',
    (text) => text.replace('强化未来技术攻关。', '强化\u007f未来\u0085技术\u009b攻关。'),
  );
  const result = ingestBytes(plan, bytesOf(source.join('\n')));

  test('are removed from the clause text, which otherwise stays whole', () => {
    expect(result.clauses.find((c) => c.id === 'jiangsu-3yr-plan/c1')!.text.startsWith('1.推动基础研究强基。坚持战略导向')).toBe(true);
    expect(result.clauses.find((c) => c.id === 'jiangsu-3yr-plan/c2')!.heading).toBe('强化未来技术攻关');
  });

  test('are counted per source in the report, and noted per line', () => {
    expect(result.ledger.controlCharactersRemoved).toBe(7);
    expect(result.ledger.repairs.filter((r) => r.kind === 'control')).toEqual([
      { kind: 'control', line: 20, note: '删除了4个控制字符' },
      { kind: 'control', line: 21, note: '删除了3个控制字符' },
    ]);
  });

  test('the real sources have none', () => {
    expect(ingestBytes(plan, bytesOf(lines.join('\n'))).ledger.controlCharactersRemoved).toBe(0);
  });
});

describe('a paragraph a spreadsheet would run as a formula', () => {
  // A line that Excel reads as a formula when a cell starts with it, placed between clauses 4 and 5.
  const formula = '=HYPERLINK("http://example.com/claim","claim")';
  const source = withLine(lines, 24, '二、', (text) => text);
  const bytes = bytesOf([...source.slice(0, 24), formula, ...source.slice(24)].join('\n'));
  const vocab = loadVocab('content/vocab');
  const result = ingestBytes(plan, bytes);
  const layer = annotateCorpus(result.documents, result.clauses, vocab);
  const rows = parse(clausesCsv(vocab, layer).replace(/^\uFEFF/u, ''), { columns: true }) as Array<Record<string, string>>;

  test('the clause keeps the line as written; its clauses.csv cell starts with an apostrophe, so it stays text', () => {
    const clause = layer.clauses.find((c) => c.source.startLine === 25)!;
    expect(clause.text).toBe(formula);
    expect(rows.find((r) => r.id === clause.id)!.text).toBe(`'${formula}`);
  });

  test('no other cell changes: every other row reads back as its clause', () => {
    const others = rows.filter((r) => !r.text!.startsWith("'"));
    expect(others.length).toBe(layer.clauses.length - 1);
    for (const row of others) expect(row.text).toBe(layer.clauses.find((c) => c.id === row.id)!.text);
  });
});
