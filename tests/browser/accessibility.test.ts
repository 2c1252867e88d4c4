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

/** @returns axe's violations on a page, one line each */
async function axeViolations(path: string, viewport: { width: number; height: number }): Promise<string[]> {
  // The site's CSP forbids inline scripts; axe is injected by the test, not shipped by the site.
  const { page } = await site.newPage({ viewport, bypassCSP: true });
  await page.goto(site.url(path));
  await page.addScriptTag({ content: axeSource });
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (context: Document) => Promise<{ violations: AxeViolation[] }> } }).axe;
    return (await axe.run(document)).violations;
  });
  await page.context().close();
  return violations
    .map((v) => `${v.impact} ${v.id}: ${v.help} — ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}${v.nodes.length > 3 ? ` (+${v.nodes.length - 3} more)` : ''}`);
}

for (const type of pages.keys()) {
  for (const [width, viewport] of Object.entries(viewports)) {
    test(`${type} (${width}): no axe violations`, async () => {
      const path = pages.get(type);
      if (!path) throw new Error(`no ${type} page was built`);
      const found = await axeViolations(path, viewport);
      expect(found.length, `${path} at ${width} width:\n${found.join('\n')}`).toBe(0);
    });
  }
}

// Pages of the documents type that the representative reader does not stand for: the index, grouped by kind with its
// jump list, and a page of a document known only from a digest, with that digest's paragraphs as cards.
for (const path of ['/documents/', '/documents/chongqing-pilot-zone-notice-2024/']) {
  for (const [width, viewport] of Object.entries(viewports)) {
    test(`${path} (${width}): no axe violations`, async () => {
      const found = await axeViolations(path, viewport);
      expect(found.length, `${path} at ${width} width:\n${found.join('\n')}`).toBe(0);
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

test('the keyboard focus ring stands out from the page and from a chip at 3:1 or more (WCAG 1.4.11)', async () => {
  const { page } = await site.newPage({ viewport: viewports.desktop });
  await page.goto(site.url('/documents/jiangsu-3yr-plan/'));
  await page.keyboard.press('Tab');
  const ratios = await page.evaluate(() => {
    const rgb = (css: string) => (css.match(/[\d.]+/gu) ?? []).slice(0, 3).map(Number);
    const luminance = (css: string) => {
      const [r, g, b] = rgb(css).map((v) => v / 255).map((v) => (v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4));
      return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
    };
    const contrast = (a: string, b: string) => {
      const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
      return (hi! + 0.05) / (lo! + 0.05);
    };
    const ring = getComputedStyle(document.activeElement!).outlineColor;
    const chip = getComputedStyle(document.querySelector('.chip.sector')!).backgroundColor;
    return { page: contrast(ring, getComputedStyle(document.documentElement).backgroundColor), chip: contrast(ring, chip), style: getComputedStyle(document.activeElement!).outlineStyle };
  });
  expect(ratios.style).toBe('solid');
  expect(ratios.page).toBeGreaterThanOrEqual(3);
  expect(ratios.chip).toBeGreaterThanOrEqual(3);
  await page.context().close();
});
