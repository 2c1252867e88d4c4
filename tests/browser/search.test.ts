// Pagefind search in Chromium: clause-level results, filters, traditional-character queries.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { anchorOf } from '../../src/lib/labels.ts';
import { openSite, provinces, screenshot, siteDir, type SiteSession } from './helpers.ts';

let site: SiteSession;

beforeAll(async () => {
  site = await openSite();
});
afterAll(async () => {
  await site?.close();
});

/** A search result: where it links and what it says. */
interface Result {
  href: string;
  path: string;
  hash: string;
  text: string;
}

/** Links in the search page's main region that point at a clause anchor of a document. */
async function clauseResults(page: Page): Promise<Result[]> {
  return page.locator('main a[href*="/documents/"]').evaluateAll((links) =>
    links
      .map((link) => {
        const url = new URL((link as HTMLAnchorElement).href);
        return { href: url.pathname + url.hash, path: url.pathname, hash: url.hash, text: link.textContent ?? '' };
      })
      .filter((result) => result.hash.length > 1),
  );
}

/** Waits until the result list stops changing (Pagefind loads index chunks and fragments lazily). */
async function settledResults(page: Page): Promise<Result[]> {
  let previous = '';
  let results: Result[] = [];
  for (let waited = 0; waited < 20_000; waited += 400) {
    await page.waitForTimeout(400);
    results = await clauseResults(page);
    const now = JSON.stringify(results.map((r) => r.href));
    if (results.length > 0 && now === previous) return results;
    previous = now;
  }
  return results;
}

/** The search input on /search/: Pagefind's own or the site's. */
function searchInput(page: Page) {
  return page
    .locator('main')
    .locator('input[type="search"], [role="searchbox"], input.pagefind-ui__search-input, input[type="text"]')
    .first();
}

/**
 * Opens /search/, types a query and waits for clause results.
 * @returns the settled clause-level results
 */
async function search(page: Page, query: string): Promise<Result[]> {
  const response = await page.goto(site.url('/search/'));
  if (response?.status() !== 200) throw new Error(`/search/ answered ${response?.status()}: the search page was not built`);
  const input = searchInput(page);
  await input.waitFor({ state: 'visible', timeout: 15_000 });
  await input.fill(query);
  return settledResults(page);
}

/** The text of the element a result's anchor points at, read from the document page itself. */
async function anchoredText(page: Page, result: Result): Promise<string> {
  await page.goto(site.url(result.href));
  return page.evaluate((id) => document.getElementById(id)?.textContent ?? '', decodeURIComponent(result.hash.slice(1)));
}

/**
 * Ticks a filter option (a checkbox or a select option) whose label contains `label`.
 * Filter groups inside closed <details> are opened first, as a user would.
 */
async function applyFilter(page: Page, label: string): Promise<void> {
  await page.locator('main details:not([open]) > summary').evaluateAll((summaries) => summaries.forEach((s) => (s as HTMLElement).click()));
  const checkbox = page.locator('main').getByRole('checkbox', { name: new RegExp(label) }).first();
  if ((await checkbox.count()) > 0) {
    await checkbox.check();
    return;
  }
  const select = page.locator('main select', { has: page.locator('option', { hasText: label }) }).first();
  if ((await select.count()) === 0) throw new Error(`no search filter labelled ${label} (checkbox or select option) on /search/`);
  const value = await select.locator('option', { hasText: label }).first().getAttribute('value');
  await select.selectOption(value ?? { label });
}

describe('search', () => {
  test('a phrase from a clause lands on that clause’s anchor', async () => {
    const { page } = await site.newPage();
    const results = await search(page, '概念验证中心');
    const hrefs = results.map((r) => r.href);
    // 3.加速创新成果转化: “鼓励高校、科研院所联合企业建设20个概念验证中心”.
    expect(hrefs, 'results for 概念验证中心').toContain('/documents/jiangsu-3yr-plan/#c3');
    await screenshot(page, 'search-results-desktop');

    await page.locator('main a[href^="/documents/jiangsu-3yr-plan/?"][href$="#c3"]').first().click();
    await page.waitForURL((url) => url.pathname === '/documents/jiangsu-3yr-plan/' && url.hash === '#c3');
    const landed = await page.evaluate(() => {
      const target = document.getElementById(location.hash.slice(1));
      const box = target?.getBoundingClientRect();
      return { text: target?.textContent ?? '', top: box?.top ?? -1, viewport: window.innerHeight };
    });
    expect(landed.text).toContain('建设20个概念验证中心');
    expect(landed.top, 'the clause is scrolled into view').toBeGreaterThanOrEqual(-2);
    expect(landed.top).toBeLessThan(landed.viewport);
    await page.context().close();
  });

  test('every result anchor exists and holds the phrase searched for', async () => {
    const { page } = await site.newPage();
    const results = await search(page, '概念验证中心');
    expect(results.length).toBeGreaterThan(0);
    for (const result of results) {
      expect(await anchoredText(page, result), result.href).toContain('概念验证中心');
    }
    await page.context().close();
  });

  test('a province filter narrows the results to that province', async () => {
    const { page } = await site.newPage();
    // 产业 occurs in every source; Jiangxi's interpretation is Jiangxi's only document.
    const before = await search(page, '产业');
    const jiangxi = provinces().find((p) => p.id === 'jiangxi')!;
    expect(before.some((r) => !r.path.includes('/documents/jiangxi-')), 'unfiltered results span provinces').toBe(true);

    await applyFilter(page, jiangxi.short);
    await page.waitForTimeout(500);
    const after = await settledResults(page);
    expect(after.length, 'filtered results').toBeGreaterThan(0);
    expect(after.map((r) => r.path).filter((path) => !path.startsWith('/documents/jiangxi-')), 'results outside Jiangxi').toEqual([]);
    await page.context().close();
  });

  test('a document-kind filter narrows the results to interpretations', async () => {
    const { page } = await site.newPage();
    const before = await search(page, '未来产业');
    expect(before.some((r) => r.path === '/documents/jiangsu-3yr-plan/'), 'the plan itself is found').toBe(true);
    await applyFilter(page, '解读');
    await page.waitForTimeout(500);
    const after = await settledResults(page);
    expect(after.length).toBeGreaterThan(0);
    // The two interpretations are the only documents of kind interpretation.
    const interpretations = ['/documents/jiangsu-5x100-interpretation/', '/documents/jiangxi-six-actions-interpretation/'];
    expect(after.map((r) => r.path).filter((path) => !interpretations.includes(path))).toEqual([]);
    await page.context().close();
  });

  test('the header search box on another page leads to the same clause results', async () => {
    const { page } = await site.newPage();
    await page.goto(site.url('/documents/jiangsu-5x100-plan/'));
    const box = page.locator('header').locator('input[type="search"], [role="searchbox"], input[type="text"]').first();
    if ((await box.count()) === 0) throw new Error('no search box in the page header');
    await box.fill('概念验证中心');
    await Promise.all([page.waitForURL(/\/search\//), box.press('Enter')]);
    const results = await settledResults(page);
    expect(results.map((r) => r.href)).toContain('/documents/jiangsu-3yr-plan/#c3');
    await page.context().close();
  });

  test('a traditional-character query finds simplified text', async () => {
    const { page } = await site.newPage();
    const results = await search(page, '概念驗證中心');
    expect(results.map((r) => r.href), 'results for 概念驗證中心').toContain('/documents/jiangsu-3yr-plan/#c3');
    expect(await anchoredText(page, results[0]!)).toContain('概念验证中心');

    const industry = await search(page, '產業');
    expect(industry.length, 'results for 產業').toBeGreaterThan(0);
    expect(await anchoredText(page, industry[0]!)).toContain('产业');
    await page.context().close();
  });

  test('a query is converted character by character, never word by word: 文件, 智慧, 支援 are searched as typed; traditional 標誌著 finds the roundup', async () => {
    const { page, errors } = await site.newPage();
    const status = page.locator('[data-search-status]');
    // OpenCC's Taiwan phrase table made 文件 文档, 智慧 智能 and 支援 支持: each query found the other word's clauses
    // (智慧 30, 支援 44). The one clause that writes 文件 is found, and nothing else.
    await search(page, '文件');
    expect(await status.textContent()).toBe('找到1条条款。');
    expect(await page.locator('.result-excerpt mark').allTextContents()).toEqual(['文件']);
    for (const word of ['智慧', '支援', '智慧城市']) {
      await page.goto(site.url(`/search/?q=${encodeURIComponent(word)}`));
      await expect.poll(() => status.textContent(), { timeout: 15_000 }).toBe(`没有找到包含“${word}”的条款。`);
      expect(await page.locator('.result').count(), word).toBe(0);
    }
    // The roundup is printed in traditional characters: its own words, copied from its page, find it.
    expect((await search(page, '標誌著')).map((r) => r.path)).toContain('/documents/pilot-zones-roundup-2024/');
    for (const excerpt of await page.locator('.result-excerpt mark').allTextContents()) expect(excerpt).toBe('标志着');
    expect((await search(page, '未來產業先導區')).map((r) => r.path)).toContain('/documents/pilot-zones-roundup-2024/');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  test('when nothing is shown, the status says why: a term absent in both wordings, or filters that hide every result', async () => {
    const { page, errors } = await site.newPage();
    const status = page.locator('[data-search-status]');
    // The corpus has no 晶片 (nor 芯片).
    await page.goto(site.url(`/search/?q=${encodeURIComponent('晶片')}`));
    await expect.poll(() => status.textContent(), { timeout: 15_000 }).toBe('没有找到包含“晶片”的条款。');
    // No result, so no filter: the filter column and its heading are gone.
    expect(await page.locator('.search-filters').isVisible()).toBe(false);
    // 概念验证 is only in Jiangsu's texts; the address asks for Gansu's, which the index holds (the site holds Gansu only
    // as the roundup's lines 46–48, which the status says).
    await page.goto(site.url(`/search/?q=${encodeURIComponent('概念验证')}&${encodeURIComponent('省份')}=${encodeURIComponent('甘肃省')}`));
    await expect.poll(() => status.textContent(), { timeout: 15_000 }).toMatch(/^找到\d+条结果，但都不属于所选省份：本站没有甘肃省政策文件的全文，只收录了先导区新闻综述中的概述（第46–48行）；取消部分筛选即可看到。$/u);
    expect(await clauseResults(page)).toEqual([]);
    // The chosen filter stays on screen, so it can be unticked; unticking shows the Jiangsu clauses
    // (and the option goes, as no result is Gansu's).
    const gansu = page.locator('input[type="checkbox"][data-group="省份"][value="甘肃省"]');
    await expect.poll(() => gansu.isChecked()).toBe(true);
    await gansu.click();
    await expect.poll(() => gansu.count()).toBe(0);
    const results = await clauseResults(page);
    expect(results.length).toBeGreaterThan(0);
    for (const r of results) expect(r.href).toMatch(/^\/documents\/jiangsu-/u);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  test('a province filter that leaves nothing says when the site holds none of that province’s policy documents, only the roundup’s summary or a 解读', async () => {
    const { page, errors } = await site.newPage();
    const status = page.locator('[data-search-status]');
    const data = JSON.parse(readFileSync(join(siteDir, 'data/clauses.json'), 'utf8')) as Array<{ documentId: string; text: string; province: string | null; source: { startLine: number } }>;
    // Anhui's only clauses are the roundup's paragraphs on lines 18 and 27–29; none writes 资金, six clauses elsewhere do.
    const anhui = data.filter((c) => c.province === 'anhui');
    expect(anhui.map((c) => `${c.documentId}:${c.source.startLine}`)).toEqual([18, 27, 28, 29].map((line) => `pilot-zones-roundup-2024:${line}`));
    const summary = '本站没有安徽省政策文件的全文，只收录了先导区新闻综述中的概述（第18、27–29行）';
    const filtered = (query: string, province: string) => site.url(`/search/?q=${encodeURIComponent(query)}&${encodeURIComponent('省份')}=${encodeURIComponent(province)}`);
    await page.goto(filtered('资金', '安徽省'));
    const funding = data.filter((c) => c.text.includes('资金'));
    expect(funding.some((c) => c.province === 'anhui')).toBe(false);
    await expect.poll(() => status.textContent(), { timeout: 15_000 }).toBe(`找到${funding.length}条结果，但都不属于所选省份：${summary}；取消部分筛选即可看到。`);
    expect(await clauseResults(page)).toEqual([]);
    // A word no text writes says so, and that the site holds no Anhui text to look in.
    expect(data.some((c) => c.text.includes('采购'))).toBe(false);
    await page.goto(filtered('采购', '安徽省'));
    await expect.poll(() => status.textContent(), { timeout: 15_000 }).toBe(`没有找到包含“采购”的条款。${summary}。`);
    // No query, filters that select nothing together.
    await page.goto(site.url(`/search/?${encodeURIComponent('省份')}=${encodeURIComponent('安徽省')}&${encodeURIComponent('政策工具')}=${encodeURIComponent('概念验证与中试')}`));
    await expect.poll(() => status.textContent(), { timeout: 15_000 }).toBe(`没有条款同时符合所选的筛选条件：${summary}；取消部分筛选即可看到。`);
    // Jiangxi's plan is only referenced: the site holds its 解读, whose clauses stand on lines 17–51 (headings on 21 and 31).
    expect(funding.some((c) => c.province === 'jiangxi')).toBe(false);
    await page.goto(filtered('资金', '江西省'));
    await expect.poll(() => status.textContent(), { timeout: 15_000 })
      .toBe(`找到${funding.length}条结果，但都不属于所选省份：本站没有江西省政策文件的全文，只收录了六大行动解读（第17–19、23–29、33–51行）；取消部分筛选即可看到。`);
    // Jiangsu's plans are held: the filters are the reason (空天信息 is Anhui's).
    await page.goto(filtered('空天信息', '江苏省'));
    await expect.poll(() => status.textContent(), { timeout: 15_000 }).toMatch(/^找到\d+条结果，但都不符合所选的筛选条件；取消部分筛选即可看到。$/u);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  test('a reader’s word no text writes (6G) is said to be absent, and the hint links the field the texts’ words are filed under', async () => {
    const { page, errors } = await site.newPage();
    const status = page.locator('[data-search-status]');
    const hint = page.locator('[data-search-hint]');
    const data = JSON.parse(readFileSync(join(siteDir, 'data/clauses.json'), 'utf8')) as Array<{ text: string; sectors: string[] }>;
    expect(data.some((c) => /6g/iu.test(c.text))).toBe(false);
    // Shenzhen, Dongguan and Zhongshan (roundup lines 34, 38, 39) write 下一代移动通信, which that sector gathers.
    expect(data.filter((c) => c.text.includes('下一代移动通信') && c.sectors.includes('next-generation-mobile'))).toHaveLength(3);
    for (const query of ['6G', '6g网络']) {
      await page.goto(site.url(`/search/?q=${encodeURIComponent(query)}`));
      await expect.poll(() => status.textContent(), { timeout: 15_000 }).toBe(`没有找到包含“${query}”的条款：收录文本中没有“6G”这一写法。`);
      await expect.poll(() => hint.textContent()).toBe('收录文本不写“6G”，相关的说法是“下一代移动通信”；本站把写到它的条款归入同名领域：查看下一代移动通信。');
      expect(await hint.locator('a').getAttribute('href')).toBe('/sectors/next-generation-mobile/');
    }
    // A longer query finds related clauses, and the status does not say 6G is missing: the hint says it.
    await page.goto(site.url(`/search/?q=${encodeURIComponent('6G 通信')}`));
    await expect.poll(() => status.textContent(), { timeout: 15_000 }).toMatch(/^没有条款逐字包含全部检索词，以下为包含其中部分检索词的条款；找到\d+条条款。$/u);
    await expect.poll(() => hint.textContent()).toBe('收录文本不写“6G”，相关的说法是“下一代移动通信”；本站把写到它的条款归入同名领域：查看下一代移动通信。');
    // Inside another word it is not the reader's word: 16G says nothing of it.
    await page.goto(site.url(`/search/?q=${encodeURIComponent('16G')}`));
    await expect.poll(() => status.textContent(), { timeout: 15_000 }).toBe('没有找到包含“16G”的条款。');
    expect(await hint.isVisible()).toBe(false);
    await page.goto(site.url(`/search/?q=6G`));
    await expect.poll(() => hint.locator('a').count(), { timeout: 15_000 }).toBe(1);
    await hint.locator('a').click();
    await page.waitForURL('**/sectors/next-generation-mobile/');
    expect(await page.locator('main').textContent()).toContain('下一代移动通信');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  test('two words no clause holds together list every clause holding either: 具身智能 基金 keeps Guangdong’s 具身智能机器人', async () => {
    const { page, errors } = await site.newPage();
    const status = page.locator('[data-search-status]');
    const data = JSON.parse(readFileSync(join(siteDir, 'data/clauses.json'), 'utf8')) as Array<{ id: string; text: string }>;
    expect(data.filter((c) => c.text.includes('具身智能') && c.text.includes('基金'))).toEqual([]);
    // The roundup writes no 基金, so Pagefind does not match it on both words; its line 36 holds 具身智能 alone.
    const either = data.filter((c) => c.text.includes('具身智能') || c.text.includes('基金')).map((c) => c.id);
    expect(either).toContain('pilot-zones-roundup-2024/guangdong-p6');
    await page.goto(site.url(`/search/?q=${encodeURIComponent('具身智能 基金')}`));
    await expect.poll(() => status.textContent(), { timeout: 15_000 }).toBe(`没有条款逐字包含全部检索词，以下为包含其中部分检索词的条款；找到${either.length}条条款。`);
    const results = await settledResults(page);
    const found = [...new Set(results.map((r) => `${r.path.replace(/^\/documents\/|\/$/gu, '')}/${r.hash.slice(1)}`))];
    expect(found.sort()).toEqual([...either].sort());
    expect(errors).toEqual([]);
    await page.context().close();
  });

  test('filters live in the address: a shared address restores them, ticking one updates it', async () => {
    const { page, errors } = await site.newPage();
    await page.goto(site.url(`/search/?q=${encodeURIComponent('先导区')}&${encodeURIComponent('省份')}=${encodeURIComponent('江苏省')}`));
    const results = await settledResults(page);
    expect(results.length).toBeGreaterThan(0);
    // Only Jiangsu's documents, and the roundup's Jiangsu section (its anchors start with jiangsu-).
    const outside = results.filter((r) => !r.path.startsWith('/documents/jiangsu-') && !r.hash.startsWith('#jiangsu-'));
    expect(outside.map((r) => r.href)).toEqual([]);
    expect(await page.locator('main').getByRole('checkbox', { name: /江苏省/ }).isChecked()).toBe(true);
    expect(await page.locator('[data-search-status]').textContent()).toMatch(/筛选前\d+条/u);

    await applyFilter(page, '政策文件');
    await expect.poll(() => new URL(page.url()).searchParams.getAll('文件类型')).toEqual(['政策文件']);
    expect(new URL(page.url()).searchParams.get('省份')).toBe('江苏省');
    expect(new URL(page.url()).searchParams.get('q')).toBe('先导区');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  test('a filter value the index does not hold is dropped from the address instead of hiding every result', async () => {
    const { page } = await site.newPage();
    await page.goto(site.url(`/search/?q=${encodeURIComponent('先导区')}&${encodeURIComponent('省份')}=${encodeURIComponent('火星省')}`));
    const results = await settledResults(page);
    expect(results.length).toBeGreaterThan(0);
    await expect.poll(() => new URL(page.url()).searchParams.has('省份')).toBe(false);
    expect(await page.locator('[data-search-status]').textContent()).not.toContain('筛选前');
    await page.context().close();
  });

  test('人形机器人 finds the one clause that writes it, and points to the sector page that also holds 类人机器人 and 具身智能机器人', async () => {
    const { page, errors } = await site.newPage();
    const results = await search(page, '人形机器人');
    expect(results.length).toBe(1);
    const hint = page.locator('[data-search-hint]');
    await expect.poll(() => hint.isVisible()).toBe(true);
    expect(await hint.textContent()).toBe('领域“人形机器人”的页面还收录写作“类人机器人”“具身智能机器人”的条款：查看人形机器人。');
    expect(await hint.getByRole('link').getAttribute('href')).toBe('/sectors/humanoid-robots/');
    // A query the search answers in full has no hint.
    await searchInput(page).fill('量子');
    await settledResults(page);
    await expect.poll(() => hint.isVisible()).toBe(false);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  test('江苏省发展改革委 finds the two texts that write it, and links the department page that gathers its plan duties', async () => {
    const { page, errors } = await site.newPage();
    const results = await search(page, '江苏省发展改革委');
    // The three-year plan's 发文机关 and the roundup's Jiangsu paragraph; then, by the synonym 发改委, the 5个100 plan's
    // issuers the page marks 〔推定〕.
    expect(results.map((r) => r.href)).toEqual(['/documents/jiangsu-3yr-plan/#doc-info', '/documents/pilot-zones-roundup-2024/#jiangsu-p1', '/documents/jiangsu-5x100-plan/#doc-info']);
    const hint = page.locator('[data-search-hint]');
    await expect.poll(() => hint.isVisible()).toBe(true);
    expect(await hint.textContent()).toMatch(/^责任部门：江苏省发展和改革委员会（牵头\d+条、配合\d+条、正文提及\d+条），原文写法各异的条款都汇集在其页面。$/u);
    await hint.getByRole('link', { name: '江苏省发展和改革委员会' }).click();
    await page.waitForURL('**/departments/jiangsu/development-reform/');
    expect(await page.locator('h1').textContent()).toBe('江苏省发展和改革委员会');
    // 省科技厅 is each province's short name: both registered 科学技术厅 are linked.
    await page.goBack();
    await searchInput(page).fill('省科技厅');
    await settledResults(page);
    await expect.poll(() => hint.getByRole('link').count()).toBe(2);
    expect(await hint.textContent()).toContain('“省科技厅”在各省指不同部门');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  test('a synonym is searched too, and said: AI, which no text writes, lists the 人工智能 clauses; 工信厅 adds the Jiangsu notes’ 工业和信息化厅', async () => {
    const { page, errors } = await site.newPage();
    const ai = await search(page, 'AI');
    expect(ai.length).toBeGreaterThan(0);
    const status = page.locator('[data-search-status]');
    expect(await status.textContent()).toMatch(/^原文中没有“AI”，改按同义写法“人工智能”检索；找到\d+条条款。$/u);
    // The written form is what is marked in each excerpt.
    expect(await page.locator('[data-search-results] mark').first().textContent()).toBe('人工智能');

    await searchInput(page).fill('工信厅');
    const results = await settledResults(page);
    // Gansu's 工信厅 (the roundup) first, as typed; then the Jiangsu plans' 省工业和信息化厅.
    expect(results[0]!.text).toContain('甘肃省');
    // What it adds is counted by kind: the Jiangsu 3-year plan's 发文机关 line is a 文件信息 entry, not a clause.
    expect(await status.textContent()).toMatch(/^同时检索了同义写法“工业和信息化厅”（另\d+条条款、1份文件的文件信息）；/u);
    const marks = await page.locator('[data-search-results] mark').allTextContents();
    expect(new Set(marks)).toEqual(new Set(['工信厅', '工业和信息化厅']));
    // Each body the two forms name is linked: Gansu's and Jiangsu's.
    const hint = page.locator('[data-search-hint]');
    await expect.poll(() => hint.getByRole('link').count()).toBe(2);
    expect(await hint.getByRole('link').allTextContents()).toEqual(expect.arrayContaining(['甘肃省工业和信息化厅', '江苏省工业和信息化厅']));
    expect(errors).toEqual([]);
    await page.context().close();
  });

  test('a passage pasted across two items the ingest split is found and marked whole; so is a whole long clause', async () => {
    const { page, errors } = await site.newPage();
    const results = await search(page, '促进大中小企业融通创新。二是推动高成长性科技型企业');
    expect(results.map((r) => r.href)).toEqual(['/documents/jiangxi-six-actions-interpretation/#s3-p7']);
    const status = page.locator('[data-search-status]');
    expect(await status.textContent()).toBe('检索词中的标点不计；找到1处跨越相邻两条的原文。');
    expect(await page.locator('[data-search-results] .result-meta').first().textContent()).toMatch(/^跨越相邻两条 · /u);
    expect(await page.locator('[data-search-results] mark').allTextContents()).toEqual(['促进大中小企业融通创新。二是推动高成长性科技型企业']);
    // A clause of 349 characters pasted whole: the excerpt runs to its end, so all of it is marked, not nothing.
    const clause = '1.推动基础研究强基。坚持战略导向和自由探索并重';
    const long = (await import('../../src/lib/atlas.ts')).clauses.find((c) => c.text.startsWith(clause))!.text;
    expect(long.length).toBeGreaterThan(300);
    await searchInput(page).fill(long);
    await settledResults(page);
    const marks = await page.locator('[data-search-results] mark').allTextContents();
    expect(marks.join('').length).toBeGreaterThanOrEqual(long.length - 1);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  test('section headings are searched too: 着力升级 finds the plan’s （五）着力升级100家未来产业科创园区, counted apart from clauses', async () => {
    const { page, errors } = await site.newPage();
    const results = await search(page, '着力升级');
    expect(results.map((r) => r.href)).toContain('/documents/jiangsu-5x100-plan/#s2.5');
    const heading = page.locator('.result', { has: page.locator('a[href="/documents/jiangsu-5x100-plan/#s2.5"]') });
    expect(await heading.locator('.result-title').textContent()).toBe('（五）着力升级100家未来产业科创园区');
    // The words are marked in a heading's title, as in a clause's excerpt.
    expect(await heading.locator('.result-title mark').allTextContents()).toEqual(['着力升级']);
    expect(await heading.locator('.result-meta').textContent()).toMatch(/^章节标题 · /u);
    expect(await page.locator('[data-search-status]').textContent()).toMatch(/找到\d+条条款、1个章节标题。/u);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  test('text pasted from the sources finds its clauses: without its quotes, with the PDF’s spaces, with the roundup’s pinyin', async () => {
    const { page, errors } = await site.newPage();
    const status = page.locator('[data-search-status]');
    // The 解读's first paragraph prints “5个100”行动方案; the quotes are left out of the query.
    const quoted = await search(page, '5个100行动方案');
    expect(quoted.map((r) => r.href)).toEqual(['/documents/jiangsu-5x100-interpretation/#p1']);
    expect(await page.locator('.result-excerpt mark').first().textContent()).toBe('5个100”行动方案');
    // 100 项 as the 5个100 plan's PDF text spaces it is the word 100项, as the ingest made the text: the 7 clauses
    // that write it, and none that hold 100 and 项 apart (100个…项目).
    const clauseIdsOf = (query: string) => search(page, query).then(() => page.locator('.result').evaluateAll((items) =>
      items.filter((item) => !item.querySelector('.result-meta')!.textContent!.startsWith('章节标题')).map((item) => item.querySelector('a')!.getAttribute('href')!.split('/documents/')[1]!.replace(/\/(\?[^#]*)?#/u, '/')),
    ));
    const written = ['jiangsu-3yr-plan/c2', 'jiangsu-5x100-interpretation/s2-p1', 'jiangsu-5x100-interpretation/s3-e1', 'jiangsu-5x100-interpretation/s3-e5', 'jiangsu-5x100-plan/s1-g1', 'jiangsu-5x100-plan/s1-g2', 'pilot-zones-roundup-2024/hubei-p2'];
    expect((await clauseIdsOf('100 项')).sort()).toEqual(written);
    expect(await status.textContent()).toBe('找到7条条款、2个章节标题。');
    expect(await page.locator('.result mark').allTextContents()).toEqual(Array(11).fill('100项'));
    // Either order, either kind: 10 家左右 marks 10家左右 only, not the clause number 10. nor 200家左右.
    expect(await clauseIdsOf('10 家左右')).toEqual(['jiangsu-5x100-plan/c10', 'jiangsu-5x100-plan/c14']);
    expect(await page.locator('.result mark').allTextContents()).toEqual(['10家左右', '10家左右']);
    // Copied from the roundup's page, pinyin and all: the same clauses as 先导区, and the status says what was removed.
    const plain = (await search(page, '先导区')).map((r) => r.href).sort();
    const annotated = (await search(page, '先導(dǎo)區(qū)')).map((r) => r.href).sort();
    expect(annotated).toEqual(plain);
    expect(plain.length).toBe(14);
    // The roundup's title, 多地发布政策，支持建设未来产业先导区, is found too, and comes first; so are the three documents
    // it names by title (Anhui's 拟筹建名单, Chongqing's 通知 and 申报书), each beside the clause naming it.
    expect(await status.textContent()).toBe('已去掉检索词中的拼音注音；找到4份文件的标题、14条条款。');
    // A copy that begins and ends inside an annotation (roundup line 42, 產(chǎn)業(yè)…試點(diǎn)) finds its clause as a whole one does.
    expect((await search(page, 'ǎn)業(yè)先行集聚發(fā)展試點(di')).map((r) => r.href)).toEqual(['/documents/pilot-zones-roundup-2024/#jiangsu-p1']);
    // The list's own title, “未来产业先行集聚发展试点”清单, known only from this line, is found too.
    expect(await status.textContent()).toBe('已去掉检索词中的拼音注音；找到1份文件的标题、1条条款。');
    // 加快建设未来产业先导区 is the heading of the three-year plan's 10.: it comes first among the clauses.
    await search(page, '先导区');
    expect(await page.locator('.result a').evaluateAll((links) => links.slice(0, 2).map((a) => a.getAttribute('href')))).toEqual(['/documents/pilot-zones-roundup-2024/', `/documents/jiangsu-3yr-plan/?q=${encodeURIComponent('先导区')}#c10`]);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  test('text pasted from a raw source where the site applied an erratum finds the corrected clause, and the status says so with its line: 深??臻g is 深海空间', async () => {
    const { page, errors } = await site.newPage();
    const status = page.locator('[data-search-status]');
    // The roundup's line 35 prints the damaged run; content/vocab/errata.yaml corrects it, so no clause holds it.
    const line35 = readFileSync('content/sources/provinces-pilot-zone-roundup-2024.txt', 'utf8').split(/\r?\n/u)[34]!;
    expect(line35).toContain('深??臻g');
    const results = await search(page, '深??臻g');
    expect(results.map((r) => r.href)).toEqual(['/documents/pilot-zones-roundup-2024/#guangdong-p5']);
    expect(await status.textContent()).toBe('先导区新闻综述原文第35行作“深??臻g”，本站据勘误更正为“深海空间”，以下按更正后的写法检索；找到1条条款。');
    expect(await page.locator('[data-search-results] mark').allTextContents()).toEqual(['深海空间']);
    // The excerpt marks the run as the site's correction, as the reader does, with what line 35 prints there.
    const corrected = page.locator('[data-search-results] .result-excerpt ins.corrected');
    expect(await corrected.allTextContents()).toEqual(['深海空间']);
    expect(await corrected.getAttribute('title')).toBe('本站更正：第35行原文作“深??臻g”');
    expect(await corrected.evaluate((el) => getComputedStyle(el, '::after').content)).toBe('"更正"');
    // A word that covers part of the run: the run stays one correction, with one label, the word marked inside it.
    await search(page, '深海');
    const partial = page.locator('.result', { has: page.locator('a[href$="#guangdong-p5"]') }).locator('.result-excerpt ins.corrected');
    expect(await partial.allTextContents()).toEqual(['深海空间']);
    expect(await partial.locator('mark').allTextContents()).toEqual(['深海']);
    // With a province that has no such clause, the correction is still said, and what it finds without the province.
    await searchInput(page).fill('湖北 深??臻g');
    await expect.poll(() => status.textContent(), { timeout: 15_000 }).toBe('先导区新闻综述原文第35行作“深??臻g”，本站据勘误更正为“深海空间”，同时按更正后的写法检索；按省份理解“湖北”：本站收录的湖北省条款中没有“深??臻g”；不限省份检索（连同上述写法），可找到1条条款。');
    // The whole line pasted, pinyin, traditional characters and all: the same clause, marked whole.
    await searchInput(page).fill(line35);
    expect((await settledResults(page)).map((r) => r.href)).toEqual(['/documents/pilot-zones-roundup-2024/#guangdong-p5']);
    await expect.poll(() => status.textContent()).toBe('先导区新闻综述原文第35行作“深??臻g”，本站据勘误更正为“深海空间”，以下按更正后的写法检索；已去掉检索词中的拼音注音；检索词中的标点不计；找到1条条款。');
    expect((await page.locator('[data-search-results] mark').allTextContents()).join('')).toContain('重点发展新型储能、深海空间等细分产业');
    // The result opens the clause, where the correction is marked and its note gives the reason.
    await page.locator('.result a').first().click();
    await page.waitForURL((url) => url.pathname === '/documents/pilot-zones-roundup-2024/' && url.hash === '#guangdong-p5');
    const clause = page.locator('#guangdong-p5');
    expect(await clause.textContent()).toContain('深海空间');
    expect(await page.locator('main').textContent()).toContain('原文此处为乱码“深??臻g”');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  test('the 解读’s errata pasted as printed, with a space where the + was lost: the clauses the correction finds come first, then the typed words’ others', async () => {
    const { page, errors } = await site.newPage();
    const status = page.locator('[data-search-status]');
    const spaced = (await search(page, '科创 产业')).map((r) => r.href.replace(/\?q=[^#]*/u, ''));
    // Lines 29 and 43: the 注重创新举措 paragraph and the 关键核心技术攻关 item, first (the closer match of the two
    // leads); then the other clauses that hold both 科创 and 产业 (15 of them, and a heading).
    expect(spaced.slice(0, 2).sort()).toEqual(['/documents/jiangxi-six-actions-interpretation/#s2.3', '/documents/jiangxi-six-actions-interpretation/#s3-p6-e2']);
    expect(spaced.length).toBeGreaterThan(2);
    expect(await status.textContent()).toMatch(/^六大行动解读原文第29、43行作“科创 产业”，本站据勘误更正为“科创\+产业”，同时按更正后的写法检索，找到的条款列在最前；找到\d+条条款/u);
    const corrected = page.locator('.result', { has: page.locator('a[href$="#s3-p6-e2"]') });
    expect(await corrected.locator('mark').allTextContents()).toContain('科创+产业');
    // The run the site corrected is marked in the excerpt as in the reader, with what line 43 prints.
    expect(await corrected.locator('ins.corrected').allTextContents()).toEqual(['科创+产业']);
    expect(await corrected.locator('ins.corrected').getAttribute('title')).toBe('本站更正：第43行原文作“科创 产业”');
    expect((await search(page, '投资 孵化')).map((r) => r.href)[0]).toMatch(/\/documents\/jiangxi-six-actions-interpretation\/(\?q=[^#]*)?#s3-p7-e3$/u);
    expect(await status.textContent()).toBe('六大行动解读原文第45行作“投资 孵化”，本站据勘误更正为“投资+孵化”，同时按更正后的写法检索，找到的条款列在最前；找到4条条款。');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  test('punctuation in a query is said to be set aside, and markup is only text that matches nothing', async () => {
    const { page, errors } = await site.newPage();
    const status = page.locator('[data-search-status]');
    await page.goto(site.url(`/search/?q=${encodeURIComponent('30-40项')}`));
    await expect.poll(() => status.textContent(), { timeout: 15_000 }).toBe('检索词中的标点不计；找到1条条款。');
    expect(await page.locator('.result a').first().getAttribute('href')).toBe(`/documents/jiangsu-5x100-plan/?q=${encodeURIComponent('30-40项')}#c3`);
    expect(await page.locator('.result-excerpt mark').first().textContent()).toBe('30-40项');
    // The 1 of alert(1) used to pull in every clause with a 1 in it as a looser match.
    await page.goto(site.url(`/search/?q=${encodeURIComponent('<script>alert(1)</script>')}`));
    await expect.poll(() => status.textContent(), { timeout: 15_000 }).toBe('没有找到包含“<script>alert(1)</script>”的条款。');
    expect(await page.locator('.result').count()).toBe(0);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  test('a mark covers the closing bracket the reader typed: 首台（套）, a pasted 《…（2024-2026年）》; 量子科技 marks no ）', async () => {
    const { page, errors } = await site.newPage();
    // The three-year plan's 24.: 装备首台（套）、新材料首批次.
    expect((await search(page, '首台（套）')).map((r) => r.href)).toEqual(['/documents/jiangsu-3yr-plan/#c24']);
    expect(await page.locator('.result-excerpt mark').allTextContents()).toEqual(['首台（套）']);
    // The title as the notice prints it: the title result marks it up to its ）, its printed forms and the notice's p2 with 《》.
    const title = '《江苏省加快培育发展未来产业三年行动方案（2024-2026年）》';
    await search(page, title);
    const marks = await page.locator('.result mark').allTextContents();
    expect(marks[0]).toBe('江苏省加快培育发展未来产业三年行动方案（2024-2026年）');
    expect(new Set(marks.slice(1))).toEqual(new Set([title]));
    // The roundup's Gansu paragraph prints 未来信息（深度数字孪生、量子科技）: the ） is not the reader's.
    await search(page, '量子科技');
    const gansu = page.locator('.result', { has: page.locator('a[href*="#gansu-p2"]') });
    expect(await gansu.locator('.result-excerpt').textContent()).toContain('量子科技）');
    expect(await gansu.locator('mark').allTextContents()).toEqual(['量子科技']);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  test('a result opens its clause with the words searched for marked there, and nowhere else: 知识产权质押 in the plan’s 15.', async () => {
    const { page, errors } = await site.newPage({ viewport: { width: 390, height: 844 } });
    // 15.加大科技信贷支持力度 is 264 characters: 加大未来技术创新项目的知识产权质押融资、首贷投放力度。…
    expect((await search(page, '知识产权质押')).map((r) => r.href)).toEqual(['/documents/jiangsu-3yr-plan/#c15']);
    const link = page.locator('.result a').first();
    expect(await link.getAttribute('href')).toBe(`/documents/jiangsu-3yr-plan/?q=${encodeURIComponent('知识产权质押')}#c15`);
    await link.click();
    await page.waitForURL((url) => url.pathname === '/documents/jiangsu-3yr-plan/' && url.hash === '#c15');
    const hits = page.locator('mark.query-hit');
    await expect.poll(() => hits.allTextContents()).toEqual(['知识产权质押']);
    expect(await hits.evaluate((mark) => mark.closest('.clause-text')?.parentElement?.id)).toBe('c15');
    // The mark is on screen where the clause opened, not below it.
    const box = (await hits.boundingBox())!;
    expect(box.y).toBeGreaterThanOrEqual(0);
    expect(box.y + box.height).toBeLessThan(844);
    await screenshot(page, 'reader-query-mark-phone');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  test('the reader marks as the search page matches, in the target clause only, and marks nothing the clause lacks; markup in the address is text', async () => {
    const { page, errors } = await site.newPage({ viewport: { width: 1280, height: 900 } });
    const open = async (query: string, anchor: string) => {
      await page.goto(site.url(`/documents/jiangsu-3yr-plan/?q=${encodeURIComponent(query)}#${anchor}`));
      await page.waitForLoadState('load');
      return page.locator('mark.query-hit').evaluateAll((marks) => marks.map((m) => [m.closest('.clause')?.id, m.textContent]));
    };
    // 未来产业 stands in most clauses: only 15.'s are marked (加大未来技术创新… is not; …结合未来产业发展特点… is).
    const clauses = JSON.parse(readFileSync(join(siteDir, 'data/clauses.json'), 'utf8')) as Array<{ id: string; text: string }>;
    const c15 = clauses.find((c) => c.id === 'jiangsu-3yr-plan/c15')!.text;
    const count = c15.split('未来产业').length - 1;
    expect(count).toBeGreaterThan(1);
    expect(await open('未来产业', 'c15')).toEqual(Array(count).fill(['c15', '未来产业']));
    // A phrase the page holds elsewhere (3.'s 概念验证中心) but not in 15.: nothing marked.
    expect(await open('概念验证中心', 'c15')).toEqual([]);
    // Full-width, punctuation-insensitive, with the bracket typed: 24.'s 装备首台（套）、新材料首批次.
    expect(await open('首台(套)', 'c24')).toEqual([['c24', '首台（套）']]);
    // Across the bold lead (<strong>15.加大科技信贷支持力度。</strong>) and the text after it: one hit, a mark in each text node.
    expect(await open('加大科技信贷支持力度。加大未来技术', 'c15')).toEqual([['c15', '加大科技信贷支持力度。'], ['c15', '加大未来技术']]);
    // A query holding markup: no element is made from it, no script runs, nothing is marked.
    let dialogs = 0;
    page.on('dialog', (dialog) => {
      dialogs += 1;
      void dialog.dismiss();
    });
    const before = await page.locator('article.document img').count();
    for (const query of ['<img src=x onerror=alert(1)>', '<script>alert(1)</script>']) {
      expect(await open(query, 'c15'), query).toEqual([]);
      expect(await page.locator('article.document img, article.document script').count(), query).toBe(before);
    }
    expect(dialogs).toBe(0);
    // No query, or a fragment that names no clause: the page as it always was.
    expect(await open('', 'c15')).toEqual([]);
    expect(await open('知识产权质押', 'doc-info')).toEqual([]);
    await page.goto(site.url(`/documents/jiangsu-3yr-plan/?q=${encodeURIComponent('知识产权质押')}#%E0%A4%A`));
    expect(await page.locator('mark.query-hit').count()).toBe(0);
    await page.goto(site.url(`/documents/jiangsu-3yr-plan/?q=${encodeURIComponent('概念验证中心')}#c3`));
    await screenshot(page, 'reader-query-mark-desktop');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  test('a range written with a tilde finds what the texts write with a dash: 8～10个 as 8-10个', async () => {
    const { page, errors } = await site.newPage();
    const status = page.locator('[data-search-status]');
    const dashed = (await search(page, '8-10个')).map((r) => r.href);
    expect(dashed).toEqual(['/documents/pilot-zones-roundup-2024/#chongqing-p2']);
    for (const query of ['8～10个', '8~10个', '8〜10个', '8 ～ 10个']) {
      expect((await search(page, query)).map((r) => r.href), query).toEqual(dashed);
      expect(await page.locator('.result-excerpt mark').allTextContents(), query).toEqual(['8-10个']);
    }
    expect((await search(page, '30～40项')).map((r) => r.href)).toEqual(['/documents/jiangsu-5x100-plan/#c3']);
    // The plans write 2024-2026年, the roundup 2024—2026年: a tilde finds both, as the dash does.
    const years = (await search(page, '2024-2026年')).map((r) => r.href);
    expect(years.length).toBeGreaterThanOrEqual(3);
    expect((await search(page, '2024～2026年')).map((r) => r.href)).toEqual(years);
    expect(await status.textContent()).toMatch(/^检索词中的标点不计；找到/u);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  test('a query without punctuation does not match across the text’s punctuation: 技术人才 is not 技术、人才; a query with punctuation still may', async () => {
    const { page, errors } = await site.newPage();
    const clauses = JSON.parse(readFileSync(join(siteDir, 'data/clauses.json'), 'utf8')) as Array<{ id: string; text: string }>;
    const href = (id: string) => `/documents/${id.split('/')[0]}/#${anchorOf(id)}`;
    const writing = (word: string) => clauses.filter((c) => c.text.includes(word)).map((c) => href(c.id)).sort();
    // Each is found verbatim in some clauses, and in others only across a 、 (the 解读's s3-e2, the roundup's hubei-p3 …).
    const across = { 技术人才: ['jiangsu-5x100-interpretation/s3-e2', 'pilot-zones-roundup-2024/hubei-p3'], 应用示范: ['jiangsu-5x100-plan/s1-p2'], 创新成果: ['jiangxi-six-actions-interpretation/s2.2-e2'] };
    for (const [word, ids] of Object.entries(across)) {
      for (const id of ids) expect(clauses.find((c) => c.id === id)!.text.replace(/、/gu, ''), id).toContain(word);
      expect((await search(page, word)).map((r) => r.href).sort(), word).toEqual(writing(word));
      expect(new Set(await page.locator('.result mark').allTextContents()), word).toEqual(new Set([word]));
    }
    // Typed with the 、, the query asks for the loose match, and the status says its punctuation is set aside.
    const loose = (await search(page, '技术、人才')).map((r) => r.href);
    expect(loose).toEqual(expect.arrayContaining([...writing('技术人才'), ...across.技术人才.map(href)]));
    expect(await page.locator('[data-search-status]').textContent()).toMatch(/^检索词中的标点不计；/u);
    // Quotes are not separators: 5个100行动方案 still finds “5个100”行动方案.
    expect((await search(page, '5个100行动方案')).map((r) => r.href)).toEqual(['/documents/jiangsu-5x100-interpretation/#p1']);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  test('Back returns to the query and the results the reader left, and 清除全部筛选 clears the address', async () => {
    const { page, errors } = await site.newPage();
    await search(page, '先导区');
    // A query the reader stays on gets its own history entry; one typed straight after replaces it.
    await page.waitForTimeout(2_200);
    await searchInput(page).fill('信息');
    await settledResults(page);
    await page.goBack();
    await expect.poll(() => searchInput(page).inputValue()).toBe('先导区');
    await expect.poll(() => new URL(page.url()).searchParams.get('q')).toBe('先导区');
    await expect.poll(() => page.title()).toBe('“先导区”的检索结果 · 检索 · 未来产业政策图谱');
    await expect.poll(async () => (await clauseResults(page))[0]?.href).toBe('/documents/jiangsu-3yr-plan/#c10');
    // 信息 lists 31 results: after 显示更多结果, the 25th is opened, and Back shows it again.
    await page.goForward();
    await expect.poll(() => page.locator('.result').count(), { timeout: 15_000 }).toBe(20);
    await page.getByRole('button', { name: '显示更多结果' }).click();
    const twentyFifth = page.locator('.result a').nth(24);
    const href = await twentyFifth.getAttribute('href');
    await twentyFifth.click();
    await page.waitForURL((url) => url.pathname.startsWith('/documents/'));
    await page.goBack();
    await expect.poll(() => page.locator('.result').count(), { timeout: 15_000 }).toBeGreaterThan(24);
    expect(await page.locator('.result a').nth(24).getAttribute('href')).toBe(href);
    // Two filters, then one button clears both, in the list and in the address.
    await applyFilter(page, '江苏省');
    await applyFilter(page, '政策文件');
    await page.getByRole('button', { name: '清除全部筛选' }).click();
    await expect.poll(() => [...new URL(page.url()).searchParams.keys()]).toEqual(['q']);
    expect(await page.locator('input[type="checkbox"]:checked').count()).toBe(0);
    expect(await page.getByRole('button', { name: '清除全部筛选' }).count()).toBe(0);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  test('on a phone, a long query without breaks wraps in the status instead of widening the page', async () => {
    const { page } = await site.newPage({ viewport: { width: 390, height: 844 } });
    await page.goto(site.url(`/search/?q=${'A'.repeat(400)}`));
    await expect.poll(() => page.locator('[data-search-status]').textContent(), { timeout: 15_000 }).toMatch(/^没有找到/u);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBe(390);
    await page.context().close();
  });

  test('a 文号 or 索引号 finds its document, and the result opens the document’s 文件信息', async () => {
    const { page, errors } = await site.newPage();
    const status = page.locator('[data-search-status]');
    // As a news story prints it, with square brackets for 〔〕.
    const results = await search(page, '苏发改高技发[2024]229号');
    expect(results.map((r) => r.href)).toEqual(['/documents/jiangsu-3yr-plan/#doc-info']);
    expect(await page.locator('.result .result-title').textContent()).toMatch(/^文号：苏发改高技发〔2024〕229号；索引号：014001303\/2024-00702；发文机关：江苏省发展改革委、/u);
    expect(await page.locator('.result .result-meta').textContent()).toMatch(/^文件信息 · 江苏省加快培育发展未来产业三年行动方案（2024-2026年）/u);
    expect(await status.textContent()).toBe('检索词中的标点不计；找到1份文件的文件信息（文号、发文机关、日期等）。');
    await page.locator('.result a').click();
    await page.waitForURL(/#doc-info$/u);
    expect(await page.locator('#doc-info').textContent()).toContain('苏发改高技发〔2024〕229号');
    // The Jiangxi 解读's 索引号, which its republishing county page prints.
    expect((await search(page, 'AYX--2024-0268')).map((r) => r.href)).toEqual(['/documents/jiangxi-six-actions-interpretation/#doc-info']);
    // Whom to ask, as its lines 55–59 print them: an enterprise holding the office, the name or the number finds it.
    for (const query of ['发展计划处', '颜翔', '0791-86266641']) {
      expect((await search(page, query)).map((r) => r.href), query).toEqual(['/documents/jiangxi-six-actions-interpretation/#doc-info']);
    }
    expect(await page.locator('.result .result-title').textContent()).toContain('咨询处室：发展计划处；联系人：颜翔；联系电话：0791-86266641');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  test('a document’s title, its printed issuers, publisher and date find it: the title opens the document, the rest its 文件信息', async () => {
    const { page, errors } = await site.newPage();
    const status = page.locator('[data-search-status]');
    const hrefs = () => page.locator('.result a').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
    const jiangxi = '/documents/jiangxi-six-actions-interpretation/';
    // The Jiangxi 解读's title, 科技兴赣六大行动实施方案（2023-2025年）解读, is in none of its clauses. The plan it explains,
    // which the site knows only by that title, follows it.
    for (const query of ['科技兴赣', '科技兴赣六大行动实施方案']) {
      await page.goto(site.url(`/search/?q=${encodeURIComponent(query)}`));
      await expect.poll(() => status.textContent(), { timeout: 15_000 }).toBe('找到2份文件的标题。');
      expect(await hrefs()).toEqual([jiangxi, '/documents/jiangxi-six-actions-plan/']);
      expect(await page.locator('.result-title mark').allTextContents()).toEqual([query, query]);
      expect(await page.locator('.result-meta').allTextContents()).toEqual(['文件标题 · 江西省 · 政策解读', '文件标题 · 江西省 · 仅见引用']);
    }
    await page.locator('.result a').first().click();
    await page.waitForURL((url) => url.pathname === jiangxi && url.hash === '');
    expect(await page.locator('h1').textContent()).toBe('科技兴赣六大行动实施方案（2023-2025年）解读');
    // An issuer of the three-year plan, its date as a reader writes it, and the county site that republished the 解读.
    for (const [query, href] of [['江苏省交通运输厅', '/documents/jiangsu-3yr-plan/#doc-info'], ['2024年2月27日', '/documents/jiangsu-3yr-plan/#doc-info'], ['安义县', `${jiangxi}#doc-info`]]) {
      await page.goto(site.url(`/search/?q=${encodeURIComponent(query!)}`));
      await expect.poll(() => status.textContent(), { timeout: 15_000 }).toBe('找到1份文件的文件信息（文号、发文机关、日期等）。');
      expect(await hrefs(), query).toEqual([href]);
      expect(await page.locator('.result-title mark').allTextContents()).toEqual([query]);
    }
    expect(errors).toEqual([]);
    await page.context().close();
  });

  test('a document the site knows only by the title a text names finds its own page among the title results, after the texts the site holds', async () => {
    const { page, errors } = await site.newPage();
    const status = page.locator('[data-search-status]');
    const hrefs = () => page.locator('.result a').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
    // Declared in sources.yaml as references of the roundup and of the Jiangxi 解读; as each text prints the title.
    for (const [query, href, meta] of [
      ['湖北省加快未来产业发展实施方案（2024—2026年）', '/documents/hubei-future-industries-implementation-plan-2024/', '文件标题 · 湖北省 · 仅见引用'],
      ['江西省中长期科学和技术发展规划（2022-2035年）', '/documents/jiangxi-sci-tech-plan-2022-2035/', '文件标题 · 江西省 · 仅见引用'],
      ['工业和信息化部等七部门关于推动未来产业创新发展的实施意见', '/documents/national-miit-future-industries-opinions/', '文件标题 · 全国 · 仅见引用'],
    ]) {
      await page.goto(site.url(`/search/?q=${encodeURIComponent(query!)}`));
      await expect.poll(() => status.textContent(), { timeout: 15_000 }).toMatch(/找到1份文件的标题、1条条款。$/u);
      // The title first, then the clause that names it.
      const [title, clause] = await hrefs();
      expect(title, query).toBe(href);
      expect(clause, query).toMatch(/^\/documents\/(pilot-zones-roundup-2024|jiangxi-six-actions-interpretation|jiangsu-3yr-plan)\/\?q=/u);
      expect(await page.locator('.result-meta').first().textContent()).toBe(meta);
      expect((await page.locator('.result-title').first().locator('mark').allTextContents()).join('')).toBe(query);
    }
    // The title result opens the document's page, which says where the site knows it from.
    await page.locator('.result a').first().click();
    await page.waitForURL((url) => url.pathname === '/documents/national-miit-future-industries-opinions/');
    expect(await page.locator('h1').textContent()).toBe('工业和信息化部等七部门关于推动未来产业创新发展的实施意见');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  test('choosing 文件类型 仅见引用 (or 省份 全国) with no query lists the title of every document known only by reference it selects, each opening its page', async () => {
    const { page, errors } = await site.newPage();
    const status = page.locator('[data-search-status]');
    const referenced = (JSON.parse(readFileSync(join(siteDir, 'data/documents.json'), 'utf8')) as Array<{ id: string; source: string | null }>)
      .filter((d) => d.source === null).map((d) => `/documents/${d.id}/`);
    expect(referenced.length).toBe(15);
    await page.goto(site.url(`/search/?${encodeURIComponent('文件类型')}=${encodeURIComponent('仅见引用')}`));
    await expect.poll(() => status.textContent(), { timeout: 15_000 }).toBe('未输入检索词：列出符合所选筛选条件的全部15份仅见引用的文件的标题。输入关键词可在其中检索。');
    const hrefs = await page.locator('.result a').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
    expect([...hrefs].sort()).toEqual([...referenced].sort());
    // Only titles: no clause of a text the site holds has this kind.
    expect(new Set(await page.locator('.result-meta').allTextContents().then((metas) => metas.map((m) => m.split(' · ')[0])))).toEqual(new Set(['文件标题']));
    // 全国, which the 省份 filter offers for the national document, lists it too: it is the only one.
    await page.goto(site.url(`/search/?${encodeURIComponent('省份')}=${encodeURIComponent('全国')}`));
    await expect.poll(() => status.textContent(), { timeout: 15_000 }).toBe('未输入检索词：列出符合所选筛选条件的全部1份仅见引用的文件的标题。输入关键词可在其中检索。');
    expect(await page.locator('.result a').evaluateAll((links) => links.map((a) => a.getAttribute('href')))).toEqual(['/documents/national-miit-future-industries-opinions/']);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  test('an issuer the page marks 〔推定〕 finds its document too, and the result says 〔推定〕: 江苏科技, 江苏省科技厅', async () => {
    const { page, errors } = await site.newPage();
    const status = page.locator('[data-search-status]');
    // The 解读 prints `发布机构 江苏科技` (line 10), not as its issuer; the 5个100 plan prints no issuer at all.
    expect((await search(page, '江苏科技')).map((r) => r.href)).toEqual(['/documents/jiangsu-5x100-interpretation/#doc-info']);
    expect(await status.textContent()).toBe('找到1份文件的文件信息（文号、发文机关、日期等）。');
    expect(await page.locator('.result-title').textContent()).toBe('发文机关：江苏科技〔推定〕；发布者：江苏化工网；日期：2024年3月6日（2024-03-06）');
    expect(await page.locator('.result-title mark').allTextContents()).toEqual(['江苏科技']);
    // 科学技术厅 is searched with 科技厅: the three-year plan, which prints 江苏省科学技术厅, follows the plan typed for.
    const hrefs = (await search(page, '江苏省科技厅')).map((r) => r.href);
    expect(hrefs).toEqual(['/documents/jiangsu-5x100-plan/#doc-info', '/documents/jiangsu-3yr-plan/#doc-info']);
    expect(await page.locator('.result-title').first().textContent()).toBe('发文机关：江苏省科技厅、江苏省发改委〔推定〕');
    await page.locator('.result a').first().click();
    await page.waitForURL((url) => url.pathname === '/documents/jiangsu-5x100-plan/' && url.hash === '#doc-info');
    // Where the result leads, the page says why the issuers are inferred.
    expect(await page.locator('#doc-info').textContent()).toContain('发文机关依据：本文件为通知附件，不含发文机关；');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  test('with no query, the chosen filters list every clause they select: Jiangsu’s and Jiangxi’s 投资基金 clauses, then Jiangxi’s alone', async () => {
    const { page, errors } = await site.newPage();
    const status = page.locator('[data-search-status]');
    // The measure page's own list, per province, is what the filters must give.
    const funds = (JSON.parse(readFileSync(join(siteDir, 'data/measures.json'), 'utf8')) as Array<{ id: string; clausesByProvince: Record<string, string[]> }>)
      .find((m) => m.id === 'investment-fund')!.clausesByProvince;
    const hrefOf = (clauseId: string) => `/documents/${clauseId.split('/')[0]}/#${anchorOf(clauseId)}`;
    const expected = [...funds.jiangsu!, ...funds.jiangxi!].map(hrefOf);
    expect(expected.length).toBeGreaterThan(2);
    await page.goto(site.url(`/search/?${encodeURIComponent('省份')}=${encodeURIComponent('江苏省')}&${encodeURIComponent('省份')}=${encodeURIComponent('江西省')}&${encodeURIComponent('政策工具')}=${encodeURIComponent('投资基金')}`));
    await expect.poll(() => status.textContent(), { timeout: 15_000 }).toBe(`未输入检索词：列出符合所选筛选条件的全部${expected.length}条条款。输入关键词可在其中检索。`);
    // Provinces in the site's order; headings and 文号 lines are not clauses and are left out.
    expect((await clauseResults(page)).map((r) => r.href)).toEqual(expected);
    expect(await page.locator('.result-meta').allTextContents()).not.toContain(expect.stringMatching(/^(章节标题|文件信息)/u));
    expect(await page.title()).toMatch(/^筛选：江苏省、江西省、投资基金 · /u);

    // Unticking 江苏省 lists the browse again, and keyboard focus stays on the box.
    const jiangsu = page.locator('input[type="checkbox"][data-group="省份"][value="江苏省"]');
    await jiangsu.focus();
    await page.keyboard.press('Space');
    await expect.poll(async () => (await clauseResults(page)).map((r) => r.href)).toEqual(funds.jiangxi!.map(hrefOf));
    expect(await page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.value)).toBe('江苏省');
    await expect.poll(() => new URL(page.url()).searchParams.getAll('省份')).toEqual(['江西省']);

    // A query then searches within the filters; clearing every filter with no query lists nothing.
    await searchInput(page).fill('基金');
    await expect.poll(() => status.textContent(), { timeout: 15_000 }).toMatch(/^找到\d+条条款（筛选前\d+条）。$/u);
    await searchInput(page).fill('');
    await expect.poll(() => status.textContent(), { timeout: 15_000 }).toMatch(/^未输入检索词：列出符合所选筛选条件的全部\d+条条款/u);
    await page.getByRole('button', { name: '清除全部筛选' }).click();
    await expect.poll(() => status.textContent()).toBe('输入关键词开始检索，繁体字与简体字均可；也可以只选筛选条件，列出符合条件的全部条款。');
    expect(await clauseResults(page)).toEqual([]);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  test('pinyin an IME is still composing is not searched: nothing flickers, the address and history take only the committed query', async () => {
    const { page, errors } = await site.newPage();
    await page.goto(site.url('/search/'));
    const status = page.locator('[data-search-status]');
    await searchInput(page).click();
    const cdp = await page.context().newCDPSession(page);
    const seen = new Set<string>();
    const look = async () => {
      seen.add(`${await status.textContent()} ${decodeURIComponent(new URL(page.url()).search)}`);
    };
    const historyBefore = await page.evaluate(() => history.length);
    // Longer than the 250 ms debounce, and than the 2 s after which a state gets its own history entry.
    for (const text of ['xian', "xian'dao", "xian'dao'qu"]) {
      await cdp.send('Input.imeSetComposition', { text, selectionStart: text.length, selectionEnd: text.length });
      await page.waitForTimeout(text.endsWith('qu') ? 2_300 : 500);
      await look();
    }
    expect(await searchInput(page).inputValue()).toBe("xian'dao'qu");
    expect([...seen].filter((s) => /xian|没有找到/u.test(s))).toEqual([]);
    expect(new URL(page.url()).searchParams.has('q')).toBe(false);
    await cdp.send('Input.insertText', { text: '先导区' });
    // The roundup's title and the three it names by title (2024年省级未来产业先导区拟筹建名单 …), and 14 clauses.
    await expect.poll(() => status.textContent(), { timeout: 15_000 }).toBe('找到4份文件的标题、14条条款。');
    expect(new URL(page.url()).searchParams.get('q')).toBe('先导区');
    // Composing a second word after the first: 先导区liang'zi is never searched nor written into the address.
    await page.waitForTimeout(2_300);
    await cdp.send('Input.imeSetComposition', { text: "liang'zi", selectionStart: 8, selectionEnd: 8 });
    await page.waitForTimeout(2_300);
    expect(await status.textContent()).toBe('找到4份文件的标题、14条条款。');
    expect(new URL(page.url()).searchParams.get('q')).toBe('先导区');
    await cdp.send('Input.insertText', { text: '量子' });
    await expect.poll(() => new URL(page.url()).searchParams.get('q'), { timeout: 15_000 }).toBe('先导区量子');
    // One entry for the first query's address and one for the second, none for pinyin.
    expect(await page.evaluate(() => history.length)).toBeLessThanOrEqual(historyBefore + 1);
    // Composing begun within the debounce of a typed key: the search that key scheduled must not read the pinyin.
    await cdp.send('Input.insertText', { text: '中心' });
    await cdp.send('Input.imeSetComposition', { text: 'gao', selectionStart: 3, selectionEnd: 3 });
    await page.waitForTimeout(1_000);
    expect(new URL(page.url()).searchParams.get('q')).not.toMatch(/gao/u);
    expect(await status.textContent()).not.toMatch(/gao/u);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  test('a province name typed before or after a term without a space searches the term in that province, and says so', async () => {
    const { page, errors } = await site.newPage();
    const status = page.locator('[data-search-status]');
    const roundup = (ids: string[]) => ids.map((id) => `/documents/pilot-zones-roundup-2024/#${id}`);
    // No text writes 重庆先导区; the roundup's five Chongqing paragraphs write 先导区.
    expect((await search(page, '重庆先导区')).map((r) => r.href)).toEqual(roundup(['chongqing-p1', 'chongqing-p2', 'chongqing-p3', 'chongqing-p4', 'chongqing-p5']));
    // With the titles of the two Chongqing documents the roundup names (关于开展未来产业先导区建设工作的通知, the 申报书).
    expect(await status.textContent()).toBe('原文中没有“重庆先导区”；下面是重庆市含“先导区”的条款；找到2份文件的标题、5条条款。');
    expect(await page.locator('.result-excerpt mark').first().textContent()).toBe('先导区');
    expect(new URL(page.url()).searchParams.get('q')).toBe('重庆先导区');
    expect((await search(page, '先导区湖北省')).map((r) => r.href)).toEqual(roundup(['hubei-p2', 'hubei-p3']));
    expect(await status.textContent()).toBe('原文中没有“先导区湖北省”；下面是湖北省含“先导区”的条款；找到2条条款。');
    expect((await search(page, '江西科技金融')).map((r) => r.href)).toEqual(['/documents/jiangxi-six-actions-interpretation/#s3-p6-e5']);
    for (const query of ['安徽量子', '江苏氢能', '甘肃人工智能']) {
      expect((await search(page, query)).length, query).toBeGreaterThan(0);
      expect(await status.textContent(), query).toMatch(/^原文中没有“.+”；下面是(安徽省|江苏省|甘肃省)含“.+”的条款；找到\d+条条款。$/u);
    }
    // A verbatim hit is shown as one, with no province reading.
    await search(page, '江苏省实验室');
    expect(await status.textContent()).not.toContain('原文中没有');
    // A province as a word of its own names where to look: every Jiangsu clause on 氢能, though only two write 江苏.
    const hydrogen = await search(page, '江苏 氢能');
    expect(await status.textContent()).toBe('按省份理解“江苏”：下面是江苏省含“氢能”的条款；找到10条条款。');
    const data = JSON.parse(readFileSync(join(siteDir, 'data/clauses.json'), 'utf8')) as Array<{ id: string; text: string; province: string | null }>;
    const expected = data.filter((c) => c.province === 'jiangsu' && c.text.includes('氢能'));
    expect(expected).toHaveLength(10);
    expect(expected.filter((c) => c.text.includes('江苏')).length).toBeLessThan(10);
    expect(hydrogen.map((r) => r.href).sort()).toEqual(expected.map((c) => `/documents/${c.id.split('/')[0]}/#${anchorOf(c.id)}`).sort());
    // The Jiangxi clause on 科技金融 never writes 江西.
    expect((await search(page, '科技金融 江西')).map((r) => r.href)).toEqual(['/documents/jiangxi-six-actions-interpretation/#s3-p6-e5']);
    // A province with no clause on the rest: that is the answer, not other provinces' clauses listed as related ones
    // (the roundup's Hubei lines 49–52 never write 氢能); what the word finds in every province is counted.
    const everywhere = data.filter((c) => c.text.includes('氢能')).length;
    for (const [query, province] of [['湖北 氢能', '湖北'], ['氢能 江西', '江西']] as const) {
      expect(data.some((c) => c.province === (province === '湖北' ? 'hubei' : 'jiangxi') && c.text.includes('氢能')), query).toBe(false);
      await searchInput(page).fill(query);
      await expect.poll(() => status.textContent(), { timeout: 15_000 }).toBe(`按省份理解“${province}”：本站收录的${province}省条款中没有“氢能”；不限省份检索“氢能”，可找到${everywhere}条条款。`);
      expect(await clauseResults(page), query).toEqual([]);
    }
    // A clause that writes every word, the province too, stays though it is filed under 多省 (安徽、广东、江苏等地…先导区).
    const pilot = await search(page, '先导区 广东');
    expect(pilot.map((r) => r.href)).toContain('/documents/pilot-zones-roundup-2024/#p2');
    expect(await status.textContent()).toBe('按省份理解“广东”：下面是广东省含“先导区”的条款，及另外1条逐字写有全部检索词的条款；找到2条条款。');
    // The province named in the status is the one typed, whatever script the other word is in.
    await search(page, '先導區 廣東');
    expect(await status.textContent()).toMatch(/^按省份理解“广东”/u);
    // Two words a reader typed apart stay apart when joining them finds nothing: 量子 and 2026年, not 量子2026年.
    expect((await search(page, '量子 2026年')).length).toBeGreaterThan(0);
    // The notice's printed title finds the plan it issues, and the result shows where the words stand.
    await search(page, '关于印发');
    expect(await status.textContent()).toBe('找到1份文件的标题。');
    expect(await page.locator('[data-search-results] .result-excerpt mark').first().textContent()).toBe('关于印发');
    // Two provinces are not one place to look: the words are searched as words.
    await search(page, '江苏 安徽 氢能');
    expect(await status.textContent()).not.toContain('按省份理解');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  test('a province page’s own search opens the search page filtered to that province', async () => {
    const { page } = await site.newPage();
    await page.goto(site.url('/provinces/jiangsu/'));
    // An empty term is refused where it was typed, rather than opening a search page that lists nothing.
    await page.getByRole('searchbox', { name: '在江苏省的条款中检索' }).press('Enter');
    await page.waitForTimeout(300);
    expect(new URL(page.url()).pathname).toBe('/provinces/jiangsu/');
    await page.getByRole('searchbox', { name: '在江苏省的条款中检索' }).fill('   ');
    await page.getByRole('searchbox', { name: '在江苏省的条款中检索' }).press('Enter');
    await page.waitForTimeout(300);
    expect(new URL(page.url()).pathname).toBe('/provinces/jiangsu/');
    await page.getByRole('searchbox', { name: '在江苏省的条款中检索' }).fill('概念验证中心');
    await Promise.all([page.waitForURL((url) => url.pathname === '/search/'), page.getByRole('searchbox', { name: '在江苏省的条款中检索' }).press('Enter')]);
    const results = await settledResults(page);
    expect(results.map((r) => r.href)).toContain('/documents/jiangsu-3yr-plan/#c3');
    expect(results.filter((r) => !r.path.startsWith('/documents/jiangsu-') && !r.hash.startsWith('#jiangsu-'))).toEqual([]);
    expect(await page.locator('main').getByRole('checkbox', { name: /江苏省/ }).isChecked()).toBe(true);
    await page.context().close();
  });
});
