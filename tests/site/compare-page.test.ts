// The compare page's data: categories × provinces, every cell accounted for, and the CSV.
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { comparePage, compareCsvRows, hedgeDifference, NO_TARGET, COMPARE_CSV_HEADER } from '../../src/lib/compare-page.ts';
/** A compare.csv cell, by column name. */
const col = (row: string[], name: string) => {
  const at = COMPARE_CSV_HEADER.indexOf(name);
  if (at === -1) throw new Error(`compare.csv has no column ${name}`);
  return row[at];
};
import { toCsv } from '../../src/lib/csv.ts';
import { clauseById, documentById, targets, provinces } from '../../src/lib/atlas.ts';
import { targetCategories } from '../../src/lib/target-categories.ts';

const page = comparePage();
const row = (id: string) => page.rows.find((r) => r.id === id)!;
const cell = (rowId: string, province: string) => row(rowId).cells.find((c) => c.province.id === province)!;

describe('comparePage', () => {
  test('one row per category of target-categories.yaml, in its order, each with the seven provinces', () => {
    expect(page.rows.map((r) => r.label)).toEqual(targetCategories.map((c) => c.label));
    for (const r of page.rows) expect(r.cells.map((c) => c.province.id)).toEqual(provinces.map((p) => p.id));
  });

  test('every published target sits in the cell of its category, and a coordinated subject in its other categories’ too', () => {
    const placed = page.rows.flatMap((r) => r.cells.flatMap((c) => c.targets.flatMap((t) => [t.target.id, ...t.repeats.map((x) => x.target.id)])));
    expect(placed.sort()).toEqual(targets.flatMap((t) => [t.id, ...t.alsoCategories.map(() => t.id)]).sort());
    // Roundup line 51: 建设10家未来产业科技园和未来产业先导区 is Hubei's only 科技园 target, and stands in both rows.
    const hubei = 'pilot-zones-roundup-2024/hubei-p2/t6';
    expect(targets.filter((t) => t.alsoCategories.length > 0).map((t) => [t.id, t.category, t.alsoCategories])).toEqual([[hubei, 'pilot-zones', ['parks-incubators']]]);
    expect(cell('parks-incubators', 'hubei').targets.map((t) => t.target.id)).toEqual([hubei]);
    expect(cell('pilot-zones', 'hubei').targets.map((t) => t.target.id)).toEqual([hubei]);
    // Counted once in the column head.
    expect(page.provinces.find((p) => p.id === 'hubei')!.targetCount).toBe(targets.filter((t) => t.province === 'hubei').length);
  });

  test('Jiangsu 创新平台 holds 20个概念验证中心、中小试基地 (the 20 counts both), linked to clause 3 of the three-year plan', () => {
    const concept = cell('platforms', 'jiangsu').targets.find((t) => t.subject === '概念验证中心、中小试基地')!;
    expect(concept.amount).toBe('20个');
    expect(concept.href).toBe('/documents/jiangsu-3yr-plan/#c3');
    expect(concept.yearLabel).toBe('2026年（规划期末）');
    expect(concept.clauseLabel).toContain('加速创新成果转化');
  });

  test('Jiangsu 人才与团队: 100名（个）掌握未来技术的创新人才（团队） reads as printed; the chart unit names 名 and 个 once each', () => {
    const talent = cell('talent', 'jiangsu').targets.find((t) => t.target.id === 'jiangsu-3yr-plan/c11/t1')!;
    expect(`${talent.amount}${talent.subject}`).toBe(talent.quote);
    expect(talent.amount).toBe('100名（个）');
    expect(talent.subject).toBe('掌握未来技术的创新人才（团队）');
    expect(page.rows.find((r) => r.id === 'talent')!.chartUnit).toBe('名、个');
  });

  test('a repeat is quoted in its own words, with its verb, its clause named by heading or opening words, never by a bare line number', () => {
    // 组织实施100项未来产业前沿技术研发计划项目 (three-year plan line 21) is first; the 5个100 programme states it as
    // technologies broken through and attacked: each quote keeps its verb, so the reader sees how they differ.
    const frontier = cell('frontier-tech', 'jiangsu').targets.find((t) => t.target.id === 'jiangsu-3yr-plan/c2/t1')!;
    expect([frontier.amount, frontier.subject, frontier.statement]).toEqual(['100项', '未来产业前沿技术研发计划项目', '组织实施100项未来产业前沿技术研发计划项目']);
    expect(frontier.repeats.map((r) => [r.source, r.statement, r.clauseName])).toEqual([
      ['“5个100”行动方案', '突破100项前沿技术', '突破100项前沿技术'],
      ['“5个100”行动方案', '着力推进100项重大前沿技术攻关', '（一）着力推进100项重大前沿技术攻关'],
      // The interpretation's paragraph has no heading and holds all five 100s: its words name the repeat.
      ['“5个100”政策解读', '推进100项前沿技术', '认真学习贯彻习近平总书记对江…'],
      ['“5个100”政策解读', '着力推进100项重大前沿技术攻关', '一是着力推进100项重大前沿技术攻关'],
    ]);
    for (const t of page.rows.flatMap((r) => r.cells.flatMap((c) => c.targets.flatMap((x) => [x, ...x.repeats])))) {
      expect(t.clauseName, t.target.id).not.toMatch(/^第\d+行$/u);
      expect(t.clauseLabel.endsWith(` · ${t.clauseName}`), t.target.id).toBe(true);
    }
  });

  test('Jiangsu 科创园区与孵化器: the 100 科创园区 of both plans in one entry, the 100 标杆孵化器 in their own', () => {
    expect(cell('parks-incubators', 'jiangsu').targets.map((t) => [t.amount, t.subject, t.repeats.length])).toEqual([
      ['100个', '未来产业科创园区', 4],
      ['100家左右', '未来产业标杆孵化器', 0],
      ['10家左右', '未来产业科技园建设试点', 0],
    ]);
  });

  test('5个100 plan line 41: the 100 standards say what they are made of, and each kind that it is one of them, not to be added', () => {
    const standards = cell('standards', 'jiangsu').targets;
    // The entry is the three-year plan's 100个未来产业标准规范 (line 46), which the 5个100 plan's task heading restates (line 39).
    const whole = standards[0]!;
    expect([whole.target.id, whole.repeats.map((r) => r.target.id)]).toEqual(['jiangsu-3yr-plan/c21/t1', expect.arrayContaining(['jiangsu-5x100-plan/s2.2/t1'])]);
    expect(whole.parts!.text).toBe('其中：地方标准或行业标准60项、国家标准30项、国际标准10项左右（“5个100”行动方案第41行），合计约100项');
    expect(whole.parts!.links.map((l) => [l.text, l.href])).toEqual([
      ['地方标准或行业标准60项', '/documents/jiangsu-5x100-plan/#c4'], ['国家标准30项', '/documents/jiangsu-5x100-plan/#c4'], ['国际标准10项左右', '/documents/jiangsu-5x100-plan/#c4'],
    ]);
    // Said once, on the entry: its restatements do not repeat it.
    expect(whole.repeats.map((r) => r.parts)).toEqual(whole.repeats.map(() => null));
    const parts = standards.filter((t) => t.partOf !== null);
    expect(parts.map((t) => [t.quote, t.partOf!.text, t.partOf!.links[0]!.href])).toEqual(['地方标准或行业标准60项', '国家标准30项', '国际标准10项左右'].map((quote) => [
      quote, '属“着力研制100项未来产业标准规范”（第39行）的一部分，不应与之相加', '/documents/jiangsu-5x100-plan/#s2.2',
    ]));
    // The 60 + 30 + 10 come to the 100 of the whole, so 约 is the 左右 of the 10, not a rounding.
    expect(parts.reduce((n, t) => n + t.target.max, 0)).toBe(whole.target.max);
    // Hubei's 100项关键标准和规范 (roundup line 51) has no parts declared, and says nothing of them.
    expect(cell('standards', 'hubei').targets.map((t) => [t.parts, t.partOf])).toEqual([[null, null]]);

    const csv = compareCsvRows(null);
    const csvRow = (id: string) => csv.find((r) => col(r, '目标ID') === id)!;
    expect(['所属整体', '整体与部分'].map((name) => col(csvRow('jiangsu-3yr-plan/c21/t1'), name))).toEqual(['', whole.parts!.text]);
    // A part is still a target of its own (说明 empty, so counting rows counts it), marked as a part of the whole.
    expect(['所属整体', '整体与部分', '说明'].map((name) => col(csvRow('jiangsu-5x100-plan/c4/t2'), name))).toEqual([
      'jiangsu-5x100-plan/s2.2/t1', '属“着力研制100项未来产业标准规范”（第39行）的一部分，不应与之相加', '',
    ]);
    // The restatement of the whole is a row of its own, pointing at the entry, without the parts again.
    expect(['重复于', '整体与部分'].map((name) => col(csvRow('jiangsu-5x100-plan/s2.2/t1'), name))).toEqual(['jiangsu-3yr-plan/c21/t1', '']);
  });

  test('科创园区: the incubators (line 73) and science-park pilots (line 77) are set under the task of the 100 parks: the page does not say they are among the 100 (100 + 10 is not 100), only not to add them', () => {
    const [whole, incubators, pilots] = cell('parks-incubators', 'jiangsu').targets;
    expect(whole!.parts!.text).toBe('该任务下另列：100家左右…未来产业标杆孵化器、未来产业科技园建设试点10家左右（“5个100”行动方案第73、77行），原文未说明与这一总数的关系，不宜直接相加');
    for (const part of [incubators!, pilots!]) expect(part.partOf!.text).toBe('列于“着力升级100家未来产业科创园区”（第71行）任务之下，原文未说明是否计入其数，不宜直接相加');
    // The chart's Jiangsu bar is the 100 parks: the incubators, set under their task, are not a second 100 beside them.
    expect(cell('parks-incubators', 'jiangsu').chart).toEqual({ value: '100个', subject: '未来产业科创园区', summary: '100个（未来产业科创园区）' });
  });

  test('Anhui sets no target in the texts: the roundup’s 共有10个先导区入选 counts a published list', () => {
    for (const r of page.rows) expect(cell(r.id, 'anhui').targets, r.id).toEqual([]);
  });

  test('5个100 plan line 41: each standards count shows the action the text attaches to it, so 30项 reads as standards taken part in', () => {
    const standards = cell('standards', 'jiangsu').targets.filter((t) => t.target.documentId === 'jiangsu-5x100-plan');
    expect(standards.map((t) => [t.hedge, t.action, t.amount, t.subject])).toEqual([
      ['力争', '推动市场主体制定', '60项', '地方标准或行业标准'],
      ['力争', '主导或参与制修订', '30项', '国家标准'],
      ['力争', '主导或参与制修订', '10项左右', '国际标准'],
    ]);
    // A plain verb (制定100个未来产业标准规范) is not shown: it is how a bare amount reads.
    expect(cell('standards', 'jiangsu').targets[0]!.action).toBe('');
    const csv = compareCsvRows(null).find((r) => col(r, '目标ID') === 'jiangsu-5x100-plan/c4/t2')!;
    expect(['限定', '做法', '数量', '单位', '对象'].map((name) => col(csv, name))).toEqual(['力争', '主导或参与制修订', '30', '项', '国家标准']);
  });

  test('every action and quoted statement shown is the source’s words: a substring of the clause or heading the target is printed in', () => {
    const holderText = (t: (typeof targets)[number]) =>
      t.clauseId !== null ? clauseById.get(t.clauseId)!.text : documentById.get(t.documentId)!.sections.find((s) => s.id === t.sectionId)!.title;
    const shown = page.rows.flatMap((r) => r.cells.flatMap((c) => c.targets.flatMap((x) => [x, ...x.repeats])));
    for (const t of shown) {
      expect(holderText(t.target), t.target.id).toContain(t.statement);
      if (t.action) expect(holderText(t.target), t.target.id).toContain(t.action);
    }
    // Every action that changes what is counted, as the page shows it (a repeat quotes its own, 着力升级 under 打造).
    expect([...new Set(shown.filter((t) => t.action).map((t) => t.action))].sort()).toEqual(
      ['主导或参与制修订', '分批分类筛选', '升级', '打造和吸引', '推动市场主体制定', '推动建设', '支持建设', '着力升级', '竞争选拔', '系统引培', '重点引育', '集聚和招引', '鼓励高校、科研院所联合企业建设'].sort(),
    );
    // The chart names the action with what it counts: 打造和吸引100个 (three-year plan line 30) are firms made or drawn in.
    // The 300家左右 start-ups 分批分类筛选 into a pool (5个100 plan line 63) are a part of that task, so not its bar.
    expect(cell('leading-enterprises', 'jiangsu').chart!.subject).toBe('打造和吸引 未来科技创新示范企业');
    expect(cell('leading-enterprises', 'jiangsu').max).toBe(100);
  });

  test('a restatement whose hedges differ from the first statement says so: 争取…100家左右 under a plain 100个', () => {
    const enterprises = cell('leading-enterprises', 'jiangsu').targets.find((t) => t.target.id === 'jiangsu-3yr-plan/c9/t2')!;
    expect([enterprises.hedge, enterprises.amount, enterprises.action]).toEqual(['', '100个', '打造和吸引']);
    expect(enterprises.repeats.filter((r) => r.differs).map((r) => [r.target.id, r.statement, r.differs])).toEqual([
      ['jiangsu-5x100-plan/c10/t4', '100家左右具有行业影响力的未来科技创新示范企业', '此处有“争取”“左右”'],
    ]);
    expect(hedgeDifference({ qualifiers: ['力争', '左右'] }, { qualifiers: [] })).toBe('此处无“力争”“左右”');
    const csv = compareCsvRows(null).find((r) => col(r, '目标ID') === 'jiangsu-5x100-plan/c10/t4')!;
    expect([col(csv, '重复于'), col(csv, '说明')]).toEqual(['jiangsu-3yr-plan/c9/t2', '此处有“争取”“左右”']);
  });

  test('hedges stay with the amount: 力争国际标准10项左右, 每年30-40项', () => {
    const standards = cell('standards', 'jiangsu').targets.find((t) => t.subject === '国际标准')!;
    expect([standards.hedge, standards.amount]).toEqual(['力争', '10项左右']);
    const yearly = cell('frontier-tech', 'jiangsu').targets.find((t) => t.target.id === 'jiangsu-5x100-plan/c3/t1')!;
    expect([yearly.hedge, yearly.amount]).toEqual(['每年', '30-40项']);
  });

  test('每年择优组织30-40项 reads as a yearly amount over 2024–2026, not a 2026 total, and is in force in each of those years', () => {
    const yearly = cell('frontier-tech', 'jiangsu').targets.find((t) => t.target.id === 'jiangsu-5x100-plan/c3/t1')!;
    expect([yearly.hedge, yearly.amount, yearly.yearLabel, yearly.yearKey]).toEqual(['每年', '30-40项', '2024–2026年（规划期内）', '2024 2025 2026']);
    const csv = compareCsvRows(null).find((r) => col(r, '目标ID') === 'jiangsu-5x100-plan/c3/t1')!;
    // Each column one type: the years are integers, the yearly span in 起始年份 and 每年.
    expect(['限定', '数量', '下限', '上限', '年份', '起始年份', '每年', '年份来源'].map((name) => col(csv, name))).toEqual(['每年', '', '30', '40', '2026', '2024', '是', '按规划期推定']);
    expect(compareCsvRows(null).slice(1).every((r) => /^(\d{4})?$/u.test(col(r, '年份')!) && /^(\d{4})?$/u.test(col(r, '起始年份')!))).toBe(true);
  });

  test('Hubei’s 1000亿元 is charted in money, not counted with the 项 and 个', () => {
    const scale = row('industry-scale');
    expect(scale.chartUnit).toBe('亿元');
    expect(cell('industry-scale', 'hubei').max).toBe(1000);
    expect(cell('industry-scale', 'hubei').targets[0]!.yearLabel).toBe('2026年');
  });

  test('a range charts at its upper bound: Chongqing 8-10个市级未来产业先导区, year unwritten', () => {
    const zones = cell('pilot-zones', 'chongqing');
    expect(zones.targets[0]!.amount).toBe('8-10个');
    expect(zones.targets[0]!.yearLabel).toBe('未写明年份');
    expect(zones.targets[0]!.yearKey).toBe('none');
    expect(zones.max).toBe(10);
  });

  test('Gansu and Guangdong set no numeric target in the texts: every cell of theirs is empty and charts nothing', () => {
    for (const r of page.rows) {
      for (const id of ['gansu', 'guangdong']) {
        expect(cell(r.id, id).targets).toEqual([]);
        expect(cell(r.id, id).max).toBeNull();
      }
    }
  });

  test('provinces known only from the roundup say so; Jiangxi only from an interpretation', () => {
    const note = (id: string) => page.provinces.find((p) => p.id === id)!.note;
    expect(note('gansu')).toBe('仅新闻综述摘要');
    expect(note('jiangxi')).toBe('仅政策解读');
    // Its two plans and the 5个100 plan's 解读, by kind.
    expect(note('jiangsu')).toBe('2份政策文件、1份政策解读');
  });

  test('the year filter offers every year a target is in force (2024 of the yearly 2024–2026 amount too), and the unwritten year', () => {
    expect(page.years.map((y) => y.key)).toEqual(['2024', '2025', '2026', 'none']);
    expect(cell('parks-incubators', 'jiangxi').targets.map((t) => [t.amount, t.subject, t.yearKey])).toEqual([['10个', '科创城', '2025']]);
  });
});

describe('the column headers count targets as the table shows them', () => {
  test('Jiangsu: 26 targets, 22 restatements listed under them, 48 extracted in all', () => {
    const jiangsu = page.provinces.find((p) => p.id === 'jiangsu')!;
    // 100项…研发计划项目 (three-year plan) and 100项前沿技术 (5个100) are one target: counted once, not 200.
    expect([jiangsu.targetCount, jiangsu.restatements]).toEqual([26, 22]);
    for (const p of page.provinces) expect(p.targetCount + p.restatements, p.id).toBe(targets.filter((t) => t.province === p.id).length);
  });
});

describe('compare.csv', () => {
  const rows = compareCsvRows(null);

  test('one row per target plus one per empty cell, which says so', () => {
    const empty = page.rows.flatMap((r) => r.cells).filter((c) => c.targets.length === 0).length;
    expect(rows[0]).toEqual(COMPARE_CSV_HEADER);
    const twice = targets.reduce((n, t) => n + t.alsoCategories.length, 0);
    expect(rows.length - 1).toBe(targets.length + twice + empty);
    // The second row of a target listed twice says so, and where its first is.
    expect(col(rows.find((r) => r[0] === 'parks-incubators' && r[2] === 'hubei')!, '说明')).toBe('计数对象并列两类，同一目标也列在“未来产业先导区”');
    const gansuScale = rows.find((r) => r[0] === 'industry-scale' && r[2] === 'gansu')!;
    // The note has its own column: the subject column holds only things counted.
    expect(col(gansuScale, '对象')).toBe('');
    expect(col(gansuScale, '说明')).toBe(NO_TARGET);
    expect(gansuScale).toHaveLength(COMPARE_CSV_HEADER.length);
    expect(NO_TARGET).toBe('收录文本无数量目标');
  });

  test('a target the page shows once has its restatements as rows naming it in 重复于, so counting rows with it and 说明 empty counts targets', () => {
    const parks = rows.filter((r) => r[0] === 'parks-incubators' && r[2] === 'jiangsu' && /科创园区/u.test(col(r, '原文')!));
    const first = parks.find((r) => col(r, '目标ID') === 'jiangsu-3yr-plan/c3/t2')!;
    expect(col(first, '重复于')).toBe('');
    // 100个未来产业科创园区 (three-year plan) restated by the 5个100 plan and its 解读: five rows, one target.
    expect(parks.filter((r) => col(r, '重复于') === col(first, '目标ID')).map((r) => col(r, '目标ID')).sort()).toEqual([
      'jiangsu-5x100-interpretation/s2-p1/t3', 'jiangsu-5x100-interpretation/s3-e3/t1', 'jiangsu-5x100-plan/s1-g5/t1', 'jiangsu-5x100-plan/s2.5/t1',
    ]);
    const shownOnPage = new Set(page.rows.flatMap((r) => r.cells).flatMap((c) => c.targets.map((t) => t.target.id))).size;
    expect(rows.filter((r) => col(r, '目标ID') !== '' && col(r, '重复于') === '' && col(r, '说明') === '').length).toBe(shownOnPage);
  });

  test('a target row names its source file and line, so a figure can be checked against the raw text: 1000亿元 is roundup line 51', () => {
    const scale = rows.find((r) => r[0] === 'industry-scale' && r[2] === 'hubei')!;
    expect([col(scale, '原文'), col(scale, '原文文件'), col(scale, '原文行')]).toEqual(['未来产业总体规模达到1000亿元', 'provinces-pilot-zone-roundup-2024.txt', '51']);
    const raw = readFileSync(`content/sources/${col(scale, '原文文件')}`, 'utf8').split('\n')[Number(col(scale, '原文行')) - 1]!;
    expect(raw).toContain('1000億元');
    // Every target row: the line is the one targets.json gives, in the file of the target's document.
    for (const r of rows.slice(1).filter((x) => col(x, '目标ID') !== '')) {
      const t = targets.find((x) => x.id === col(r, '目标ID'))!;
      expect([col(r, '原文文件'), col(r, '原文行')], t.id).toEqual([documentById.get(t.documentId)!.source!.file, String(t.line)]);
    }
  });

  test('a target row carries the amount, year and its clause link: from the site root in a local build, absolute with the deployed address', () => {
    const concept = rows.find((r) => col(r, '目标ID') === 'jiangsu-3yr-plan/c3/t1')!;
    expect(['限定', '做法', '数量', '下限', '上限', '单位', '对象', '年份', '起始年份', '每年', '年份来源'].map((name) => col(concept, name))).toEqual(['', '鼓励高校、科研院所联合企业建设', '20', '20', '20', '个', '概念验证中心、中小试基地', '2026', '', '', '按规划期推定']);
    expect(col(concept, '链接')).toBe('/documents/jiangsu-3yr-plan/#c3');
    const deployed = compareCsvRows('https://policy.example.cn/').find((r) => col(r, '目标ID') === 'jiangsu-3yr-plan/c3/t1')!;
    expect(col(deployed, '链接')).toBe('https://policy.example.cn/documents/jiangsu-3yr-plan/#c3');
  });

  test('the file is UTF-8 with a BOM, CRLF lines, and quotes fields holding commas or quotes', () => {
    const csv = toCsv([['a', 'b,c'], ['“10+X”', 'say "hi"']]);
    expect(csv).toBe('\uFEFFa,"b,c"\r\n“10+X”,"say ""hi"""\r\n');
  });

  test('a text cell a spreadsheet would run as a formula gets a leading apostrophe; numbers and dashes stay as they are', () => {
    const csv = toCsv([['=HYPERLINK("http://x","点此")', '+1', '-2024年', '@SUM(1,2)', '——以上', -3, '3个']]);
    expect(csv).toBe(`\uFEFF"'=HYPERLINK(""http://x"",""点此"")",'+1,'-2024年,"'@SUM(1,2)",——以上,-3,3个\r\n`);
  });
});
