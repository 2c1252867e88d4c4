// The built reader pages against the open data: every clause's text, every heading and every
// provenance link, read back from the HTML with an HTML parser (Sätteri's htmlToHast, the parser the
// reader itself is built on). The reader renders the ingest's MDX (src/lib/mdx-reader.ts); this is
// what proves that nothing between the MDX and the page loses, alters or reorders a word.
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test, vi } from 'vitest';
import type { Element, Root } from 'hast';
import { htmlToHast } from 'satteri';
import { distDir, readDistPage } from './dist.ts';
import { measurePageWeights } from '../../bench/lib/page-weight.ts';
import { classesOf, findAll, textOf } from '../helpers/hast.ts';
import { clauseById, clausesByDocument, documents, hrefOf, links, measureById, otherStatementsOf, targetAction, targetAmount, targetHedge, targets } from '../../src/lib/atlas.ts';
import { PROVINCE_NAME, RELATED_NOTE } from '../../src/lib/labels.ts';
import { REJOIN_LABEL, rejoinMarkStart } from '../../src/lib/reader.ts';

const withText = documents.filter((d) => (clausesByDocument.get(d.id)?.length ?? 0) > 0);

describe('the reader of every document with text', () => {
  const pages = new Map(withText.map((d) => [d.id, htmlToHast(readDistPage(`/documents/${d.id}/`)) as Root]));
  const readerOf = (id: string) => findAll(pages.get(id)!, (e) => e.tagName === 'article' && classesOf(e).includes('document'))[0]!;

  test('the documents with clauses are exactly those the ingest wrote MDX for', () => {
    const mdx = readdirSync(process.env.ATLAS_MDX_DIR || 'content/documents').filter((f) => f.endsWith('.mdx')).map((f) => f.slice(0, -4));
    expect(withText.map((d) => d.id).sort()).toEqual(mdx.sort());
    expect(withText.length).toBeGreaterThan(0);
  });

  test('shows each clause once, in order, with exactly its text', () => {
    for (const document of withText) {
      const articles = findAll(readerOf(document.id), (e) => e.tagName === 'article' && classesOf(e).includes('clause'));
      const clauses = clausesByDocument.get(document.id)!;
      expect(articles.map((a) => a.properties.dataClause), document.id).toEqual(clauses.map((c) => c.id));
      articles.forEach((article, i) => {
        const text = findAll(article, (e) => classesOf(e).includes('clause-text'))[0]!;
        expect(textOf(text), clauses[i]!.id).toBe(clauses[i]!.text);
      });
    }
  });

  test('shows each section heading as printed, with its anchor', () => {
    for (const document of withText) {
      const headings = findAll(readerOf(document.id), (e) => classesOf(e).includes('section-heading'));
      expect(headings.map((h) => [h.tagName, h.properties.id, textOf(h)]), document.id).toEqual(
        document.sections.map((s) => [s.level === 1 ? 'h2' : 'h3', s.id, s.marker + s.title]),
      );
    }
  });

  /** @returns each section heading's id → the hrefs of the link lines right under it */
  const sectionLinksOf = (id: string) => {
    const sectionLinks = new Map<string, string[]>();
    const children = readerOf(id).children.filter((c): c is Element => c.type === 'element');
    children.forEach((child, i) => {
      if (!classesOf(child).includes('section-heading')) return;
      const after: string[] = [];
      for (let j = i + 1; j < children.length && classesOf(children[j]!).includes('section-link'); j++) {
        after.push(...findAll(children[j]!, (e) => e.tagName === 'a').map((a) => String(a.properties.href)));
      }
      if (after.length) sectionLinks.set(String(child.properties.id), after);
    });
    return Object.fromEntries(sectionLinks);
  };

  test('under a plan section a 解读 explains, the heading links to that 解读 paragraph or chapter: the link goes both ways', () => {
    // 一、思路目标 to 三、保障措施, each explained by the 解读's chapter 《行动方案》思路目标 …; （一）–（五）, each by its 一是–五是.
    expect(sectionLinksOf('jiangsu-5x100-plan')).toEqual({
      s1: ['/documents/jiangsu-5x100-interpretation/#s2'],
      s2: ['/documents/jiangsu-5x100-interpretation/#s3'],
      s3: ['/documents/jiangsu-5x100-interpretation/#s4'],
      's2.1': ['/documents/jiangsu-5x100-interpretation/#s3-e1'],
      's2.2': ['/documents/jiangsu-5x100-interpretation/#s3-e5'],
      's2.3': ['/documents/jiangsu-5x100-interpretation/#s3-e4'],
      's2.4': ['/documents/jiangsu-5x100-interpretation/#s3-e2'],
      's2.5': ['/documents/jiangsu-5x100-interpretation/#s3-e3'],
    });
    // The 解读's chapters point back; 一、《行动方案》起草背景 has no counterpart in the plan.
    expect(sectionLinksOf('jiangsu-5x100-interpretation')).toEqual({
      s2: ['/documents/jiangsu-5x100-plan/#s1'],
      s3: ['/documents/jiangsu-5x100-plan/#s2'],
      s4: ['/documents/jiangsu-5x100-plan/#s3'],
    });
  });

  test('every target is said in words under its clause or heading, not only in the marks\' tooltips (which a phone never shows)', () => {
    let said = 0;
    for (const document of withText) {
      const root = readerOf(document.id);
      const lines = findAll(root, (e) => classesOf(e).includes('targets-line')).map(textOf).join('\n');
      for (const t of targets.filter((x) => x.documentId === document.id)) {
        expect(lines, t.id).toContain(`${targetHedge(t)}${targetAction(t)}${targetAmount(t)}`);
        said += 1;
      }
      // Each mark in the text, the heading's included, is a target of this document.
      const marks = findAll(root, (e) => e.tagName === 'mark' && classesOf(e).includes('target'));
      expect(marks.length, document.id).toBe(targets.filter((x) => x.documentId === document.id).length);
    }
    expect(said).toBe(targets.length);
    // （一）着力推进100项重大前沿技术攻关: the heading's own target is marked and said.
    const heading = findAll(readerOf('jiangsu-5x100-plan'), (e) => e.properties.id === 's2.1')[0]!;
    expect(findAll(heading, (e) => e.tagName === 'mark').map(textOf)).toEqual(['100项重大前沿技术攻关']);
  });

  test('each run the site corrected is marked where it stands, with what the source printed; the text stays the clause’s own', () => {
    const errata = withText.flatMap((d) => clausesByDocument.get(d.id)!.flatMap((c) => c.repairs.filter((r) => r.kind === 'erratum').map((r) => ({ clause: c, r }))));
    // 深海空间 (roundup line 35), and the three lost + of the Jiangxi 解读 (lines 29, 43, 45).
    expect(errata.length).toBe(4);
    for (const { clause, r } of errata) {
      const article = findAll(readerOf(clause.documentId), (e) => e.tagName === 'article' && e.properties.dataClause === clause.id)[0]!;
      const marked = findAll(article, (e) => e.tagName === 'ins' && classesOf(e).includes('corrected'));
      expect(marked.map(textOf), clause.id).toEqual([r.shown ?? r.correction]);
      expect(marked[0]!.properties.title).toBe(`本站更正：第${r.line}行原文作“${r.original}”`);
      expect(clause.text.slice(r.span!.start, r.span!.end)).toBe(textOf(marked[0]!));
    }
  });

  test('each sentence the site joined across a page break is marked at the join, and its note says where (5个100 plan, seven joins)', () => {
    const joins = withText.flatMap((d) => clausesByDocument.get(d.id)!.flatMap((c) => c.repairs.filter((r) => r.kind === 'rejoin').map((r) => ({ clause: c, r }))));
    expect(joins.map(({ r }) => r.line)).toEqual([15, 37, 45, 55, 63, 69, 77]);
    for (const { clause, r } of joins) {
      const article = findAll(readerOf(clause.documentId), (e) => e.tagName === 'article' && e.properties.dataClause === clause.id)[0]!;
      const marked = findAll(article, (e) => classesOf(e).includes('rejoined'));
      // The last character of the first page: 第43行 ends 合成生物、 and 第45行 goes on 深海深地空天.
      expect(marked.map(textOf), clause.id).toEqual([clause.text[r.span!.start - 1]]);
      expect(marked[0]!.properties.title).toBe(`${r.note}。`);
      expect(textOf(article)).toContain(`编辑说明（第${r.line}行）：${r.note}，接合处在正文中标为“${REJOIN_LABEL}”。`);
    }
    const c5 = joins.find(({ clause }) => clause.id === 'jiangsu-5x100-plan/c5')!;
    expect(c5.clause.text.slice(c5.r.span!.start - 5, c5.r.span!.start + 4)).toBe('合成生物、深海深地');
    // The page's stylesheet is what shows the label; a copy of the text leaves it out.
    expect(readDistPage('/documents/jiangsu-5x100-plan/')).toMatch(new RegExp(`\\.rejoined:{1,2}after\\{content:"${REJOIN_LABEL}"`));
  });

  test('the clause a truncated source breaks off in says so under it and where its text stops, not only in the document’s head', () => {
    const truncated = withText.filter((d) => d.truncated);
    expect(truncated.map((d) => d.id)).toEqual(['jiangsu-5x100-plan']);
    const last = clausesByDocument.get('jiangsu-5x100-plan')!.at(-1)!;
    expect(last.text.endsWith('推动南京科创圈、')).toBe(true);
    const article = findAll(readerOf('jiangsu-5x100-plan'), (e) => e.tagName === 'article' && e.properties.dataClause === last.id)[0]!;
    expect(findAll(article, (e) => classesOf(e).includes('breaks-off')).map(textOf)).toEqual(['、']);
    expect(textOf(article)).toContain(`编辑说明（第${last.source.endLine}行）：原文在本条句子中途结束，之后的内容不在收录文本中。`);
    // The other clauses of the plan carry neither.
    const others = findAll(readerOf('jiangsu-5x100-plan'), (e) => e.tagName === 'article' && e.properties.dataClause !== last.id && classesOf(e).includes('clause'));
    expect(others.filter((a) => findAll(a, (e) => classesOf(e).includes('breaks-off')).length > 0)).toEqual([]);
  });

  test('a target’s words under its clause keep the verb that changes what it counts: 力争主导或参与制修订30项 国家标准 (5个100 plan line 41)', () => {
    const article = findAll(readerOf('jiangsu-5x100-plan'), (e) => e.tagName === 'article' && e.properties.dataClause === 'jiangsu-5x100-plan/c4')[0]!;
    const line = textOf(findAll(article, (e) => classesOf(e).includes('targets-line'))[0]!);
    for (const t of targets.filter((x) => x.clauseId === 'jiangsu-5x100-plan/c4')) {
      expect(t.actionChangesCount, t.id).toBe(true);
      expect(line).toContain(`${targetHedge(t)}${t.action}${targetAmount(t)} · ${t.subject}`);
    }
    expect(line).toContain('主导或参与制修订30项 · 国家标准');
  });

  test('a target stated again elsewhere links each other statement under its clause, both ways', () => {
    const sameTarget = links.filter((l) => l.type === 'same-target');
    expect(sameTarget.length).toBeGreaterThan(0);
    const targetLineLinks = (targetId: string) => {
      const target = targets.find((t) => t.id === targetId)!;
      const anchor = target.sectionId ?? target.clauseId!.split('/')[1]!;
      const holder = findAll(readerOf(target.documentId), (e) => e.properties.id === anchor)[0]!;
      // A clause holds its line; a heading's line follows the heading.
      const scope = holder.tagName === 'article' ? holder : readerOf(target.documentId);
      return findAll(scope, (e) => classesOf(e).includes('targets-line')).flatMap((line) => findAll(line, (e) => e.tagName === 'a').map((a) => String(a.properties.href)));
    };
    // Up to four are linked, its own document's first; a target stated more often links the compare page's row for the rest.
    const shown = (from: string, to: string) => {
      const others = otherStatementsOf(from);
      const target = targets.find((t) => t.id === from)!;
      const links = targetLineLinks(from);
      if (others.length <= 4) return links.includes(hrefOf(to));
      const rank = (t: (typeof others)[number]) => Number(t.documentId !== target.documentId);
      const linked = others.map((t, i) => ({ t, i })).sort((a, b) => rank(a.t) - rank(b.t) || a.i - b.i).slice(0, 4).map(({ t }) => t.id);
      return (linked.includes(to) ? links.includes(hrefOf(to)) : true) && links.includes(`/compare/#row-${target.category}`);
    };
    for (const link of sameTarget) {
      expect(shown(link.from, link.to), link.from).toBe(true);
      expect(shown(link.to, link.from), link.to).toBe(true);
    }
    // 100个 应用场景, stated five times over: four linked, then 等5处 and the compare row.
    const g3 = findAll(readerOf('jiangsu-5x100-plan'), (e) => e.properties.id === 's1-g3')[0]!;
    const g3Line = findAll(g3, (e) => classesOf(e).includes('targets-line'))[0]!;
    expect(textOf(g3Line)).toMatch(/等5处，全部见目标对比）$/u);
    expect(findAll(g3Line, (e) => e.tagName === 'a').map((a) => String(a.properties.href)).at(-1)).toBe('/compare/#row-application-scenarios');
    // 100项标准规范 of the 5个100 plan's goals, restated by the three-year plan's 100个未来产业标准规范 (clause 21).
    const g2 = findAll(readerOf('jiangsu-5x100-plan'), (e) => e.properties.id === 's1-g2')[0]!;
    expect(textOf(findAll(g2, (e) => classesOf(e).includes('targets-line'))[0]!)).toContain('（同一目标另见：（二）着力研制100项未来产业标准规范、三年行动方案 · 21.');
  });

  test('under the 100 standards, what they are made of; under clause 4, that its three counts are parts of that 100, not to be added', () => {
    const lines = (documentId: string) => findAll(readerOf(documentId), (e) => classesOf(e).includes('parts-line'));
    const standards = '其中：地方标准或行业标准60项、国家标准30项、国际标准10项左右（第41行），合计约100项。';
    const parks = '该任务下另列：100家左右…未来产业标杆孵化器、未来产业科技园建设试点10家左右（第73、77行），原文未说明与这一总数的关系，不宜直接相加。';
    const scenarios = '该任务下另列：20个左右…示范应用场景（第57行），原文未说明与这一总数的关系，不宜直接相加。';
    const firmsParts = '200家左右…骨干高企、300家左右依托前沿科技成果转化与产业化的创业企业、10家左右在未来产业领域具有生态主导力的领军企业';
    const firms = `该任务下另列：${firmsParts}（第61、63行），原文未说明与这一总数的关系，不宜直接相加。`;
    // In the 5个100 plan's order: the goals (lines 19-25), the task headings (39, 49, 59, 71), clause 8 (line 55, which
    // restates the 100 scenarios) and the clauses of the parts (41, 57, 61-63, 73, 77). Clause 10 prints the 100 示范企业
    // again beside all its parts: it gets the parts' line alone.
    expect(lines('jiangsu-5x100-plan').map(textOf)).toEqual([
      standards,
      scenarios,
      firms,
      parks,
      standards,
      '地方标准或行业标准60项、国家标准30项、国际标准10项左右：属“着力研制100项未来产业标准规范”（第39行）的一部分，不应与之相加。',
      scenarios,
      scenarios,
      '20个左右…示范应用场景：列于“着力开发100个前沿技术应用场景”（第49行）任务之下，原文未说明是否计入其数，不宜直接相加。',
      firms,
      `${firmsParts}：列于“着力培育100家未来科技创新示范企业”（第59行）任务之下，原文未说明是否计入其数，不宜直接相加。`,
      parks,
      '100家左右…未来产业标杆孵化器：列于“着力升级100家未来产业科创园区”（第71行）任务之下，原文未说明是否计入其数，不宜直接相加。',
      '未来产业科技园建设试点10家左右：列于“着力升级100家未来产业科创园区”（第71行）任务之下，原文未说明是否计入其数，不宜直接相加。',
    ]);
    // Clause 4's line is in its clause, under its targets, and links the heading of its whole.
    const clause4 = findAll(readerOf('jiangsu-5x100-plan'), (e) => e.tagName === 'article' && e.properties.dataClause === 'jiangsu-5x100-plan/c4')[0]!;
    const [partLine] = findAll(clause4, (e) => classesOf(e).includes('parts-line'));
    expect(findAll(partLine!, (e) => e.tagName === 'a').map((a) => [String(a.properties.href), textOf(a)])).toEqual([['/documents/jiangsu-5x100-plan/#s2.2', '“着力研制100项未来产业标准规范”']]);
    // The heading's line links each part to clause 4.
    const headingLine = lines('jiangsu-5x100-plan')[4]!;
    expect(findAll(headingLine, (e) => e.tagName === 'a').map((a) => String(a.properties.href))).toEqual(new Array(3).fill('/documents/jiangsu-5x100-plan/#c4'));
    // The three-year plan's 100个未来产业标准规范 (clause 21) is the same target: it names the parts, in the other text.
    const clause21 = findAll(readerOf('jiangsu-3yr-plan'), (e) => e.tagName === 'article' && e.properties.dataClause === 'jiangsu-3yr-plan/c21')[0]!;
    expect(findAll(clause21, (e) => classesOf(e).includes('parts-line')).map(textOf)).toEqual(['其中：地方标准或行业标准60项、国家标准30项、国际标准10项左右（“5个100”行动方案第41行），合计约100项。']);
    // Only these wholes and parts carry such a line.
    const holders = withText.flatMap((d) => clausesByDocument.get(d.id)!).filter((c) => c.targets.some((id) => {
      const t = targets.find((x) => x.id === id)!;
      return t.partOf !== null || otherStatementsOf(id).concat(t).some((x) => x.parts.length > 0);
    })).map((c) => c.id);
    const withLine = withText.flatMap((d) => findAll(readerOf(d.id), (e) => e.tagName === 'article' && findAll(e, (x) => classesOf(x).includes('parts-line')).length > 0).map((a) => String(a.properties.dataClause)));
    expect(withLine.sort()).toEqual(holders.sort());
  });

  test('each sector and measure chip says which words of the clause gave it: 11. 推进未来企业链式融通发展 → 招商引资 by 招商', () => {
    const article = findAll(readerOf('jiangsu-5x100-plan'), (e) => e.tagName === 'article' && e.properties.dataClause === 'jiangsu-5x100-plan/c11')[0]!;
    const chip = findAll(article, (e) => e.tagName === 'a' && String(e.properties.href) === '/measures/investment-attraction/')[0]!;
    expect(chip.properties.title).toBe('依据原文：“招商”');
    for (const document of withText) {
      for (const a of findAll(readerOf(document.id), (e) => e.tagName === 'a' && (classesOf(e).includes('sector') || classesOf(e).includes('measure')) && classesOf(e).includes('chip'))) {
        expect(String(a.properties.title), String(a.properties.href)).toMatch(/^依据原文：“.+”$/u);
      }
    }
  });

  const metaText = (id: string) => {
    const article = findAll(readerOf(id.split('/')[0]!), (e) => e.tagName === 'article' && e.properties.dataClause === id)[0]!;
    return findAll(article, (e) => classesOf(e).includes('link-line')).map(textOf);
  };

  test('a 解读 task whose part of the plan lies past the plan\'s truncated end says so, and names the chapter', () => {
    // 四、保障措施: 一是、二是 match the plan's 1. and 2.; the plan stops mid-sentence in 2. (line 85), so 三是、四是 cannot match.
    expect(metaText('jiangsu-5x100-interpretation/s4-e2')[0]).toBe('解读对象：加快科技创新引领未来产业发展“5个100”行动方案（2024-2026年） · 统筹区域布局');
    for (const id of ['jiangsu-5x100-interpretation/s4-e3', 'jiangsu-5x100-interpretation/s4-e4']) {
      expect(metaText(id)[0], id).toBe('解读对象：加快科技创新引领未来产业发展“5个100”行动方案（2024-2026年） · 保障措施。该文件的收录文本在原文第85行句子中途结束，与本段对应的部分不在其中。');
    }
    expect(clauseById.get('jiangsu-5x100-interpretation/s4-e4')!.text.startsWith('四是建立评估机制。')).toBe(true);
    // A task of a complete plan that matches nothing gets no such line: the Jiangxi plan is known only by citation.
    expect(withText.flatMap((d) => clausesByDocument.get(d.id)!).filter((c) => metaText(c.id).some((t) => t.includes('中途结束'))).map((c) => c.id)).toEqual(['jiangsu-5x100-interpretation/s4-e3', 'jiangsu-5x100-interpretation/s4-e4']);
  });

  test('a passage that names a document without a 《title》 links to it (公布了…名单), and the sidebar lists it', () => {
    expect(metaText('pilot-zones-roundup-2024/p1')).toContain('文中提及：2024年省级未来产业先导区拟筹建名单');
    expect(metaText('pilot-zones-roundup-2024/jiangsu-p1')).toContain('文中提及：“未来产业先行集聚发展试点”清单');
    // A document it links by its 《title》 is not named twice.
    expect(metaText('pilot-zones-roundup-2024/anhui-p1').some((t) => t.startsWith('文中提及'))).toBe(false);
    const sidebar = readDistPage('/documents/pilot-zones-roundup-2024/');
    const cited = /<h2[^>]*>引用或提及的文件<\/h2><ul[^>]*>(.*?)<\/ul>/su.exec(sidebar)![1]!;
    for (const id of ['anhui-pilot-zone-list-2024', 'jiangsu-pilot-cluster-list-2024', 'anhui-future-industries-decision-2024']) expect(cited).toContain(`href="/documents/${id}/"`);
  });

  test('a target\'s tooltip carries its hedges and years: 每年30-40项 is yearly over 2024–2026, not a 2026 total', () => {
    const marks = findAll(readerOf('jiangsu-5x100-plan'), (e) => e.tagName === 'mark' && classesOf(e).includes('target'));
    const title = (id: string) => marks.find((m) => m.properties.id === id)!.properties.title;
    expect(title('target-c3-t1')).toBe('量化目标：每年30-40项 · 战略性、前瞻性、先导性前沿技术研发项目 · 2024–2026年（规划期内）');
    // The verb the number shares (…主导或参与制修订国家标准30项、国际标准10项左右) says what it counts.
    expect(title('target-c4-t3')).toBe('量化目标：力争主导或参与制修订10项左右 · 国际标准 · 2026年');
  });

  test('each clause\'s link and copy buttons are named for that clause, so a screen reader\'s list of them tells them apart', () => {
    for (const document of withText) {
      const names = (selector: string) => findAll(readerOf(document.id), (e) => classesOf(e).includes(selector)).map((e) => String(e.properties.ariaLabel));
      const clauses = clausesByDocument.get(document.id)!;
      for (const [selector, visible] of [['anchor-link', '本条链接'], ['copy-link', '复制链接'], ['copy-cite', '复制引用']] as const) {
        const labels = names(selector);
        expect(labels, `${document.id} ${selector}`).toHaveLength(clauses.length);
        expect(new Set(labels).size, `${document.id} ${selector}`).toBe(labels.length);
        // The visible words come first in the name (WCAG 2.5.3, label in name).
        for (const label of labels) expect(label.startsWith(`${visible}：`), label).toBe(true);
      }
    }
    expect(findAll(readerOf('jiangsu-3yr-plan'), (e) => e.properties.href === '#c3')[0]!.properties.ariaLabel).toBe('本条链接：3.加速创新成果转化');
  });

  test('links each clause to its source lines', () => {
    for (const document of withText) {
      const articles = findAll(readerOf(document.id), (e) => e.tagName === 'article' && classesOf(e).includes('clause'));
      articles.forEach((article, i) => {
        const clause = clausesByDocument.get(document.id)![i]!;
        const hrefs = findAll(article, (e) => e.tagName === 'a').map((a) => String(a.properties.href));
        expect(hrefs, clause.id).toContain(`/sources/${clause.source.file.replace(/\.txt$/u, '')}/#L${clause.source.startLine}`);
      });
    }
  });

  // The line 他省同类条款… under one clause, and its links as [text, clause id] pairs.
  const relatedLineOf = (article: Element) => findAll(article, (e) => e.tagName === 'p' && classesOf(e).includes('related'))[0];
  const idOf = (a: Element) => decodeURIComponent(String(a.properties.href)).replace(/^\/documents\/(.*)\/#(.*)$/u, '$1/$2');
  const relatedLinksOf = (article: Element) => {
    const line = relatedLineOf(article);
    return line ? findAll(line, (e) => e.tagName === 'a').map((a) => [textOf(a), idOf(a)] as const) : [];
  };
  const clauseArticle = (id: string) => findAll(readerOf(id.split('/')[0]!), (e) => e.tagName === 'article' && e.properties.dataClause === id)[0]!;

  test('says in words which policy measure each related clause shares: Anhui’s 先导区 list reaches 10.加快建设未来产业先导区 and back', () => {
    expect(textOf(relatedLineOf(clauseArticle('pilot-zones-roundup-2024/p1'))!)).toBe(
      '他省同类条款，同一政策工具“先导区”：湖北省：在布局建设未来产业先导区方面…、江苏省：10.加快建设未来产业先导区、重庆市：在建设流程方面，各区县经信部…');
    expect(relatedLinksOf(clauseArticle('jiangsu-3yr-plan/c10')).map(([, id]) => id)).toContain('pilot-zones-roundup-2024/p1');
    // Zhuhai’s paragraph used to get 19.扩大未来产业开放合作 through 创新平台 × 新型储能.
    expect(textOf(relatedLineOf(clauseArticle('pilot-zones-roundup-2024/guangdong-p5'))!)).toBe(
      '他省同类条款，同一政策工具“创新平台”：江苏省：4.推动创新平台建设；“高新区与创新载体区”：江西省：（三）注重创新举措、湖北省：在布局建设未来产业先导区方面…');
  });

  test('names each related clause of another province by its province and its heading or opening words, under a measure both use', () => {
    let seen = 0;
    for (const document of withText) {
      for (const article of findAll(readerOf(document.id), (e) => e.tagName === 'article' && classesOf(e).includes('clause'))) {
        const from = clauseById.get(String(article.properties.dataClause))!;
        const line = relatedLineOf(article);
        if (!line) continue;
        const links = relatedLinksOf(article);
        expect(new Set(links.map(([text]) => text)).size, from.id).toBe(links.length);
        // Each group of links follows the name of a measure both ends use: “先导区”：…
        let measure = '';
        for (const node of line.children) {
          if (node.type === 'text') measure = /“([^”]+)”：$/u.exec(node.value)?.[1] ?? measure;
          if (node.type !== 'element' || node.tagName !== 'a') continue;
          const clause = clauseById.get(idOf(node))!;
          const shared = from.measures.filter((m) => clause.measures.includes(m)).map((m) => measureById.get(m)!.name);
          expect(shared, clause.id).toContain(measure);
        }
        for (const [text, id] of links) {
          const clause = clauseById.get(id)!;
          const [province, words] = text.split('：');
          expect(province, id).toBe(PROVINCE_NAME[clause.province!]);
          expect(clause.province, id).not.toBe(from.province);
          // The words are the clause's own, cut and never changed (a heading drops its closing stop).
          expect(clause.text, id).toContain(words!.replace(/…$/u, ''));
          seen++;
        }
      }
    }
    expect(seen).toBeGreaterThan(20);
  });

  test('the sidebar says in one sentence how related clauses are chosen', () => {
    const side = findAll(pages.get('jiangsu-3yr-plan')!, (e) => e.tagName === 'aside' && classesOf(e).includes('side'))[0]!;
    expect(findAll(side, (e) => classesOf(e).includes('related-note')).map(textOf)).toEqual([RELATED_NOTE]);
  });
});

describe('the reader’s JavaScript', () => {
  test('stays under the 15 KB (gzip) the benchmark targets, the search-result marks and the matching they share with search included', () => {
    // Measured as bench/run.ts measures it: the scripts the heaviest document page loads and what they import.
    const reader = measurePageWeights(distDir).document!;
    expect(reader.jsFiles).toBe(4);
    expect(reader.jsGzip).toBeLessThan(15_360);
    const html = readDistPage(reader.url);
    expect(html).toContain('<script type="module" src="/scripts/mark-query.js">');
    expect(readFileSync(join(distDir, 'scripts/mark-query.js'), 'utf8')).toContain("from './word-match.js'");
  });
});

describe('the title beside the way the source prints it', () => {
  const pageOf = (id: string) => htmlToHast(readDistPage(`/documents/${id}/`)) as Root;
  const printedTitles = (page: Root) => {
    const side = findAll(page, (e) => e.tagName === 'aside' && classesOf(e).includes('side'))[0]!;
    const list = findAll(side, (e) => e.tagName === 'ul' && classesOf(e).includes('printed-titles'))[0];
    return list ? findAll(list, (e) => e.tagName === 'li').map(textOf) : [];
  };
  const heading = (page: Root) => textOf(findAll(page, (e) => e.tagName === 'h1')[0]!);

  test('the roundup is titled without its headline\'s link arrow, and the printed headline is shown', () => {
    const page = pageOf('pilot-zones-roundup-2024');
    expect(heading(page)).toBe('多地发布政策，支持建设未来产业先导区');
    expect(printedTitles(page)).toEqual(['多地发布政策，支持建设未来产业先导区→']);
  });

  test('the Jiangsu plan lists both forms of its cover notice’s title (7部门, 七部门) and not the title itself', () => {
    const page = pageOf('jiangsu-3yr-plan');
    expect(heading(page)).toBe('江苏省加快培育发展未来产业三年行动方案（2024-2026年）');
    expect(printedTitles(page)).toEqual([
      '省发展改革委等7部门关于印发《江苏省加快培育发展未来产业三年行动方案（2024-2026年）》的通知',
      '省发展改革委等七部门关于印发《江苏省加快培育发展未来产业三年行动方案（2024-2026年）》的通知',
    ]);
  });

  test('a document printed only under its title has no such list', () => {
    expect(printedTitles(pageOf('jiangsu-5x100-plan'))).toEqual([]);
  });
});

describe('a related link to a clause the data does not have', () => {
  test('stops the build naming both ends, rather than failing on an undefined clause', async () => {
    const data = mkdtempSync(join(tmpdir(), 'atlas-data-'));
    cpSync('public/data', data, { recursive: true });
    const links = JSON.parse(readFileSync(join(data, 'links.json'), 'utf8')) as Array<Record<string, string>>;
    // First, so it is among the three links shown.
    links.unshift({ from: 'jiangsu-3yr-plan/c3', to: 'gansu-future-industries-action-plan-2024/c99', type: 'related', text: 'proof-of-concept' });
    writeFileSync(join(data, 'links.json'), JSON.stringify(links));
    vi.stubEnv('ATLAS_DATA_DIR', data);
    vi.resetModules();
    try {
      const { readerHtml } = await import('../../src/lib/reader.ts');
      expect(() => readerHtml('jiangsu-3yr-plan')).toThrow('links.json: the related link from jiangsu-3yr-plan/c3 points to gansu-future-industries-action-plan-2024/c99, which clauses.json does not have');
    } finally {
      vi.unstubAllEnvs();
      rmSync(data, { recursive: true });
    }
  });
});

describe('a document with text whose MDX is missing', () => {
  test('stops the build with the file named, rather than showing the document as known only from citations', async () => {
    const empty = mkdtempSync(join(tmpdir(), 'atlas-mdx-'));
    vi.stubEnv('ATLAS_MDX_DIR', empty);
    vi.resetModules();
    try {
      const { readerHtml } = await import('../../src/lib/reader.ts');
      expect(() => readerHtml('jiangsu-3yr-plan')).toThrow(`${join(empty, 'jiangsu-3yr-plan.mdx')} is missing: documents.json lists jiangsu-3yr-plan as a document with text`);
    } finally {
      vi.unstubAllEnvs();
      rmSync(empty, { recursive: true });
    }
  });
});

test('a join is marked on the whole character before it, and not at all where a clause begins at the join', () => {
  // 合成生物、|深海深地 (5个100 plan lines 43/45): the 、 before the join.
  expect(rejoinMarkStart('合成生物、深海深地', 5)).toBe(4);
  // A character outside the BMP (𠀋, two UTF-16 units) is marked whole, never half of it.
  expect(rejoinMarkStart('推动𠀋深海', 3)).toBe(2);
  // The clause after a join holds it at its start; the clause before it carries the mark.
  expect(rejoinMarkStart('深海深地空天', 0)).toBeNull();
});
