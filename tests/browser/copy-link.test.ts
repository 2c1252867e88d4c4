// The clause copy-link control: with JavaScript it copies the clause's URL; without, it is a plain link.
import { afterAll, beforeAll, expect, test } from 'vitest';
import { openSite, type SiteSession } from './helpers.ts';

let site: SiteSession;
const documentPath = '/documents/jiangsu-3yr-plan/';

beforeAll(async () => {
  site = await openSite();
});
afterAll(async () => {
  await site?.close();
});

const copyControl = '[data-copy-link], button:has-text("复制"), [aria-label*="复制"], a:has-text("复制")';

test('the copy-link control puts the clause URL on the clipboard', async () => {
  const { page, errors } = await site.newPage();
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: site.server.url });
  await page.goto(site.url(documentPath));
  const control = page.locator('[id="c3"]').locator(copyControl).first();
  if ((await control.count()) === 0) throw new Error(`no copy-link control inside #c3 (looked for ${copyControl})`);
  await page.evaluate(() => navigator.clipboard.writeText('(clipboard before the click)'));
  await control.click();
  await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toMatch(/\/documents\/jiangsu-3yr-plan\/#c3$/);
  // A screen reader hears it: the button's new label alone is not announced.
  await expect.poll(() => page.getByRole('status').filter({ hasText: '已复制本条链接' }).count()).toBe(1);
  // Opened from a search result, the page's address carries the query (?q=); the clause's link does not.
  await page.goto(site.url(`${documentPath}?q=${encodeURIComponent('概念验证中心')}#c3`));
  await page.evaluate(() => navigator.clipboard.writeText('(clipboard before the click)'));
  await page.locator('[id="c3"]').getByRole('button', { name: '复制链接' }).click();
  await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(`${site.url(documentPath)}#c3`);
  expect(errors).toEqual([]);
  await page.context().close();
});

test('without JavaScript the clause offers a plain link to its anchor', async () => {
  const { page } = await site.newPage({ javaScriptEnabled: false });
  await page.goto(site.url(documentPath));
  const links = await page.locator('[id="c3"] a[href]').evaluateAll((anchors) =>
    anchors.filter((a) => (a as HTMLElement).checkVisibility()).map((a) => (a as HTMLAnchorElement).href),
  );
  const selfLinks = links.map((href) => new URL(href)).filter((url) => url.pathname === '/documents/jiangsu-3yr-plan/' && url.hash === '#c3');
  expect(selfLinks.length, 'a visible link to #c3 inside the clause').toBeGreaterThan(0);
  await page.context().close();
});

test('the copy-citation control puts authors, title, 文号, date, the clause and its address on the clipboard', async () => {
  const { page, errors } = await site.newPage();
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: site.server.url });
  await page.goto(site.url(documentPath));
  await page.locator('[id="c3"]').getByRole('button', { name: '复制引用' }).click();
  await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(
    `江苏省发展改革委等：《江苏省加快培育发展未来产业三年行动方案（2024-2026年）》（苏发改高技发〔2024〕229号），2024-02-27，3.加速创新成果转化（原文第22行）。未来产业政策图谱：${site.url(documentPath)}#c3`,
  );
  // A title that holds 《》 (the 5个100 interpretation's) is nested with 〈〉; its author, from a 发布机构 field, is marked
  // 〔推定〕 and its republisher named; a paragraph without a heading is cited by its line and opening words.
  await page.goto(site.url('/documents/jiangsu-5x100-interpretation/'));
  const paragraph = page.locator('[id="s2-p1"]');
  await paragraph.getByRole('button', { name: '复制引用' }).click();
  const cited = await page.evaluate(() => navigator.clipboard.readText());
  expect(cited).toMatch(/^江苏科技〔推定〕：《〈加快科技创新引领未来产业发展“5个100”行动方案（2024-2026年）〉政策解读》，江苏化工网(\d{4}-\d\d-\d\d)?刊载，原文第\d+行“认真学习贯彻习近平总书记对江苏工作重要讲…”。未来产业政策图谱：/u);
  expect(cited.endsWith('/documents/jiangsu-5x100-interpretation/#s2-p1')).toBe(true);
  expect(errors).toEqual([]);
  await page.context().close();
});
