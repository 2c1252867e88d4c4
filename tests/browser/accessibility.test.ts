// axe-core inside Chromium on every page type: no violations of any impact (a moderate one, such as two
// search landmarks with the same name, still leaves a screen-reader user guessing).
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { openSite, representativePages, viewports, type SiteSession } from './helpers.ts';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const pages = representativePages();
let site: SiteSession;

beforeAll(async () => {
  site = await openSite();
});
afterAll(async () => {
  await site?.close();
});

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[] }[];
}

for (const type of pages.keys()) {
  for (const [width, viewport] of Object.entries(viewports)) {
    test(`${type} (${width}): no axe violations`, async () => {
      const path = pages.get(type);
      if (!path) throw new Error(`no ${type} page was built`);
      // The site's CSP forbids inline scripts; axe is injected by the test, not shipped by the site.
      const { page } = await site.newPage({ viewport, bypassCSP: true });
      await page.goto(site.url(path));
      await page.addScriptTag({ content: axeSource });
      const violations = await page.evaluate(async () => {
        const axe = (window as unknown as { axe: { run: (context: Document) => Promise<{ violations: AxeViolation[] }> } }).axe;
        return (await axe.run(document)).violations;
      });
      const found = violations
        .map((v) => `${v.impact} ${v.id}: ${v.help} — ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}${v.nodes.length > 3 ? ` (+${v.nodes.length - 3} more)` : ''}`);
      expect(found.length, `${path} at ${width} width:\n${found.join('\n')}`).toBe(0);
      await page.context().close();
    });
  }
}

test('a wide-table box is a keyboard stop exactly while it scrolls: all of /compare/’s on a phone, none of /data/’s that fit', async () => {
  const focusable = async (path: string, viewport: { width: number; height: number }) => {
    const { page, errors } = await site.newPage({ viewport });
    await page.goto(site.url(path));
    await page.waitForLoadState('load');
    const boxes = await page.locator('.table-scroll').evaluateAll((all) =>
      all.map((box) => ({ scrolls: box.scrollWidth > box.clientWidth + 1, stop: box.getAttribute('tabindex') === '0' })),
    );
    expect(errors).toEqual([]);
    await page.context().close();
    return boxes;
  };
  const phoneCompare = await focusable('/compare/', viewports.phone);
  expect(phoneCompare).toEqual([{ scrolls: true, stop: true }]);
  const desktopData = await focusable('/data/', viewports.desktop);
  expect(desktopData.length).toBeGreaterThan(10);
  for (const box of desktopData) expect(box.stop).toBe(box.scrolls);
  // Most of /data/'s tables fit a desktop screen: they are no longer stops on the way to the one that does not.
  expect(desktopData.filter((b) => b.stop).length).toBeLessThan(desktopData.length / 2);
});
