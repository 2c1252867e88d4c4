// What a search engine or a link preview (WeChat, Weibo, mail) reads: each built page's head (its title,
// a description of its own, its address under the configured site), the sitemap and robots.txt.
import { describe, expect, test } from 'vitest';
import { htmlToHast } from 'satteri';
import type { Root } from 'hast';
import { builtPages } from '../browser/helpers.ts';
import { readDistFile } from './dist.ts';
import { findAll, textOf } from '../helpers/hast.ts';
import { documents } from '../../src/lib/atlas.ts';
import config from '../../astro.config.mjs';

const site = config.site!;
// The deployed address the tests' build was made with (none for `npm test` on a clone: a local build).
const deployed = process.env.ATLAS_SITE_URL || null;
const headOf = (path: string) => {
  const tree = htmlToHast(readDistFile(path)) as Root;
  const head = findAll(tree, (e) => e.tagName === 'head')[0]!;
  const meta = (key: string) => findAll(head, (e) => e.tagName === 'meta' && (e.properties.name === key || e.properties.property === key)).map((e) => String(e.properties.content));
  return {
    title: findAll(head, (e) => e.tagName === 'title').map(textOf),
    canonical: findAll(head, (e) => e.tagName === 'link' && String(e.properties.rel) === 'canonical').map((e) => String(e.properties.href)),
    meta,
  };
};

describe('page heads', () => {
  const pages = builtPages();

  test('every page has one title, a description, and the same in its Open Graph tags; its canonical address is its own, and a local build names none', () => {
    expect(pages.length).toBeGreaterThan(100);
    for (const path of pages) {
      const head = headOf(path);
      expect(head.title, path).toHaveLength(1);
      expect(head.meta('description'), path).toHaveLength(1);
      expect(head.meta('og:title'), path).toEqual(head.title);
      expect(head.meta('og:description'), path).toEqual(head.meta('description'));
      if (path === '/404.html' || !deployed) {
        // The 404 page answers for addresses it does not own; a local build has no address of its own.
        expect(head.canonical, path).toEqual([]);
        expect(head.meta('og:url'), path).toEqual([]);
      } else {
        expect(head.canonical, path).toEqual([new URL(path, deployed).href]);
        expect(head.meta('og:url'), path).toEqual(head.canonical);
      }
    }
  });

  test('each document page describes its own document: kind, title, authors, date, clause count', () => {
    const descriptions = documents.map((d) => headOf(`/documents/${d.id}/`).meta('description')[0]!);
    expect(new Set(descriptions).size).toBe(documents.length);
    expect(headOf('/documents/jiangsu-3yr-plan/').meta('description')).toEqual([
      '政策文件：江苏省加快培育发展未来产业三年行动方案（2024-2026年）。江苏省发展改革委等发布，2024-02-27。全文28条，逐条标注责任部门、领域、政策工具和量化目标。',
    ]);
    const gansu = headOf('/documents/gansu-future-industries-action-plan-2024/').meta('description')[0]!;
    expect(gansu).toBe('仅见引用：甘肃省推动未来产业创新发展行动方案。甘肃省工信厅等7部门发布，2024-07-10。本站没有全文，只收录其他文件对它的引用或概述。');
  });

  test('the sitemap lists every page by its address under the configured site, the 404 page aside, and robots.txt names it', () => {
    const index = readDistFile('/sitemap-index.xml');
    const parts = [...index.matchAll(/<loc>([^<]+)<\/loc>/gu)].map((m) => new URL(m[1]!).pathname);
    expect(parts.length).toBeGreaterThan(0);
    const listed = parts.flatMap((part) => [...readDistFile(part).matchAll(/<loc>([^<]+)<\/loc>/gu)].map((m) => m[1]!));
    // The canonical address where the build has one; a local build's sitemap uses astro.config.mjs's placeholder.
    const expected = pages.filter((path) => path !== '/404.html').map((path) => (deployed ? headOf(path).canonical[0]! : new URL(path, site).href));
    expect(listed.sort()).toEqual(expected.sort());
    expect(readDistFile('/robots.txt')).toContain(`Sitemap: ${new URL('/sitemap-index.xml', site).href}`);
  });
});
