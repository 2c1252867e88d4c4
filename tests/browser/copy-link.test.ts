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
