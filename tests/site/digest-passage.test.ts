// The page of a document the site knows only because a digest names it shows what that digest says about it: the
// paragraphs of the province section that opens by naming it (src/lib/digest-passage.ts), as the digest's words.
// The expected lines are read off content/sources/provinces-pilot-zone-roundup-2024.txt, not from the rule.
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import type { Element, Root } from 'hast';
import { htmlToHast } from 'satteri';
import { readDistPage } from './dist.ts';
import { classesOf, findAll, textOf } from '../helpers/hast.ts';
import { clauseById, documents, hrefOf } from '../../src/lib/atlas.ts';
import { digestPassageAbout } from '../../src/lib/digest-passage.ts';

const ROUNDUP = 'provinces-pilot-zone-roundup-2024.txt';
const rawLines = readFileSync(`content/sources/${ROUNDUP}`, 'utf8').split('\n');
const pageOf = (id: string) => htmlToHast(readDistPage(`/documents/${id}/`)) as Root;
const passageOf = (page: Root) => findAll(page, (e) => e.tagName === 'section' && classesOf(e).includes('digest-passage'))[0];
const cardsOf = (section: Element) => findAll(section, (e) => classesOf(e).includes('clause-card'));

/** Each 仅见引用 document the roundup opens a province section with, and the raw lines of that section. */
const EXPECTED: Record<string, { section: string; lines: number[] }> = {
  // 21 names the 通知; 22 its targets, 23 its conditions and tasks, 24 the application it sets, 25 the 委's support.
  'chongqing-pilot-zone-notice-2024': { section: '重庆市', lines: [21, 22, 23, 24, 25] },
  // 27 names the 决定; 28 该《决定》提出 its fields, 29 the pilot zones it supports.
  'anhui-future-industries-decision-2024': { section: '安徽省', lines: [27, 28, 29] },
  // 31 names the 行动方案; 32 该行动方案 its layout, 33–40 the cities of that layout.
  'guangdong-future-industries-action-plan-2024': { section: '广东省', lines: [31, 32, 33, 34, 35, 36, 37, 38, 39, 40] },
  // 42 names the 清单; 43 the fields it covers, 44 examples of its pilots.
  'jiangsu-pilot-cluster-list-2024': { section: '江苏省', lines: [42, 43, 44] },
  // 46 names the 行动方案; 47 该《行动方案》明确, 48 《行动方案》提出.
  'gansu-future-industries-action-plan-2024': { section: '甘肃省', lines: [46, 47, 48] },
  // 50 names the 实施方案; 51 根据该方案, 52 该方案提出.
  'hubei-future-industries-implementation-plan-2024': { section: '湖北省', lines: [50, 51, 52] },
};

describe('what a digest says about a document it names', () => {
  test('the Chongqing notice page lists roundup lines 21–25, labelled as the roundup\'s words, each with its source line and its place in the roundup', () => {
    const section = passageOf(pageOf('chongqing-pilot-zone-notice-2024'))!;
    expect(section).toBeDefined();
    expect(textOf(findAll(section, (e) => e.tagName === 'h2')[0]!)).toBe('先导区新闻综述对本文件的介绍（综述原文，不是本文件全文）');
    expect(textOf(findAll(section, (e) => e.tagName === 'p')[0]!)).toBe('综述按省分节，“重庆市”一节以点名本文件的一段开头，以下是这一节的全部5段。');
    const cards = cardsOf(section);
    expect(cards.map((card) => card.properties.dataClause)).toEqual([1, 2, 3, 4, 5].map((n) => `pilot-zones-roundup-2024/chongqing-p${n}`));
    cards.forEach((card, i) => {
      const line = 21 + i;
      const clause = clauseById.get(String(card.properties.dataClause))!;
      expect(clause.source).toMatchObject({ file: ROUNDUP, startLine: line, endLine: line });
      expect(textOf(findAll(card, (e) => classesOf(e).includes('clause-body'))[0]!)).toBe(clause.text);
      const hrefs = findAll(card, (e) => e.tagName === 'a').map((a) => [String(a.properties.href), textOf(a)]);
      expect(hrefs).toContainEqual([`/sources/provinces-pilot-zone-roundup-2024/#L${line}`, `原始文本第${line}行`]);
      expect(hrefs).toContainEqual([`/documents/pilot-zones-roundup-2024/#chongqing-p${i + 1}`, '在文件中阅读']);
      expect(hrefs).toContainEqual([`/documents/pilot-zones-roundup-2024/#chongqing-p${i + 1}`, `重庆市 · 原文第${line}行`]);
    });
    // What each card is about, in the roundup's words: it names the 通知, its targets, 《通知》's conditions, the 申报 it sets, 资金.
    const texts = cards.map((card) => clauseById.get(String(card.properties.dataClause))!.text);
    ['《关于开展未来产业先导区建设工作的通知》', '打造8-10个特色鲜明的市级未来产业先导区', '《通知》明确了四个方面的基本条件', '填写《重庆市未来产业先导区建设申报书》', '在项目、技术、资金等方面给予支持']
      .forEach((words, i) => expect(texts[i]).toContain(words));
    // The cards' 提及 chips are explained in the sidebar, as on a reader page.
    const page = pageOf('chongqing-pilot-zone-notice-2024');
    const aside = findAll(page, (e) => e.tagName === 'aside')[0]!;
    expect(textOf(aside)).toContain('提及条款正文（责任括注之外）写到的部门');
    expect(rawLines[21 - 1]).toMatch(/^10月11日/u);
    expect(rawLines[26 - 1]).toBe('安徽省');
  });

  test('every 仅见引用 document gets exactly the lines of the section its digest opens with it, and no other does', () => {
    const got = Object.fromEntries(documents.filter((d) => d.kind === 'referenced').flatMap((d) => {
      const passage = digestPassageAbout(d);
      return passage ? [[d.id, { section: passage.section, lines: passage.clauses.map((c) => c.source.startLine) }]] : [];
    }));
    expect(got).toEqual(EXPECTED);
    for (const document of documents.filter((d) => d.kind === 'referenced')) {
      const section = passageOf(pageOf(document.id));
      const expected = EXPECTED[document.id];
      expect(section === undefined, document.id).toBe(expected === undefined);
      if (section && expected) {
        expect(cardsOf(section).map((card) => clauseById.get(String(card.properties.dataClause))!.source.startLine), document.id).toEqual(expected.lines);
        expect(textOf(section), document.id).toContain(`“${expected.section}”一节以点名本文件的一段开头，以下是这一节的全部${expected.lines.length}段。`);
      }
    }
  });

  test('a document named mid-section, in a preamble or beside other titles gets no passage: the 申报书, the Anhui list, a plan\'s and a 解读\'s citations', () => {
    for (const id of ['chongqing-pilot-zone-application-form', 'anhui-pilot-zone-list-2024', 'jiangsu-future-industries-guiding-opinions', 'jiangxi-sci-tech-plan-2022-2035']) {
      const page = pageOf(id);
      expect(passageOf(page), id).toBeUndefined();
      // Still told where the site learnt of it.
      expect(textOf(page), id).toContain('本站未收录此文件全文，是从下列文本得知它的：');
    }
  });

  test('a held document\'s page is unchanged: its own text, no digest passage', () => {
    for (const id of ['pilot-zones-roundup-2024', 'jiangsu-3yr-plan']) {
      const page = pageOf(id);
      expect(passageOf(page), id).toBeUndefined();
      expect(findAll(page, (e) => classesOf(e).includes('clause-card')), id).toEqual([]);
      expect(textOf(page), id).not.toContain('本站未收录此文件全文');
    }
    // The roundup's own reader still holds the Chongqing paragraphs, where the cards link.
    const reader = findAll(pageOf('pilot-zones-roundup-2024'), (e) => e.tagName === 'article' && classesOf(e).includes('clause'));
    expect(reader.map((a) => a.properties.dataClause)).toContain('pilot-zones-roundup-2024/chongqing-p5');
    expect(hrefOf('pilot-zones-roundup-2024/chongqing-p5')).toBe('/documents/pilot-zones-roundup-2024/#chongqing-p5');
  });
});
