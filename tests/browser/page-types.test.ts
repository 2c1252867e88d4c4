// Every page type exists, renders in Chromium with and without JavaScript, fits a phone screen,
// and is photographed at desktop and phone widths into test-artifacts/screenshots/.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import {
  expectedPageTypes, openSite, provinces, representativePages, screenshot, viewports,
  type SiteSession,
} from './helpers.ts';

let site: SiteSession;
const pages = representativePages();

beforeAll(async () => {
  site = await openSite();
});
afterAll(async () => {
  await site?.close();
});

/** The site path of a page type, failing the test when the build has no such page. */
function pathOf(type: string): string {
  const path = pages.get(type);
  if (!path) throw new Error(`no ${type} page was built (expected ${type === 'home' ? '/' : `/${type}/…`} in dist/)`);
  return path;
}

// What a reader must see on each page type without JavaScript: real content, not an empty shell.
const contentChecks: Record<string, (page: Page) => Promise<void>> = {
  home: async (page) => {
    for (const province of provinces()) {
      expect(await page.locator(`main a[href="/provinces/${province.id}/"]`).count(), `home links to ${province.id}`).toBeGreaterThan(0);
    }
  },
  documents: async (page) => {
    expect(await page.locator('h1').innerText()).toContain('江苏省加快培育发展未来产业三年行动方案');
    const clause = page.locator('[id="c3"]');
    expect(await clause.isVisible(), '#c3 is visible').toBe(true);
    expect(await clause.innerText()).toContain('建设20个概念验证中心');
  },
  provinces: async (page) => {
    expect(await page.locator('h1').innerText()).toContain('江苏');
    expect(await page.locator('main a[href="/documents/jiangsu-3yr-plan/"]').count()).toBeGreaterThan(0);
  },
  sectors: async (page) => {
    expect(await page.locator('main a[href*="/documents/"][href*="#"]').count(), 'links to tagged clauses').toBeGreaterThan(0);
  },
  measures: async (page) => {
    expect(await page.locator('main a[href*="/documents/"][href*="#"]').count(), 'links to clauses using the measure').toBeGreaterThan(0);
  },
  departments: async (page) => {
    expect(await page.locator('main a[href*="/documents/"][href*="#"]').count(), 'links to the clauses it is tasked with').toBeGreaterThan(0);
  },
  'department-functions': async (page) => {
    // Each province's body is linked, and so are the clauses it is tasked with.
    expect(await page.locator('main table a[href="/departments/jiangsu/science-technology/"]').count()).toBe(1);
    expect(await page.locator('main table a[href="/departments/jiangxi/science-technology/"]').count()).toBe(1);
    expect(await page.locator('main a[href*="/documents/"][href*="#"]').count(), 'links to the clauses its bodies are tasked with').toBeGreaterThan(0);
  },
  compare: async (page) => {
    // Reading chosen: without JavaScript the picker cannot run, so the table shows all seven provinces.
    const headers = (await page.locator('main table th').allInnerTexts()).join(' ');
    for (const province of provinces()) expect(headers, `compare column for ${province.short}`).toContain(province.short);
  },
  data: async (page) => {
    expect(await page.locator('main a[href$=".json"]').count(), 'links to JSON files').toBeGreaterThan(0);
    expect(await page.locator('main a[href$=".csv"]').count(), 'links to CSV files').toBeGreaterThan(0);
  },
  sources: async (page) => {
    expect(await page.locator('[id="L12"]').count(), 'line anchor #L12').toBe(1);
  },
};

describe('page types', () => {
  test('every page type was built', () => {
    const missing = expectedPageTypes.filter((type) => !pages.get(type));
    expect(missing, `page types missing from dist/: ${missing.join(', ')}`).toEqual([]);
  });

  // The expected types, plus whatever other types the build has (section listings, 404).
  for (const type of pages.keys()) {
    test(`${type}: renders with JavaScript, screenshots at desktop and phone widths`, async () => {
      const path = pathOf(type);
      for (const [width, viewport] of Object.entries(viewports)) {
        const { page, errors } = await site.newPage({ viewport });
        const response = await page.goto(site.url(path), { waitUntil: 'load' });
        expect(response?.status(), `${path} status`).toBe(200);
        await page.evaluate(() => document.fonts.ready);
        await screenshot(page, `${type}-${width}`);
        expect(errors, `JavaScript errors on ${path}`).toEqual([]);
        expect(await page.locator('html').getAttribute('lang')).toBe('zh-CN');
        expect((await page.locator('h1').first().innerText()).trim(), `${path} has a heading`).not.toBe('');
        await page.context().close();
      }
    });

    test(`${type}: fits a phone screen without sideways scrolling`, async () => {
      const path = pathOf(type);
      const { page } = await site.newPage({ viewport: viewports.phone });
      await page.goto(site.url(path));
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow, `${path} is ${overflow}px wider than a 390px phone`).toBeLessThanOrEqual(0);
      await page.context().close();
    });

    test(`${type}: its heading is on the first phone screen`, async () => {
      const path = pathOf(type);
      const { page } = await site.newPage({ viewport: viewports.phone });
      await page.goto(site.url(path));
      const top = await page.locator('h1').first().evaluate((h1) => h1.getBoundingClientRect().top);
      expect(top, `${path}: the <h1> starts ${Math.round(top)}px down a ${viewports.phone.height}px phone screen`).toBeLessThan(viewports.phone.height);
      await page.context().close();
    });

    if (type === 'search') continue; // Pagefind needs JavaScript by design.
    test(`${type}: renders with JavaScript disabled`, async () => {
      const path = pathOf(type);
      const { page } = await site.newPage({ javaScriptEnabled: false });
      const response = await page.goto(site.url(path));
      expect(response?.status()).toBe(200);
      const main = page.locator('main');
      expect(await main.count(), `${path} has one <main>`).toBe(1);
      expect(await main.isVisible(), `${path} <main> is visible without JavaScript`).toBe(true);
      expect((await main.innerText()).trim().length, `${path} shows text without JavaScript`).toBeGreaterThan(20);
      await contentChecks[type]?.(page);
      await page.context().close();
    });
  }
});

describe('/data/ on a phone', () => {
  test('the table of data files fits without scrolling inside it, and each file still shows its size and schema', async () => {
    const { page } = await site.newPage({ viewport: viewports.phone });
    await page.goto(site.url('/data/'));
    const wrapper = page.locator('.table-scroll:has(.file-table)');
    const [scrollWidth, clientWidth] = await wrapper.evaluate((el) => [el.scrollWidth, el.clientWidth]);
    expect(scrollWidth, 'the file table scrolls sideways inside its wrapper').toBeLessThanOrEqual(clientWidth);
    const clauses = page.locator('.file-table tr:has(a[href="/data/clauses.json"]) th');
    expect(await clauses.innerText()).toMatch(/^clauses\.json\s+\d+ KB · Schema$/u);
    expect(await clauses.locator('a[href="/data/schema/clauses.schema.json"]').isVisible()).toBe(true);
    await page.context().close();
  });
});

describe('tables of text on a phone', () => {
  test('the source files on /sources/ and /about/, and the errata and line counts on /data/, scroll in their box instead of stacking one character a line', async () => {
    const { page } = await site.newPage({ viewport: viewports.phone });
    for (const path of ['/sources/', '/about/', '/data/']) {
      await page.goto(site.url(path));
      const tables = await page.locator('table.scroll-wide').evaluateAll((all) =>
        all.map((table) => ({
          width: table.getBoundingClientRect().width,
          box: table.closest('.table-scroll')!.clientWidth,
          // Lines per column heading: 编码 and 总行数 read 编/码 and 总/行/数 before.
          headingLines: [...table.querySelectorAll('thead th')].map((th) => Math.round((th as HTMLElement).getBoundingClientRect().height / parseFloat(getComputedStyle(th).lineHeight))),
        })),
      );
      expect(tables.length, path).toBeGreaterThan(0);
      for (const t of tables) {
        expect(t.width, path).toBeGreaterThan(t.box);
        expect(Math.max(...t.headingLines), path).toBeLessThanOrEqual(2);
      }
      expect(await page.evaluate(() => document.documentElement.scrollWidth), path).toBe(viewports.phone.width);
    }
    // /sources/ lists every source file, and each file's page leads back to it.
    await page.goto(site.url('/sources/'));
    const files = await page.locator('table.scroll-wide tbody th a').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
    expect(files).toHaveLength(5);
    await page.goto(site.url(files[0]!));
    expect(await page.locator('.crumbs a').getAttribute('href')).toBe('/sources/');
    await page.context().close();
  });

  test('on /compare/, the province row stays on screen while the table is read down and across', async () => {
    const { page } = await site.newPage({ viewport: viewports.phone });
    await page.goto(site.url('/compare/'));
    const box = page.locator('.compare-scroll');
    await box.scrollIntoViewIfNeeded();
    await box.evaluate((el) => { el.scrollTop = 700; el.scrollLeft = 330; });
    const seen = await box.evaluate((el) => {
      const top = el.getBoundingClientRect().top;
      const header = el.querySelector('thead th:nth-child(4)')!.getBoundingClientRect();
      return { offset: header.top - top, text: el.querySelector('thead th:nth-child(4)')!.textContent };
    });
    expect(seen.offset).toBeGreaterThanOrEqual(-1);
    expect(seen.offset).toBeLessThan(4);
    expect(seen.text).toMatch(/^广东省/u);
    await page.context().close();
  });

  test('on the home page at 320 px, the heatmap keeps its province row and field column in view while it is read down and across', async () => {
    const { page } = await site.newPage({ viewport: { width: 320, height: 700 } });
    await page.goto(site.url('/'));
    const box = page.locator('.coverage .table-scroll');
    await box.scrollIntoViewIfNeeded();
    // Taller than its box, so it scrolls there, and a keyboard can reach it (public/scripts/table-scroll.js).
    expect(await box.evaluate((el) => el.scrollHeight > el.clientHeight + 100 && el.getAttribute('tabindex') === '0')).toBe(true);
    // Down to 遗传科学及应用 (a field of 未来健康) and across to Gansu's column.
    await box.evaluate((el) => { el.scrollTop = el.scrollHeight; el.scrollLeft = el.scrollWidth; });
    const seen = await box.evaluate((el) => {
      const frame = el.getBoundingClientRect();
      const gansu = el.querySelector('thead th[data-province="gansu"]')!;
      const row = [...el.querySelectorAll('tbody th')].find((th) => th.textContent === '遗传科学及应用')!;
      return { headerOffset: gansu.getBoundingClientRect().top - frame.top, header: gansu.textContent, fieldOffset: row.getBoundingClientRect().left - frame.left, fieldVisible: row.getBoundingClientRect().bottom <= frame.bottom };
    });
    expect(seen.header).toBe('甘肃');
    expect(Math.abs(seen.headerOffset)).toBeLessThan(4);
    expect(Math.abs(seen.fieldOffset)).toBeLessThan(4);
    expect(seen.fieldVisible).toBe(true);
    await page.context().close();
  });
});
