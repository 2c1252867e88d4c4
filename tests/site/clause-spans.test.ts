// Marking targets, terms and the department note in real clause text.
import { describe, expect, test } from 'vitest';
import { clauseById, clauses, measures, sectorsFile, targetById, targetsByClause } from '../../src/lib/atlas.ts';
import { clauseSpans, excerptSpans, headingEnd, tagWordsOf, type ClauseExcerpt } from '../../src/lib/clause-spans.ts';
import { measureWords } from '../../src/lib/measure-page.ts';
import { sectorPage } from '../../src/lib/sector-page.ts';

const c3 = clauseById.get('jiangsu-3yr-plan/c3')!;

describe('clauseSpans', () => {
  test('Jiangsu c3: the runs give back the text exactly, with its two targets marked', () => {
    const spans = clauseSpans(c3, targetsByClause.get(c3.id) ?? []);
    expect(spans.map((s) => s.text).join('')).toBe(c3.text);
    expect(spans.filter((s) => s.kind === 'target').map((s) => s.text)).toEqual(['20个概念验证中心、中小试基地', '100个未来产业科创园区']);
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

  test('a term is not marked inside another tag’s longer word: 成果转化’s 产权交易 in Jiangsu c3, not inside 知识产权交易', () => {
    const words = measureWords('tech-transfer', c3);
    expect(words).toContain('产权交易');
    const spans = clauseSpans(c3, [], words, tagWordsOf(c3, 'measures'));
    expect(spans.map((s) => s.text).join('')).toBe(c3.text);
    // 知识产权交易运营平台 is where the tagger read 知识产权; 技术产权交易市场 and 科技成果产权交易中心 are 产权交易's.
    const inside = c3.text.indexOf('知识产权交易运营平台') + 2;
    expect(inside).toBeGreaterThan(1);
    const kinds = spans.flatMap((span) => Array.from({ length: span.text.length }, () => span.kind));
    expect(kinds[inside]).toBe('plain');
    expect(kinds[c3.text.indexOf('技术产权交易市场') + 2]).toBe('term');
    expect(kinds[c3.text.indexOf('科技成果产权交易中心') + 4]).toBe('term');
    // Without the other tags' words, every occurrence was marked.
    const naive = clauseSpans(c3, [], words).flatMap((span) => Array.from({ length: span.text.length }, () => span.kind));
    expect(naive[inside]).toBe('term');
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

/** The card's excerpt of a clause, as ClauseCard computes it. */
const excerptOf = (id: string, terms: string[] = []) => {
  const clause = clauseById.get(id)!;
  return excerptSpans(clauseSpans(clause, targetsByClause.get(id) ?? [], terms, tagWordsOf(clause, 'sectors')), terms, 90, headingEnd(clause));
};
const joined = (e: ClauseExcerpt) => e.spans.map((s) => s.text).join('');

describe('excerptSpans', () => {
  const quantum = sectorPage(sectorsFile.sectors.find((s) => s.id === 'quantum')!).terms;

  test('Jiangsu p3 (the 10+X line, 243 characters): the window is centred on 量子科技, cut on both sides, the term still bold', () => {
    const text = clauseById.get('jiangsu-3yr-plan/p3')!.text;
    const e = excerptOf('jiangsu-3yr-plan/p3', quantum);
    expect(e.cutStart && e.cutEnd).toBe(true);
    expect(joined(e)).toBe(text.slice(e.start, e.end));
    expect(e.spans.filter((s) => s.kind === 'term').map((s) => s.text)).toEqual(['量子科技']);
    const at = joined(e).indexOf('量子科技');
    // Centred: the term sits in the middle third of the window.
    expect(at).toBeGreaterThan(joined(e).length / 3 - 4);
    expect(at).toBeLessThan((joined(e).length * 2) / 3);
    // The window starts a phrase, just after a punctuation mark of the source.
    expect(text[e.start - 1]).toMatch(/[。；，：、！？]/u);
  });

  test('Jiangsu c3 without terms: from the start, after the printed 3.加速创新成果转化。 the card shows as its title', () => {
    const c3 = clauseById.get('jiangsu-3yr-plan/c3')!;
    expect(headingEnd(c3)).toBe('3.加速创新成果转化。'.length);
    const e = excerptOf(c3.id);
    expect(e.start).toBe(headingEnd(c3));
    // Text skipped because the title shows it is not a cut: no ellipsis before.
    expect(e.cutStart).toBe(false);
    expect(e.cutEnd).toBe(true);
    expect(joined(e).startsWith('实施未来产业孵化与加速计划')).toBe(true);
    expect(e.spans.filter((s) => s.kind === 'target').map((s) => s.text)).toEqual(['20个概念验证中心、中小试基地']);
  });

  test('a clause with at most 90 characters after its heading is left whole', () => {
    const short = clauses.find((c) => c.text.length - headingEnd(c) <= 90)!;
    const e = excerptOf(short.id);
    expect(e.cutStart || e.cutEnd).toBe(false);
    expect(joined(e)).toBe(short.text.slice(headingEnd(short)));
  });

  test('a term inside a target keeps the target whole and in view: 十大科创城 in Jiangxi 三是, term 科创城', () => {
    const e = excerptOf('jiangxi-six-actions-interpretation/s3-p4-e3', ['科创城']);
    const target = e.spans.find((s) => s.kind === 'target' && s.text.includes('科创城'));
    expect(target).toBeDefined();
  });

  // Every real clause, with the words of each sector and measure it is tagged with: the excerpt is a cut of the text,
  // whole marks only, about 90 characters, and shows the first marked word.
  test('every clause and tag: a cut of the text (never altered), marks kept whole, the first marked word in view', () => {
    const sectorTerms = new Map(sectorsFile.sectors.map((s) => [s.id, sectorPage(s).terms]));
    let checked = 0;
    for (const clause of clauses) {
      const tagTerms = [
        [] as string[],
        ...clause.sectors.map((id) => sectorTerms.get(id)!),
        ...clause.measures.filter((id) => measures.some((m) => m.id === id)).map((id) => measureWords(id, clause)),
      ];
      for (const terms of tagTerms) {
        const targets = targetsByClause.get(clause.id) ?? [];
        const spans = clauseSpans(clause, targets, terms);
        const e = excerptSpans(spans, terms, 90, headingEnd(clause));
        expect(joined(e)).toBe(clause.text.slice(e.start, e.end));
        expect(e.cutStart).toBe(e.start > headingEnd(clause));
        expect(e.cutEnd).toBe(e.end < clause.text.length);
        expect(e.end - e.start).toBeLessThanOrEqual(90 + 24);
        // A target mark in the excerpt is the whole target; every mark is a whole mark of the full card (overlapping
        // terms such as 重大项目 and 项目遴选 make one run), only plain runs at the edges are pieces.
        for (const s of e.spans.filter((x) => x.kind === 'target')) expect(s.text).toBe(clause.text.slice(targetById.get(s.targetId!)!.start, targetById.get(s.targetId!)!.end));
        const full = spans.map((x) => `${x.kind}:${x.text}`);
        e.spans.forEach((s, i) => {
          if (s.kind !== 'plain' || (i > 0 && i < e.spans.length - 1)) expect(full).toContain(`${s.kind}:${s.text}`);
        });
        const firstTerm = spans.find((x) => x.kind === 'term');
        const afterHeading = clause.text.slice(headingEnd(clause));
        if (firstTerm && afterHeading.includes(firstTerm.text) && e.cutStart) expect(e.spans.some((x) => x.kind === 'term' || (x.kind === 'target' && terms.some((t) => x.text.includes(t))))).toBe(true);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(clauses.length);
  });
});
