// The compare page's province picker: it changes the visible columns and the URL (?p=…),
// and a shared URL restores the same comparison.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { openSite, provinces, siteDir, type SiteSession } from './helpers.ts';

let site: SiteSession;
const byId = new Map(provinces().map((p) => [p.id, p]));
const short = (id: string) => byId.get(id)!.short;

beforeAll(async () => {
  site = await openSite();
});
afterAll(async () => {
  await site?.close();
});

/** Provinces whose column is visible in the compare table(s): visible header cells naming a province. */
async function visibleColumns(page: Page): Promise<string[]> {
  const texts = await page.locator('main table th').evaluateAll((cells) =>
    cells.filter((cell) => (cell as HTMLElement).checkVisibility()).map((cell) => cell.textContent ?? ''),
  );
  return provinces()
    .filter((province) => texts.some((text) => text.includes(province.short)))
    .map((province) => province.id)
    .sort();
}

/** The provinces named in the page URL's `p` query parameter. */
function provincesInUrl(page: Page): string[] {
  const value = new URL(page.url()).searchParams.get('p') ?? '';
  return value.split(',').filter(Boolean).sort();
}

/** The picker's checkbox for a province. */
function pickerBox(page: Page, id: string) {
  return page.locator('main').getByRole('checkbox', { name: new RegExp(short(id)) }).first();
}

test('a shared URL chooses the columns', async () => {
  const { page, errors } = await site.newPage();
  await page.goto(site.url('/compare/?p=jiangsu,hubei'));
  await expect.poll(() => visibleColumns(page)).toEqual(['hubei', 'jiangsu']);
  expect(await pickerBox(page, 'jiangsu').isChecked()).toBe(true);
  expect(await pickerBox(page, 'gansu').isChecked()).toBe(false);
  expect(errors).toEqual([]);
  await page.context().close();
});

test('the picker changes the columns and the URL, and that URL restores them', async () => {
  const { page } = await site.newPage();
  await page.goto(site.url('/compare/?p=jiangsu,hubei'));
  await expect.poll(() => visibleColumns(page)).toEqual(['hubei', 'jiangsu']);

  await pickerBox(page, 'gansu').check();
  await expect.poll(() => visibleColumns(page)).toEqual(['gansu', 'hubei', 'jiangsu']);
  await expect.poll(() => provincesInUrl(page)).toEqual(['gansu', 'hubei', 'jiangsu']);

  await pickerBox(page, 'hubei').uncheck();
  await expect.poll(() => visibleColumns(page)).toEqual(['gansu', 'jiangsu']);
  await expect.poll(() => provincesInUrl(page)).toEqual(['gansu', 'jiangsu']);

  const shared = page.url();
  const { page: other } = await site.newPage();
  await other.goto(shared);
  await expect.poll(() => visibleColumns(other)).toEqual(['gansu', 'jiangsu']);
  expect(await pickerBox(other, 'hubei').isChecked()).toBe(false);
  expect(await pickerBox(other, 'gansu').isChecked()).toBe(true);
  await page.context().close();
  await other.context().close();
});

test('the charts keep only the chosen provinces, stacked without gaps: a bar row is taller than an empty one', async () => {
  const { page, errors } = await site.newPage();
  await page.goto(site.url('/compare/?p=jiangsu,anhui,hubei'));
  await expect.poll(() => visibleColumns(page)).toEqual(['anhui', 'hubei', 'jiangsu']);
  // 企业培育: Jiangsu and Hubei have bars with their subject under them; Anhui's texts set no number.
  const rows = await page.locator('main svg[aria-labelledby^="chart-leading-enterprises"] g.chart-row').evaluateAll((groups) =>
    groups.filter((g) => g.getAttribute('display') !== 'none').map((g) => {
      const top = Number(/translate\(0 (\d+)\)/.exec(g.getAttribute('transform') ?? '')?.[1]);
      return { province: (g as SVGGElement).dataset.province, top, text: g.textContent };
    }),
  );
  expect(rows.map((r) => r.province)).toEqual(['jiangsu', 'anhui', 'hubei']);
  expect(rows[0]!.text).toContain('打造和吸引 未来科技创新示范企业');
  expect(rows[1]!.text).toContain('收录文本无数量目标');
  // Each row starts where the one above ends: 40 units for a bar and its subject, 26 for an empty row.
  expect(rows.map((r) => r.top)).toEqual([2, 42, 68]);
  // The chart's description, which a screen reader reads, names only the provinces drawn.
  expect(await page.locator('main svg[aria-labelledby^="chart-leading-enterprises"] desc').textContent()).toBe(
    // Three-year plan line 30: the 300家左右 start-ups of the pool (5个100 plan line 63) are a part of the 100 示范企业
    // and not charted; 打造和吸引 says the 100 may be brought in, not only built.
    '江苏：100个（打造和吸引 未来科技创新示范企业）；安徽：收录文本无数量目标；湖北：100家（科技领军企业和创新型龙头企业）',
  );
  expect(errors).toEqual([]);
  await page.context().close();
});

test('on a phone, two chosen provinces stand side by side in the table’s box; all seven still scroll sideways', async () => {
  const { page, errors } = await site.newPage({ viewport: { width: 390, height: 844 } });
  await page.goto(site.url('/compare/?p=jiangsu,anhui&year=2026'));
  const box = page.locator('main .compare-scroll');
  const widths = () => box.evaluate((el) => ({ box: el.clientWidth, table: el.querySelector('table')!.getBoundingClientRect().width }));
  await expect.poll(async () => (await widths()).table).toBeLessThanOrEqual((await widths()).box + 1);
  // Both columns' headers are inside the box, not scrolled off to the right.
  const right = await box.evaluate((el) => el.getBoundingClientRect().right);
  for (const id of ['jiangsu', 'anhui']) {
    expect(await page.locator(`main .compare-table thead th[data-province="${id}"]`).evaluate((th) => th.getBoundingClientRect().right)).toBeLessThanOrEqual(right + 1);
  }
  await page.goto(site.url('/compare/'));
  const all = await widths();
  expect(all.table).toBeGreaterThan(all.box * 2);
  expect(errors).toEqual([]);
  await page.context().close();
});

test('every chart shows its caption and what each bar counts whole, inside the chart, on a phone and a desktop', async () => {
  for (const viewport of [{ width: 390, height: 844 }, { width: 1280, height: 900 }]) {
    const { page, errors } = await site.newPage({ viewport });
    await page.goto(site.url('/compare/'));
    const charts = await page.locator('main figure.compare-chart').evaluateAll((figures) => figures.map((figure) => {
      const box = figure.getBoundingClientRect();
      const caption = figure.querySelector('figcaption')!;
      const note = caption.querySelector('.muted')!;
      const svg = figure.querySelector('svg')!;
      const width = svg.viewBox.baseVal.width;
      return {
        caption: caption.textContent,
        inside: caption.getBoundingClientRect().right <= box.right + 0.5 && caption.scrollWidth <= caption.clientWidth,
        // （各省最大单项目标，单位：个、家）moves under the name as a whole, never leaving 家） alone on a line.
        noteLines: note.getClientRects().length,
        subjects: [...svg.querySelectorAll<SVGTextElement>('text.chart-subject')].map((t) => ({ text: t.textContent, right: t.getBBox().x + t.getBBox().width, width })),
      };
    }));
    expect(charts.length).toBeGreaterThan(0);
    for (const chart of charts) {
      expect(chart.inside, `${viewport.width} ${chart.caption}`).toBe(true);
      expect(chart.noteLines, `${viewport.width} ${chart.caption}`).toBe(1);
      for (const s of chart.subjects) {
        expect(s.text, `${viewport.width} ${chart.caption}`).not.toMatch(/…$/u);
        expect(s.right, `${viewport.width} ${s.text}`).toBeLessThanOrEqual(s.width);
      }
    }
    // The page does not scroll sideways.
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth)).toBe(true);
    expect(errors).toEqual([]);
    await page.context().close();
  }
});

test('a link naming fewer than two known provinces shows them all and says why in the status region; unknown ids are named as ignored', async () => {
  const { page, errors } = await site.newPage();
  const status = page.locator('main [data-compare-status]');
  const all = provinces().map((p) => p.id).sort();
  const cases: Array<[string, string]> = [
    ['?p=jiangxi', `链接只选了1个省份（${byId.get('jiangxi')!.name}），对比至少需要2个省份，已显示全部省份。`],
    ['?p=xyz', '链接中的“xyz”不是本站收录的省份，已忽略；对比至少需要2个省份，已显示全部省份。'],
    ['?p=jiangxi,xyz', `链接中的“xyz”不是本站收录的省份，已忽略；其余只有1个省份（${byId.get('jiangxi')!.name}），对比至少需要2个省份，已显示全部省份。`],
    // The same province twice is one province.
    ['?p=jiangsu,jiangsu', `链接只选了1个省份（${byId.get('jiangsu')!.name}），对比至少需要2个省份，已显示全部省份。`],
  ];
  for (const [query, said] of cases) {
    await page.goto(site.url(`/compare/${query}`));
    await expect.poll(() => visibleColumns(page), { message: query }).toEqual(all);
    await expect.poll(() => status.textContent(), { message: query }).toBe(said);
    // It is the live region a screen reader announces, and it is on screen.
    expect(await status.getAttribute('role')).toBe('status');
    expect(await status.isVisible(), query).toBe(true);
  }
  // Two known provinces and an unknown id: the two are compared, the unknown one is named as ignored.
  await page.goto(site.url('/compare/?p=jiangsu,hubei,xyz'));
  await expect.poll(() => visibleColumns(page)).toEqual(['hubei', 'jiangsu']);
  await expect.poll(() => status.textContent()).toBe('链接中的“xyz”不是本站收录的省份，已忽略。');
  // A year the filter does not offer is named too, and every year shows.
  await page.goto(site.url('/compare/?p=jiangsu,hubei&year=2099'));
  await expect.poll(() => status.textContent()).toBe('链接中的年份“2099”不在可选年份中，已显示全部年份。');
  expect(await page.locator('main select[name="year"]').inputValue()).toBe('');
  // A link that asks for nothing wrong says nothing.
  await page.goto(site.url('/compare/?p=jiangsu,hubei'));
  await expect.poll(() => visibleColumns(page)).toEqual(['hubei', 'jiangsu']);
  expect(await status.textContent()).toBe('');
  expect(errors).toEqual([]);
  await page.context().close();
});

/** A published target, as dist/data/targets.json holds it: the fields the column counts depend on. */
interface PublishedTarget { id: string; province: string; year: number | null; fromYear: number | null; perYear: boolean }

/**
 * What a column head must say for a year, from the published data, not from the page's code: the province's targets in
 * force that year (a yearly amount in each year from its first to its last; a target without a year under none), a target
 * restated elsewhere once, its restatements (links.json same-target) counted apart.
 */
function expectedCount(province: string, year: string, label: string): string {
  const data = JSON.parse(readFileSync(join(siteDir, 'data/targets.json'), 'utf8')) as PublishedTarget[];
  const links = JSON.parse(readFileSync(join(siteDir, 'data/links.json'), 'utf8')) as Array<{ from: string; to: string; type: string }>;
  const restated = new Map(links.filter((l) => l.type === 'same-target').map((l) => [l.from, l.to]));
  const first = (id: string): string => (restated.has(id) ? first(restated.get(id)!) : id);
  const inForce = (t: PublishedTarget) => {
    if (year === '') return true;
    if (t.year === null) return year === 'none';
    const from = t.perYear && t.fromYear !== null ? t.fromYear : t.year;
    return Number(year) >= from && Number(year) <= t.year;
  };
  const own = data.filter((t) => t.province === province);
  const entries = new Set(own.filter((t) => !restated.has(t.id) && inForce(t)).map((t) => t.id));
  const restatements = own.filter((t) => restated.has(t.id) && entries.has(first(t.id))).length;
  return `${label && `${label}：`}${entries.size}项目标${restatements > 0 ? `（另有${restatements}处重复表述）` : ''}`;
}

test('choosing a year makes each column head count the targets shown that year, restatements apart, and names the year', async () => {
  const { page, errors } = await site.newPage();
  await page.goto(site.url('/compare/'));
  const select = page.locator('main select[name="year"]');
  const heads = () => page.locator('main .compare-table thead th[data-province]').evaluateAll((cells) =>
    Object.fromEntries(cells.map((th) => [(th as HTMLElement).dataset.province, (th.querySelector('.col-note') as HTMLElement).innerText.split(' · ').at(-1)])));
  const options = await select.locator('option').evaluateAll((os) => os.map((o) => [(o as HTMLOptionElement).value, o.textContent ?? '']));
  expect(options.map(([value]) => value)).toEqual(['', '2024', '2025', '2026', 'none']);
  const want = (year: string, label: string) => Object.fromEntries(provinces().map((p) => [p.id, expectedCount(p.id, year, year && label)]));
  for (const [year, label] of [...options.slice(1), options[0]!]) {
    await select.selectOption(year!);
    await expect.poll(heads, { message: year }).toEqual(want(year!, label!));
  }
  // The figures the data gives, spelled out for two years: Jiangsu's yearly 每年30-40项 is its only target of 2024.
  expect(want('2024', '2024年').jiangsu).toBe('2024年：1项目标');
  expect(want('', '').jiangsu).toBe('26项目标（另有22处重复表述）');
  // A shared link with a year opens with that year's counts.
  await page.goto(site.url('/compare/?p=jiangsu,chongqing&year=none'));
  await expect.poll(async () => (await heads()).chongqing).toBe(expectedCount('chongqing', 'none', '未写明年份'));
  expect(errors).toEqual([]);
  await page.context().close();
});

test('the note on a target shown in two rows links the other row, which lands below the province row stuck atop the table', async () => {
  for (const viewport of [{ width: 390, height: 844 }, { width: 1280, height: 900 }]) {
    const { page, errors } = await site.newPage({ viewport });
    await page.goto(site.url('/compare/'));
    const link = page.locator('main #row-parks-incubators td[data-province="hubei"] .also-in a');
    await link.scrollIntoViewIfNeeded();
    await link.click();
    await expect.poll(() => new URL(page.url()).hash).toBe('#row-pilot-zones');
    await expect.poll(() => page.evaluate(() => {
      const row = document.querySelector('#row-pilot-zones')!.getBoundingClientRect();
      const head = document.querySelector('main .compare-table thead th[data-province="hubei"]')!.getBoundingClientRect();
      // The row's top is not under the header, and the row is on screen.
      return row.top >= head.bottom - 1 && row.top < innerHeight;
    }), { message: `${viewport.width}` }).toBe(true);
    expect(errors).toEqual([]);
    await page.context().close();
  }
});
