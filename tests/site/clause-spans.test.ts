// Marking targets, terms and the department note in real clause text.
import { describe, expect, test } from 'vitest';
import { clauseById, targetsByClause } from '../../src/lib/atlas.ts';
import { clauseSpans } from '../../src/lib/clause-spans.ts';

const c3 = clauseById.get('jiangsu-3yr-plan/c3')!;

describe('clauseSpans', () => {
  test('Jiangsu c3: the runs give back the text exactly, with its two targets marked', () => {
    const spans = clauseSpans(c3, targetsByClause.get(c3.id) ?? []);
    expect(spans.map((s) => s.text).join('')).toBe(c3.text);
    expect(spans.filter((s) => s.kind === 'target').map((s) => s.text)).toEqual(['20个概念验证中心', '100个未来产业科创园区']);
    const dept = spans.find((s) => s.kind === 'dept')!;
    expect(dept.text).toBe('（省科技厅、省工业和信息化厅、省教育厅、省知识产权局、省产业技术研究院等按职责分工负责）');
  });

  test('a term is marked in the body but not inside the department note (省知识产权局 names a department, not the instrument)', () => {
    const spans = clauseSpans(c3, [], ['知识产权']);
    const terms = spans.filter((s) => s.kind === 'term');
    // The body says 省重点产业知识产权运营中心、知识产权交易运营平台: two marks; the note's 省知识产权局 is not one.
    expect(terms.map((s) => s.text)).toEqual(['知识产权', '知识产权']);
    expect(spans.find((s) => s.kind === 'dept')!.text).toContain('省知识产权局');
  });

  test('a longer term wins over a shorter one inside it: Jiangsu 10+X line, 类人机器人 is marked whole, not as 机器人', () => {
    const p3 = clauseById.get('jiangsu-3yr-plan/p3')!;
    const spans = clauseSpans(p3, [], ['机器人', '类人机器人']);
    expect(spans.filter((s) => s.kind === 'term').map((s) => s.text)).toEqual(['类人机器人']);
    expect(spans[spans.findIndex((s) => s.kind === 'term') - 1]!.text.endsWith('深海深地空天、')).toBe(true);
  });

  test('a target inside a highlighted term stays a target: 10个科创城 in Jiangxi with the term 科创城', () => {
    const clause = clauseById.get('jiangxi-six-actions-interpretation/s3-p4-e3')!;
    const spans = clauseSpans(clause, targetsByClause.get(clause.id) ?? [], ['科创城']);
    // The target's span is the written 十大科创城; the term inside it does not split it.
    const target = spans.find((s) => s.kind === 'target')!;
    expect(clause.text).toContain(target.text);
    expect(target.text).toContain('科创城');
    expect(spans.filter((s) => s.kind === 'term')).toEqual([]);
  });
});
