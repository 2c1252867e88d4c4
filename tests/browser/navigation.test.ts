// Following the knowledge links a reader would: document → department → sector → clause, and back.
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { openSite, type SiteSession } from './helpers.ts';

let site: SiteSession;

beforeAll(async () => {
  site = await openSite();
});
afterAll(async () => {
  await site?.close();
});

/** Path and hash of the current page. */
const here = (page: Page) => {
  const url = new URL(page.url());
  return url.pathname + url.hash;
};

/** Clicks the first link in `scope` to a page below `prefix`, waits for it to load, returns its href. */
async function follow(page: Page, scope: string, prefix: string): Promise<string> {
  // A detail page below the prefix, not the section's own listing.
  const link = page.locator(`${scope} a[href^="${prefix}"]:not([href="${prefix}"])`).first();
  if ((await link.count()) === 0) throw new Error(`no link to ${prefix}… in ${scope} on ${here(page)}`);
  const href = (await link.getAttribute('href'))!;
  const from = here(page);
  const pathname = new URL(href, page.url()).pathname;
  const [response] = await Promise.all([
    page.waitForResponse((r) => r.request().resourceType() === 'document' && new URL(r.url()).pathname === pathname),
    link.click(),
  ]);
  if (response.status() !== 200) throw new Error(`${from} links to ${href}, which answers ${response.status()}`);
  await page.waitForURL((url) => url.pathname + url.hash === href);
  return href;
}

/** The text of the element the URL's hash points at, and whether it is scrolled into view. */
const target = (page: Page) =>
  page.evaluate(() => {
    const element = document.getElementById(decodeURIComponent(location.hash.slice(1)));
    const top = element?.getBoundingClientRect().top ?? Number.NaN;
    return { text: element?.textContent ?? '', inView: top > -2 && top < window.innerHeight };
  });

test('document → department → sector → clause, and back', async () => {
  const { page, errors } = await site.newPage();
  const documentPath = '/documents/jiangsu-3yr-plan/';
  await page.goto(site.url(documentPath));

  // Clause 3 (加速创新成果转化) is tasked to 省科技厅、省工业和信息化厅、省教育厅….
  const departmentPath = await follow(page, '[id="c3"]', '/departments/jiangsu/');
  expect(await page.locator(`main a[href="${documentPath}#c3"]`).count(), 'the department page lists clause c3').toBeGreaterThan(0);

  const sectorPath = await follow(page, 'main', '/sectors/');
  const clauseHref = await follow(page, 'main', '/documents/');
  expect(clauseHref, 'a sector page links to clause anchors').toMatch(/^\/documents\/[a-z0-9-]+\/#.+/);
  const landed = await target(page);
  expect(landed.text.trim(), `${clauseHref} points at an element`).not.toBe('');
  expect(landed.inView, `${clauseHref} is scrolled into view`).toBe(true);

  for (const previous of [sectorPath, departmentPath, documentPath]) {
    await page.goBack();
    await expect.poll(() => here(page)).toBe(previous);
    expect((await page.locator('h1').innerText()).trim()).not.toBe('');
  }
  expect(errors).toEqual([]);
  await page.context().close();
});

test('an address the site lacks answers 404 with the site’s own page, whose search form finds clauses', async () => {
  const { page, errors } = await site.newPage();
  // A mistyped document id, one level deep, so the page's links and stylesheet must not be relative.
  const response = await page.goto(site.url('/documents/jiangsu-3yr-plan-typo/'));
  expect(response!.status()).toBe(404);
  expect(await page.title()).toBe('找不到这个页面 · 未来产业政策图谱');
  expect(await page.locator('main h1').textContent()).toBe('找不到这个页面');
  // The site's stylesheet applied: the header bar is laid out as on every page, not as unstyled HTML.
  expect(await page.locator('.site-header').evaluate((e) => getComputedStyle(e).borderBottomStyle)).not.toBe('none');
  await page.getByRole('searchbox', { name: '在条款全文中检索' }).fill('概念验证中心');
  await Promise.all([page.waitForURL((url) => url.pathname === '/search/'), page.getByRole('button', { name: '检索' }).last().click()]);
  expect(new URL(page.url()).searchParams.get('q')).toBe('概念验证中心');
  await expect.poll(() => page.locator(`[data-search-results] a[href="/documents/jiangsu-3yr-plan/?q=${encodeURIComponent('概念验证中心')}#c3"]`).count(), { timeout: 10_000 }).toBeGreaterThan(0);
  expect(errors).toEqual([]);
});

test('on a wide screen, the document’s information and contents are a few Tab presses away, not after every clause', async () => {
  const { page, errors } = await site.newPage({ viewport: { width: 1280, height: 900 } });
  await page.goto(site.url('/documents/jiangsu-3yr-plan/'));
  const skip = page.locator('a.to-info');
  // Out of sight until it has focus: the sidebar stands beside the text.
  expect((await skip.boundingBox())!.width).toBeLessThanOrEqual(1);
  let presses = 0;
  while (presses < 30 && !(await skip.evaluate((a) => a === document.activeElement))) {
    await page.keyboard.press('Tab');
    presses++;
  }
  expect(presses, 'Tab presses to reach 文件信息').toBeLessThan(30);
  expect((await skip.boundingBox())!.width).toBeGreaterThan(20);
  await page.keyboard.press('Enter');
  await page.waitForURL((url) => url.hash === '#doc-info');
  // The next Tab lands inside the sidebar, whose contents list the document's sections.
  await page.keyboard.press('Tab');
  expect(await page.evaluate(() => Boolean(document.activeElement?.closest('#doc-info')))).toBe(true);
  expect(errors).toEqual([]);
  await page.context().close();
});

test('on a phone, the document’s 目录 opens above the text and its links reach the section', async () => {
  const { page, errors } = await site.newPage({ viewport: { width: 390, height: 844 } });
  await page.goto(site.url('/documents/jiangsu-5x100-plan/'));
  const contents = page.locator('details.toc-top');
  const summary = contents.locator('summary');
  expect((await summary.innerText()).trim()).toBe('目录（8节）');
  // Above the first clause, not after the whole text as the sidebar is.
  const firstClause = page.locator('article.document .clause').first();
  expect((await summary.boundingBox())!.y).toBeLessThan((await firstClause.boundingBox())!.y);
  await summary.click();
  // The sidebar's copy is hidden here, so a screen reader meets one 目录, not two.
  expect(await page.getByRole('navigation', { name: '目录' }).count()).toBe(1);
  await contents.getByRole('link', { name: '（三）着力开发100个前沿技术应用场景' }).click();
  await page.waitForURL((url) => url.hash !== '');
  const heading = page.locator(`[id="${new URL(page.url()).hash.slice(1)}"]`);
  expect(await heading.innerText()).toContain('着力开发100个前沿技术应用场景');
  const box = (await heading.boundingBox())!;
  expect(box.y).toBeGreaterThanOrEqual(0);
  expect(box.y).toBeLessThan(844);
  expect(errors).toEqual([]);
  await page.context().close();
});
