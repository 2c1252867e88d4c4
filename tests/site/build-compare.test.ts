// What a reader must see on the built /compare/ page and in /compare.csv.
import { parse } from 'csv-parse/sync';
import { describe, expect, test } from 'vitest';
import { readDistFile, readDistPage } from './dist.ts';
import { printedAmount, provinces, targetById, targets } from '../../src/lib/atlas.ts';
import { comparePage, subjectLines, COMPARE_CSV_HEADER } from '../../src/lib/compare-page.ts';
import { targetCategories } from '../../src/lib/target-categories.ts';

const html = readDistPage('/compare/');
const table = html.slice(html.indexOf('<table'), html.indexOf('</table>'));
/** The text of an HTML fragment, tags removed. */
const text = (fragment: string) => fragment.replace(/<[^>]+>/g, '').replace(/\s+/g, ' ').trim();
/** Body rows of the matrix, keyed by their row header text. */
const rows = new Map(
  [...table.matchAll(/<tr id="row-[^"]+"[^>]*>([\s\S]*?)<\/tr>/g)].map((m) => [text(m[1]!.match(/<th[^>]*scope="row"[^>]*>([\s\S]*?)<\/th>/)![1]!), m[1]!]),
);
/** The cell of a province in a row. */
const cellOf = (row: string, province: string) => row.match(new RegExp(`<td data-province="${province}"[^>]*>([\\s\\S]*?)</td>`))![1]!;

describe('/compare/', () => {
  test('the matrix has a caption, a column header per province and a row header per category', () => {
    expect(table).toMatch(/<caption[^>]*>[^<]*量化目标对照/);
    for (const p of provinces) expect(table).toMatch(new RegExp(`<th scope="col" data-province="${p.id}"[^>]*>\\s*${p.name}`));
    expect([...rows.keys()]).toEqual(targetCategories.map((c) => c.label));
  });

  test('no cell is blank: a province without a number in a category says 收录文本无数量目标 (the texts held, not the province’s policy)', () => {
    for (const [label, row] of rows) {
      for (const p of provinces) {
        const cell = text(cellOf(row, p.id));
        expect(cell.length, `${label} × ${p.short}`).toBeGreaterThan(0);
      }
    }
    expect(text(cellOf(rows.get('产业规模')!, 'gansu'))).toBe('收录文本无数量目标');
  });

  test('each target is in its cell, linked to its clause: 20个概念验证中心、中小试基地 → the three-year plan #c3', () => {
    const jiangsu = cellOf(rows.get('创新平台')!, 'jiangsu');
    expect(jiangsu).toMatch(/<a href="\/documents\/jiangsu-3yr-plan\/#c3"[^>]*>[\s\S]*?20个[\s\S]*?概念验证中心、中小试基地/);
    expect(text(cellOf(rows.get('产业规模')!, 'hubei'))).toContain('1000亿元未来产业总体规模');
    expect(text(cellOf(rows.get('未来产业先导区')!, 'chongqing'))).toContain('8-10个特色鲜明的市级未来产业先导区');
    // Outside the notes on wholes and parts, which link the targets they name, one link a target.
    const links = [...table.replace(/<span class="(?:parts|part-of)"[\s\S]*?<\/span>/g, '').matchAll(/<a href="(\/documents\/[^"]+)"/g)];
    // A coordinated subject (未来产业科技园和未来产业先导区) is in two rows.
    expect(links.length).toBe(targets.length + targets.reduce((n, t) => n + t.alsoCategories.length, 0));
  });

  test('Jiangsu 标准规范: the 100 says it is made of the 60, 30 and about 10 of line 41, and each of them that it must not be added to it', () => {
    const cell = cellOf(rows.get('标准规范')!, 'jiangsu');
    const items = [...cell.matchAll(/<li[^>]*>([\s\S]*?)<\/li>/g)].map((m) => m[1]!);
    // The first entry, the three-year plan's 100个未来产业标准规范 with its restatements, ends with its parts.
    expect(text(items[0]!)).toMatch(/^100个 ?未来产业标准规范[\s\S]*同一目标另见：[\s\S]*其中：地方标准或行业标准60项、国家标准30项、国际标准10项左右（“5个100”行动方案第41行），合计约100项$/u);
    const partsNote = /<span class="parts"[^>]*>([\s\S]*?)<\/span>/.exec(items[0]!)![1]!;
    expect([...partsNote.matchAll(/<a href="([^"]+)"[^>]*>([^<]*)<\/a>/g)].map((m) => [m[1], m[2]])).toEqual([
      ['/documents/jiangsu-5x100-plan/#c4', '地方标准或行业标准60项'], ['/documents/jiangsu-5x100-plan/#c4', '国家标准30项'], ['/documents/jiangsu-5x100-plan/#c4', '国际标准10项左右'],
    ]);
    const parts = items.filter((item) => item.includes('class="part-of"')).map(text);
    expect(parts).toEqual([
      '力争 推动市场主体制定 60项 地方标准或行业标准',
      '力争 主导或参与制修订 30项 国家标准',
      '力争 主导或参与制修订 10项左右 国际标准',
    ].map((words) => expect.stringMatching(new RegExp(`^${words.replace(/ /g, ' ?')}[\\s\\S]*属“着力研制100项未来产业标准规范”（第39行）的一部分，不应与之相加$`, 'u'))));
    expect(cell).toContain('<a href="/documents/jiangsu-5x100-plan/#s2.2" title="加快科技创新引领未来产业发展“5个100”行动方案（2024-2026年） · （二）着力研制100项未来产业标准规范">“着力研制100项未来产业标准规范”</a>');
    // The page says what the notes mean, once, above the table.
    expect(text(html)).toContain('整体下注明“其中：……”，各部分注明“不应与之相加”');
  });

  test('a target in two rows (its subject counts two things) says in each that it is one target, linking the other row', () => {
    // Roundup, Hubei: 建设10家未来产业科技园和未来产业先导区 stands in 科创园区与孵化器 and in 未来产业先导区.
    const twice = targets.filter((t) => t.alsoCategories.length > 0);
    expect(twice.map((t) => t.id)).toEqual(['pilot-zones-roundup-2024/hubei-p2/t6']);
    const rowIds = new Map(targetCategories.map((c) => [c.id, c.label]));
    for (const t of twice) {
      const rowsOf = [t.category!, ...t.alsoCategories];
      for (const here of rowsOf) {
        const items = [...cellOf(rows.get(rowIds.get(here)!)!, t.province).matchAll(/<li[^>]*>([\s\S]*?)<\/li>/g)].map((m) => m[1]!);
        const item = items.find((i) => i.includes(`>${t.subject}<`))!;
        expect(text(item), here).toMatch(/^10家 ?未来产业科技园和未来产业先导区/u);
        const note = /<span class="also-in"[^>]*>([\s\S]*?)<\/span>/.exec(item)?.[1];
        const others = rowsOf.filter((r) => r !== here);
        expect(text(note ?? ''), here).toBe(`同一目标，亦列于${others.map((r) => `“${rowIds.get(r)}”行`).join('、')}`);
        // The link goes to the other row, which is on the page.
        expect([...note!.matchAll(/<a href="#([^"]+)"/g)].map((m) => m[1]), here).toEqual(others.map((r) => `row-${r}`));
        for (const r of others) expect(table).toContain(`<tr id="row-${r}"`);
      }
    }
    // No other target carries the note.
    expect(table.match(/class="also-in"/g)?.length).toBe(twice.reduce((n, t) => n + 1 + t.alsoCategories.length, 0));
    // Its bar in each row's chart says so too, under the bar and to a screen reader: 湖北 10家 beside 江苏 10个 省级先导区
    // is two kinds of thing together.
    const charts = [...html.matchAll(/<svg[^>]*role="img"[\s\S]*?<\/svg>/g)].map((m) => m[0]);
    for (const [here, other] of [['科创园区与孵化器', '未来产业先导区'], ['未来产业先导区', '科创园区与孵化器']] as const) {
      const svg = charts.find((c) => c.includes(`${here}：`))!;
      const hubei = /<g class="chart-row" data-province="hubei"[\s\S]*?<\/g>/.exec(svg)![0];
      expect(text(hubei.replace(/<\/tspan>/g, ''))).toBe(`湖北10家未来产业科技园和未来产业先导区（两类合计，同一目标亦见“${other}”图）`);
      expect(svg).toContain(`湖北：10家（未来产业科技园和未来产业先导区），两类合计，同一目标亦见“${other}”图；`);
    }
    // No other bar carries it.
    expect(html.match(/data-summary="[^"]*两类合计/g)?.length).toBe(2);
  });

  test('every clause link lands on an anchor that exists in the built reader page', () => {
    for (const [, href] of table.matchAll(/<a href="(\/documents\/[^"#]+\/)#([^"]+)"/g).map((m) => [m[0], `${m[1]}#${m[2]}`] as const)) {
      const [path, anchor] = href.split('#') as [string, string];
      expect(readDistPage(path), href).toContain(`id="${anchor}"`);
    }
  });

  test('a build-time SVG chart per category, with a title and the values as text', () => {
    const svgs = [...html.matchAll(/<svg[^>]*role="img"[\s\S]*?<\/svg>/g)].map((m) => m[0]);
    expect(svgs).toHaveLength(targetCategories.length);
    const scale = svgs.find((svg) => svg.includes('产业规模'))!;
    expect(scale).toMatch(/<title[^>]*>产业规模：各省最大单项数量目标<\/title>/);
    expect(scale).toMatch(/<desc[^>]*>[^<]*湖北：1000亿元/);
    expect(scale).toMatch(/<rect[^>]*class="chart-bar"/);
  });

  test('an amount the text writes without digits shows how the text writes it: 10个 原文作“十大” 科创城', () => {
    expect(printedAmount(targetById.get('jiangxi-six-actions-interpretation/s3-p4-e3/t1')!)).toBe('十大');
    expect(printedAmount(targetById.get('pilot-zones-roundup-2024/chongqing-p2/t5')!)).toBe('百家');
    // Every other target prints its number in digits (100项, 30-40项): nothing is added to them.
    expect(targets.filter((t) => printedAmount(t) !== null).map((t) => t.id).sort()).toEqual([
      'jiangxi-six-actions-interpretation/s3-p4-e3/t1', 'pilot-zones-roundup-2024/chongqing-p2/t5', 'pilot-zones-roundup-2024/chongqing-p2/t6',
    ]);
    const cell = (province: string, category: string) => {
      const row = new RegExp(`<tr id="row-${category}"[\\s\\S]*?</tr>`).exec(html)![0];
      return text(new RegExp(`<td[^>]*data-province="${province}"[^>]*>([\\s\\S]*?)</td>`).exec(row)![1]!);
    };
    expect(cell('jiangxi', 'parks-incubators')).toMatch(/10个 ?原文作“十大” ?科创城/);
    expect(cell('chongqing', 'leading-enterprises')).toMatch(/100家 ?原文作“百家” ?高新技术企业/);
    expect(text(readDistPage('/provinces/chongqing/'))).toMatch(/100家 ?原文作“百家” ?高新技术企业/);
  });

  test('under each bar, what its target counts: 企业培育 charts Jiangsu’s 100 示范企业, not the 300 start-ups of its pool, and says so', () => {
    const firms = [...html.matchAll(/<svg[^>]*role="img"[\s\S]*?<\/svg>/g)].map((m) => m[0]).find((svg) => svg.includes('企业培育：'))!;
    const subjects = [...firms.matchAll(/<text class="chart-subject"[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]);
    // Jiangsu's largest count of firms is the pool the 5个100 plan screens them from: 分批分类筛选…300家左右…创业企业
    // (lines 61-63), set under the task of the 100 示范企业 (same-targets.yaml parts). A part is not charted beside its
    // whole, so the bar is the 100, named by its first statement (three-year plan line 30, 打造和吸引100个…, whose action
    // changes what is counted, so it goes with the subject). Chongqing's two 100s are printed 百家高新技术企业、百家专精特新企业
    // (roundup line 22): the line says so.
    expect(subjects).toEqual(['打造和吸引 未来科技创新示范企业', '科技领军企业和创新型龙头企业', '高新技术企业／专精特新企业（原文作“百家”）']);
    expect(firms).toMatch(/<desc[^>]*>江苏：100个（打造和吸引 未来科技创新示范企业）；/);
    expect(firms).not.toContain('300');
    // And the charts' lede says what is left out.
    expect(html.replace(/<[^>]+>/g, '')).toContain('最大的单项目标（区间取上限；每年的数量，以及列于某项总数之下的组成部分和另列目标，不作比较）');
    const label = (svg: string, province: string) => /<text class="chart-value"[^>]*>([^<]*)<\/text>/.exec(new RegExp(`<g class="chart-row" data-province="${province}"[\\s\\S]*?</g>`).exec(svg)![0])![1];
    expect(label(firms, 'jiangsu')).toBe('100个');
    const chartOf = (title: string) => [...html.matchAll(/<svg[^>]*role="img"[\s\S]*?<\/svg>/g)].map((m) => m[0]).find((svg) => svg.includes(title))!;
    // 3-5 个左右 (5个100 plan line 65), 8-10個 (roundup line 22): a range is not cut to its upper end.
    expect(label(chartOf('产业集群：'), 'jiangsu')).toBe('3-5个左右');
    expect(label(chartOf('先导区：'), 'chongqing')).toBe('8-10个');
    // Restatements of the charted target are not named again: Jiangsu's 100个未来技术应用场景 (three-year plan) is restated as 应用场景,
    // 前沿技术应用场景 … in the 5个100 plan and its 解读; only its first statement names the bar.
    const scenarios = [...html.matchAll(/<svg[^>]*role="img"[\s\S]*?<\/svg>/g)].map((m) => m[0]).find((svg) => svg.includes('应用场景：'))!;
    expect([...scenarios.matchAll(/<text class="chart-subject"[^>]*>([^<]*)<\/text>/g)].map((m) => m[1])).toEqual(['未来技术应用场景', '标志性应用场景', '典型应用场景']);
    // The 100家左右 标杆孵化器 (5个100 plan line 73) tie with the 100 科创园区, but are one of their parts (same-targets.yaml
    // parts): the bar names the parks alone, and so does what a screen reader hears.
    const parks = [...html.matchAll(/<svg[^>]*role="img"[\s\S]*?<\/svg>/g)].map((m) => m[0]).find((svg) => svg.includes('科创园区与孵化器：'))!;
    const jiangsu = /<g class="chart-row" data-province="jiangsu"[\s\S]*?<\/g>/.exec(parks)![0];
    expect(jiangsu).toMatch(/<text class="chart-value"[^>]*>100个<\/text>/);
    expect(jiangsu).toMatch(/<text class="chart-subject"[^>]*>未来产业科创园区<\/text>/);
    expect(parks).toMatch(/<desc[^>]*>江苏：100个（未来产业科创园区）；/);
  });

  test('no chart cuts what its bar counts: each subject is shown whole, a long one on further lines, its row taller for them', () => {
    const page = comparePage();
    const svgs = [...html.matchAll(/<svg[^>]*role="img"[\s\S]*?<\/svg>/g)].map((m) => m[0]);
    expect(svgs).toHaveLength(page.rows.length);
    page.rows.forEach((row, i) => {
      for (const cell of row.cells.filter((c) => c.chart !== null)) {
        const g = new RegExp(`<g class="chart-row" data-province="${cell.province.id}" data-height="(\\d+)"[\\s\\S]*?</g>`).exec(svgs[i]!)!;
        const subject = /<text class="chart-subject"[^>]*>([\s\S]*?)<\/text>/.exec(g[0])![1]!;
        const lines = subject.includes('<tspan') ? [...subject.matchAll(/<tspan[^>]*>([^<]*)<\/tspan>/g)].map((m) => m[1]!) : [subject];
        expect(lines, `${row.id} ${cell.province.id}`).toEqual(subjectLines(cell.chart!.subject));
        expect(Number(g[1]), `${row.id} ${cell.province.id}`).toBe(40 + 13 * (lines.length - 1));
      }
    });
    // Before the parts were known, Jiangsu's parks row named the incubators beside the parks, and the line was cut at
    // 未来产业标…: such a subject now takes two lines, broken after a space, with nothing left out.
    expect(subjectLines('100个 未来产业科创园区／竞争选拔 100家左右 未来产业标杆孵化器')).toEqual(['100个 未来产业科创园区／竞争选拔 100家左右', '未来产业标杆孵化器']);
    // A number or a Latin word is never split; a line of Han characters breaks between two of them.
    expect(subjectLines(`${'未来'.repeat(13)}1000亿元`)).toEqual(['未来'.repeat(13), '1000亿元']);
    expect(subjectLines('未来'.repeat(20)).map((l) => l.length)).toEqual([28, 12]);
  });

  test('the column picker: a checkbox per province, its external script (beside the wide-table one every page has), and the CSV link', () => {
    for (const p of provinces) expect(html).toMatch(new RegExp(`<input type="checkbox" name="p" value="${p.id}"[^>]*checked`));
    expect([...html.matchAll(/<script\b[^>]*>/g)].map((m) => m[0])).toEqual(['<script src="/scripts/table-scroll.js" defer>', '<script src="/scripts/compare.js" defer>']);
    expect(html).toContain('href="/compare.csv"');
    expect(readDistFile('/scripts/compare.js')).toContain("searchParams.set('p'");
  });

  test('the page carries a print stylesheet for the matrix', () => {
    const css = [...html.matchAll(/<link rel="stylesheet" href="([^"]+)"/g)].map((m) => readDistFile(m[1]!)).join('\n') + html;
    // On paper the table's scroll box opens to its full height, and the table to the page's width.
    expect(css).toMatch(/@media print\{\.compare-scroll[^{]*\{max-height:none;overflow:visible\}\.compare-table[^{]*\{min-width:0/);
  });
});

describe('/compare.csv', () => {
  const csv = readDistFile('/compare.csv');
  test('/data/ documents the 说明 column with the words its empty cells hold', () => {
    const rows = parse(csv.replace(/^\uFEFF/u, ''), { columns: true }) as Array<Record<string, string>>;
    const empty = new Set(rows.filter((r) => r['目标ID'] === '').map((r) => r['说明']));
    expect([...empty]).toEqual(['收录文本无数量目标']);
    const data = readDistPage('/data/').replace(/<[^>]+>/gu, '');
    const section = data.slice(data.indexOf('compare.csv 的列'));
    // The name and its type (twice: inline on phones, in its column on wide screens), then the description.
    expect(section).toContain('说明stringstring没有目标的格注明“收录文本无数量目标”；');
    expect(section).not.toContain('注明“没有”');
  });
  test('starts with a BOM and the header, and holds Jiangsu’s 20个概念验证中心、中小试基地 with its link', () => {
    expect(csv.startsWith('\uFEFF类别ID,类别,省份ID,省份,')).toBe(true);
    // 做法 (after 限定): 鼓励高校、科研院所联合企业建设 (three-year plan line 22), since the province encourages others to build them.
    expect(csv).toContain('platforms,创新平台,jiangsu,江苏省,jiangsu-3yr-plan/c3/t1,,鼓励高校、科研院所联合企业建设,20,20,20,个,概念验证中心、中小试基地,2026,,,按规划期推定,20个概念验证中心、中小试基地,');
    // A local build (no ATLAS_SITE_URL): links from the site root, never a placeholder domain.
    expect(csv).toContain(',/documents/jiangsu-3yr-plan/#c3,');
    expect(csv).not.toContain('example.org');
    expect(csv).toContain(`industry-scale,产业规模,gansu,甘肃省,${','.repeat(COMPARE_CSV_HEADER.length - 5)}收录文本无数量目标\r\n`);
    expect(csv).toContain('standards,标准规范,jiangsu,江苏省,jiangsu-5x100-plan/c4/t2,力争,主导或参与制修订,30,30,30,项,国家标准,2026,,,原文写明,国家标准30项,');
    // The 100 standards and their parts (5个100 plan lines 39 and 41): 所属整体 gives the whole's id, 整体与部分 the page's words.
    expect(csv).toContain(',/documents/jiangsu-3yr-plan/#c21,jiangsu-future-industries-three-year-plan-2024.txt,46,,,其中：地方标准或行业标准60项、国家标准30项、国际标准10项左右（“5个100”行动方案第41行），合计约100项,\r\n');
    expect(csv).toContain('jiangsu-5x100-plan/c4/t3,力争、左右,主导或参与制修订,10,10,10,项,国际标准,2026,,,原文写明,国际标准10项左右,');
    expect(csv).toContain(',/documents/jiangsu-5x100-plan/#c4,jiangsu-5x100-action-plan-2024.txt,41,,jiangsu-5x100-plan/s2.2/t1,属“着力研制100项未来产业标准规范”（第39行）的一部分，不应与之相加,\r\n');
    // 每年择优组织30-40项: its year column holds 2026, not the span 2024–2026, which would make the column text.
    expect(csv).toMatch(/jiangsu-5x100-plan\/c3\/t1,每年,,,30,40,项,[^,]*,2026,2024,是,按规划期推定,/u);
  });
});
