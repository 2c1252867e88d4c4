// The built document index (/documents/): every document once, newest first, grouped by year, each
// marked by kind and linking to its page; documents known only by reference say where they are named.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import type { Element, Root } from 'hast';
import { htmlToHast } from 'satteri';
import { distDir, readDistPage } from './dist.ts';
import { classesOf, findAll, textOf } from '../helpers/hast.ts';
import { clausesByDocument, documentById, documents, targets } from '../../src/lib/atlas.ts';
import { DOCUMENTS_PAGE_SIZE, documentIndex, yearRuns } from '../../src/lib/document-index.ts';

const page = htmlToHast(readDistPage('/documents/')) as Root;
const main = findAll(page, (e) => e.tagName === 'main')[0]!;
const items = findAll(main, (e) => e.tagName === 'li' && e.children.some((c) => c.type === 'element' && classesOf(c).includes('title')));
const titleLink = (li: Element) => findAll(li, (e) => e.tagName === 'a' && classesOf(e).includes('title'))[0]!;
const idOf = (li: Element) => String(titleLink(li).properties.href).replace(/^\/documents\/|\/$/gu, '');

describe('/documents/', () => {
  test('lists every document once, as one page while there are fewer than a page holds', () => {
    expect(documents.length).toBeLessThanOrEqual(DOCUMENTS_PAGE_SIZE);
    expect(items.map(idOf).sort()).toEqual(documents.map((d) => d.id).sort());
    expect(findAll(main, (e) => e.tagName === 'nav')).toEqual([]);
    for (const li of items) expect(existsSync(join(distDir, 'documents', idOf(li), 'index.html')), idOf(li)).toBe(true);
  });

  test('newest first, documents without a date last; each year a heading over its documents', () => {
    const dates = items.map((li) => documentById.get(idOf(li))!.date);
    const dated = dates.filter((d) => d !== null);
    expect(dated).toEqual([...dated].sort().reverse());
    expect(dates.slice(dated.length).every((d) => d === null)).toBe(true);
    const headings = findAll(main, (e) => e.tagName === 'h2').map(textOf);
    expect(headings).toEqual(yearRuns(documentIndex()).map((run) => run.year));
    expect(headings[0]).toBe('2024年');
    // The corpus holds documents the roundup names without a date (the Chongqing application form).
    expect(headings.at(-1)).toBe('日期未知');
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
