// The built document index (/documents/): every document once, grouped by kind with a jump list to each kind, newest
// first and by year within a kind, each marked by kind and linking to its page; a 解读 names the plan it explains;
// documents known only by reference say where they are named.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import type { Element, Root } from 'hast';
import { htmlToHast } from 'satteri';
import { distDir, readDistPage } from './dist.ts';
import { classesOf, findAll, textOf } from '../helpers/hast.ts';
import { clausesByDocument, documentById, documents, links, targets, KIND_LABEL, KIND_ORDER } from '../../src/lib/atlas.ts';
import { DOCUMENTS_PAGE_SIZE, kindJumps } from '../../src/lib/document-index.ts';

const page = htmlToHast(readDistPage('/documents/')) as Root;
const main = findAll(page, (e) => e.tagName === 'main')[0]!;
const items = findAll(main, (e) => e.tagName === 'li' && e.children.some((c) => c.type === 'element' && classesOf(c).includes('title')));
const titleLink = (li: Element) => findAll(li, (e) => e.tagName === 'a' && classesOf(e).includes('title'))[0]!;
const idOf = (li: Element) => String(titleLink(li).properties.href).replace(/^\/documents\/|\/$/gu, '');

describe('/documents/', () => {
  test('lists every document once, as one page while there are fewer than a page holds', () => {
    expect(documents.length).toBeLessThanOrEqual(DOCUMENTS_PAGE_SIZE);
    expect(items.map(idOf).sort()).toEqual(documents.map((d) => d.id).sort());
    expect(findAll(main, (e) => e.tagName === 'nav' && classesOf(e).includes('pager'))).toEqual([]);
    for (const li of items) expect(existsSync(join(distDir, 'documents', idOf(li), 'index.html')), idOf(li)).toBe(true);
  });

  test('grouped by kind, full texts first; newest first within a kind, documents without a date last; each kind a heading over its years', () => {
    const kinds = items.map((li) => documentById.get(idOf(li))!.kind);
    expect(kinds).toEqual([...kinds].sort((a, b) => KIND_ORDER.indexOf(a) - KIND_ORDER.indexOf(b)));
    for (const kind of KIND_ORDER) {
      const dates = items.filter((li) => documentById.get(idOf(li))!.kind === kind).map((li) => documentById.get(idOf(li))!.date);
      const dated = dates.filter((d) => d !== null);
      expect(dated, kind).toEqual([...dated].sort().reverse());
      expect(dates.slice(dated.length).every((d) => d === null), kind).toBe(true);
    }
    // Each kind's section: its heading, then its years as headings one level down, each over a list.
    const sections = findAll(main, (e) => e.tagName === 'section' && findAll(e, (h) => h.tagName === 'h2').length === 1);
    expect(sections.map((section) => textOf(findAll(section, (e) => e.tagName === 'h2')[0]!))).toEqual(['政策文件', '政策解读', '新闻综述', '仅见引用']);
    const years = (n: number) => findAll(sections[n]!, (e) => e.tagName === 'h3').map(textOf);
    // The 5个100 plan, an attachment, has no date; the 仅见引用 include the Chongqing application form, undated too.
    expect([years(0), years(1), years(2), years(3)]).toEqual([['2024年', '日期未知'], ['2024年'], ['2024年'], ['2024年', '日期未知']]);
    expect(textOf(sections[3]!)).toContain('关于开展未来产业先导区建设工作的通知');
    expect(textOf(sections[3]!)).not.toContain('政策文件');
  });

  test('a jump list names each kind with how many documents it has and links to its heading', () => {
    const nav = findAll(main, (e) => e.tagName === 'nav' && classesOf(e).includes('kind-jumps'))[0]!;
    expect(nav.properties.ariaLabel).toBe('按类型');
    expect(findAll(nav, (e) => e.tagName === 'ul').length).toBe(1);
    const entries = findAll(nav, (e) => e.tagName === 'li');
    const count = (kind: string) => documents.filter((d) => d.kind === kind).length;
    expect(entries.map(textOf)).toEqual(KIND_ORDER.map((kind) => `${KIND_LABEL[kind]}（${count(kind)}份）`));
    expect(textOf(nav)).toBe(`按类型：${entries.map(textOf).join('')}`);
    const ids = new Set(findAll(main, (e) => e.tagName === 'h2').map((h) => String(h.properties.id)));
    for (const a of findAll(nav, (e) => e.tagName === 'a')) {
      const id = String(a.properties.href).replace(/^#/u, '');
      expect(ids.has(id), id).toBe(true);
      expect(textOf(findAll(main, (e) => e.tagName === 'h2' && e.properties.id === id)[0]!)).toBe(textOf(a));
    }
    // On another page of the list, each kind is linked on the page where its documents start (here all on the first).
    expect(kindJumps(2).map((jump) => jump.href)).toEqual(KIND_ORDER.map((kind) => `/documents/#kind-${kind}`));
  });

  test('each 解读 names and links the plan it explains (its interprets link), and only a 解读 does', () => {
    const explained = links.filter((l) => l.type === 'interprets' && l.fromKind === 'document');
    expect(explained.map((l) => [l.from, l.to])).toEqual([
      ['jiangsu-5x100-interpretation', 'jiangsu-5x100-plan'],
      ['jiangxi-six-actions-interpretation', 'jiangxi-six-actions-plan'],
    ]);
    for (const li of items) {
      const line = findAll(li, (e) => classesOf(e).includes('interprets'))[0];
      const link = explained.find((l) => l.from === idOf(li));
      expect(line === undefined, idOf(li)).toBe(link === undefined);
      if (!line || !link) continue;
      const anchors = findAll(line, (e) => e.tagName === 'a');
      expect(anchors.map((a) => a.properties.href)).toEqual([`/documents/${link.to}/`]);
      expect(textOf(anchors[0]!)).toBe(documentById.get(link.to)!.title);
    }
    const text = (id: string) => textOf(findAll(items.find((li) => idOf(li) === id)!, (e) => classesOf(e).includes('interprets'))[0]!);
    expect(text('jiangsu-5x100-interpretation')).toBe('解读对象：《加快科技创新引领未来产业发展“5个100”行动方案（2024-2026年）》');
    // The Jiangxi plan is known only from its 解读: the line says the site has not its text.
    expect(text('jiangxi-six-actions-interpretation')).toBe('解读对象：《科技兴赣六大行动实施方案（2023-2025年）》（本站无全文）');
  });

  test('a full text shows its province, date, issuer and how many clauses and targets it holds', () => {
    const plan = items.find((li) => idOf(li) === 'jiangsu-3yr-plan')!;
    const text = textOf(plan);
    expect(text).toContain('政策文件');
    expect(text).toContain('江苏省加快培育发展未来产业三年行动方案（2024-2026年）');
    expect(text).toContain('江苏省 · 2024-02-27 · 江苏省发展改革委');
    expect(text).toContain('苏发改高技发〔2024〕229号');
    const own = targets.filter((t) => t.documentId === 'jiangsu-3yr-plan').length;
    expect(text).toContain(`${clausesByDocument.get('jiangsu-3yr-plan')!.length}条条款 · ${own}项目标`);
  });

  test('a document known only by reference is marked so and names the document it is known from', () => {
    const referenced = documents.filter((d) => d.source === null);
    expect(referenced.length).toBeGreaterThan(0);
    for (const document of referenced) {
      const text = textOf(items.find((li) => idOf(li) === document.id)!);
      expect(text, document.id).toContain('仅见引用');
      expect(text, document.id).toContain(`本站无全文，见于《${documentById.get(document.knownFrom!.documentId)!.title}》`);
    }
    const gansu = textOf(items.find((li) => idOf(li) === 'gansu-future-industries-action-plan-2024')!);
    expect(gansu).toContain('甘肃省 · 2024-07-10');
  });

  test('the lede counts match the data, and the main navigation marks 文件 as the current section', () => {
    const lede = textOf(findAll(main, (e) => classesOf(e).includes('lede'))[0]!);
    const referenced = documents.filter((d) => d.source === null).length;
    expect(lede).toContain(`本站收录${documents.length - referenced}份有全文或专节的文件，另有${referenced}份`);
    const current = findAll(page, (e) => e.tagName === 'a' && e.properties.ariaCurrent === 'page');
    expect(current.map(textOf)).toEqual(['文件']);
  });
});
