// A run of clause text the reader wraps (a correction the site made): where it crosses an element the MDX already
// made (a target's mark), each piece is wrapped, and the clause's text is unchanged.
import type { Element } from 'hast';
import { h } from 'hastscript';
import { expect, test } from 'vitest';
import { mdxToReaderTree, type ReaderData } from '../../src/lib/mdx-reader.ts';
import { findAll, textOf } from '../helpers/hast.ts';

// The 5个100 plan's goal (line 19), as the ingest writes it: the target 100项标准规范 is a component.
const mdx = '<Clause clause="plan/g2">\n<ClauseLead>——形成<Target id="plan/g2/t1">100项标准规范</Target>。</ClauseLead>支撑未来产业发展的标准体系逐步完善\n</Clause>\n';
const text = '——形成100项标准规范。支撑未来产业发展的标准体系逐步完善';

const render = (start: number, end: number) => {
  const data: ReaderData = {
    clauseMeta: () => [],
    targetTitle: () => undefined,
    clauseMarks: () => [{ start, end, wrap: (children) => h('ins.corrected', children) }],
  };
  const tree = mdxToReaderTree(mdx, 'test.mdx', data);
  const clause = findAll(tree, (e) => e.tagName === 'article')[0]!;
  return { clause, pieces: findAll(clause, (e: Element) => e.tagName === 'ins').map(textOf) };
};

test('a run inside one text node is one element; the text is the same', () => {
  const { clause, pieces } = render(text.indexOf('标准体系'), text.indexOf('标准体系') + 4);
  expect(pieces).toEqual(['标准体系']);
  expect(textOf(findAll(clause, (e) => e.properties.className?.toString().includes('clause-text') ?? false)[0]!)).toBe(text);
});

test('a run that crosses the target’s mark and the lead is wrapped piece by piece, inside each', () => {
  const start = text.indexOf('形成');
  const { clause, pieces } = render(start, text.indexOf('项') + 1);
  expect(pieces).toEqual(['形成', '100项']);
  // The second piece sits inside the target's mark, which keeps the rest of its text.
  const mark = findAll(clause, (e) => e.tagName === 'mark')[0]!;
  expect(textOf(mark)).toBe('100项标准规范');
  expect(findAll(mark, (e) => e.tagName === 'ins').map(textOf)).toEqual(['100项']);
});

test('an empty run wraps nothing', () => {
  expect(render(5, 5).pieces).toEqual([]);
});
