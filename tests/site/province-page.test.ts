// The province page's data on the real corpus.
import { describe, expect, test } from 'vitest';
import { provinceIndex, provincePage, targetsByCategory } from '../../src/lib/province-page.ts';
import { sourceHref } from '../../src/lib/atlas.ts';
import { targets } from '../../src/lib/atlas.ts';
import { readDistPage } from './dist.ts';

const jiangsu = provincePage('jiangsu');

describe('provincePage: Jiangsu', () => {
  test('its documents include the three-year plan with kind, date and issuers', () => {
    const plan = jiangsu.documents.find((d) => d.document.title === '江苏省加快培育发展未来产业三年行动方案（2024-2026年）')!;
    expect(plan.kindLabel).toBe('政策文件');
    expect(plan.document.date).toBe('2024-02-27');
    expect(plan.issuer).toContain('江苏省科学技术厅');
    expect(plan.href).toBe('/documents/jiangsu-3yr-plan/');
  });

  test('the digest links to its Jiangsu section; documents known by reference come last, marked 仅见引用', () => {
    expect(jiangsu.documents.find((d) => d.document.id === 'pilot-zones-roundup-2024')!.href).toBe('/documents/pilot-zones-roundup-2024/#jiangsu');
    const kinds = jiangsu.documents.map((d) => d.kindLabel);
    expect(kinds.indexOf('仅见引用')).toBeGreaterThan(kinds.lastIndexOf('新闻综述'));
    expect(jiangsu.documents.some((d) => d.document.title === '省政府关于加快培育发展未来产业的指导意见' && d.kindLabel === '仅见引用')).toBe(true);
  });

  test('two priority lists: the 10+X system (with its 成长型/前沿性 groups) and the cluster-pilot list', () => {
    expect(jiangsu.priorities).toHaveLength(2);
    const tenX = jiangsu.priorities[0]!;
    expect(tenX.quote).toContain('“10+X”未来产业体系');
    expect(tenX.href).toBe('/sources/jiangsu-future-industries-three-year-plan-2024/#L18');
    expect(tenX.sectors.find((s) => s.as === '类人机器人')).toMatchObject({ sector: 'humanoid-robots', name: '人形机器人', group: '前沿性' });
  });

  test('targets grouped in the vocabulary order, 前沿技术攻关 first; 力争10项左右国际标准 under 标准规范', () => {
    expect(jiangsu.targetGroups[0]!.label).toBe('前沿技术攻关');
    const standards = jiangsu.targetGroups.find((g) => g.label === '标准规范')!;
    expect(standards.targets.some((t) => t.subject === '国际标准' && t.value === 10 && t.qualifiers.includes('力争'))).toBe(true);
    expect(jiangsu.targetGroups.reduce((n, g) => n + g.targets.length, 0)).toBe(jiangsu.targetCount);
  });

  test('departments: 省发展改革委 (9 led) before 省科技厅 (6 led); 各设区市相应职能部门 is co on clause 1 and carries the 24 after it', () => {
    const shorts = jiangsu.departments.map((d) => d.department.short);
    expect(shorts.indexOf('省发展改革委')).toBeLessThan(shorts.indexOf('省科技厅'));
    expect(jiangsu.departments.find((d) => d.department.short === '省科技厅')!.department.counts.lead).toBe(6);
    expect(jiangsu.departments.find((d) => d.department.name === '各设区市相应职能部门')!.department.counts).toMatchObject({ co: 1, inherited: 24 });
  });
});

test('Jiangsu’s 48 targets include 22 restatements, which /compare/ folds under the target they repeat', () => {
  expect([jiangsu.targetCount, jiangsu.restatementCount]).toEqual([48, 22]);
});

describe('provincePage: Anhui’s policy measures, for an enterprise looking for support', () => {
  const anhui = provincePage('anhui');

  test('the measures its clauses use, most used first, each linking to the province’s column of the measure page', () => {
    expect(anhui.measures.map((m) => [m.measure.name, m.clauses])).toEqual([['先导区', 2], ['高新区与创新载体区', 2], ['科技园与孵化器', 1], ['立法保障', 1]]);
    expect(anhui.measures[0]!.href).toBe('/measures/pilot-zone/#p-anhui');
  });

  test('the 人民代表大会 of its legislation clause is not an event: no 科普与氛围 (a reviewed blocker in measures.yaml)', () => {
    expect(anhui.measures.some((m) => m.measure.id === 'popularisation')).toBe(false);
    expect(jiangsu.measures.some((m) => m.measure.id === 'popularisation')).toBe(true);
  });
});

describe('provincePage: provinces with little text', () => {
  test('Chongqing: its list of fields is empty and says why, at roundup line 23', () => {
    const page = provincePage('chongqing');
    expect(page.priorities).toHaveLength(1);
    expect(page.priorities[0]!.sectors).toEqual([]);
    expect(page.priorities[0]!.href).toBe('/sources/provinces-pilot-zone-roundup-2024/#L23');
    expect(page.targetGroups.flatMap((g) => g.targets).some((t) => t.text.includes('8-10个'))).toBe(true);
  });

  test('Gansu: no numeric target, so no target group', () => {
    expect(provincePage('gansu').targetGroups).toEqual([]);
  });

  test('an unknown province is an error, not an empty page', () => {
    expect(() => provincePage('shanghai')).toThrow(/unknown province/);
  });
});

test('targetsByCategory puts uncategorised targets last under 其他', () => {
  const t = targets.find((x) => x.category === 'standards')!;
  const groups = targetsByCategory([{ ...t, category: null }, t]);
  expect(groups.map((g) => g.label)).toEqual(['标准规范', '其他']);
});

test('sourceHref drops the .txt, and names a line when given one', () => {
  expect(sourceHref('provinces-pilot-zone-roundup-2024.txt', 47)).toBe('/sources/provinces-pilot-zone-roundup-2024/#L47');
  expect(sourceHref('provinces-pilot-zone-roundup-2024.txt')).toBe('/sources/provinces-pilot-zone-roundup-2024/');
});

test('provinceIndex: seven rows; Chongqing and Jiangxi list no field, Jiangsu has the most clauses', () => {
  const rows = provinceIndex();
  expect(rows.map((r) => r.province.id)).toEqual(['jiangsu', 'anhui', 'guangdong', 'hubei', 'chongqing', 'gansu', 'jiangxi']);
  expect(rows.filter((r) => r.prioritySectors === 0).map((r) => r.province.id)).toEqual(['chongqing', 'jiangxi']);
  expect(Math.max(...rows.map((r) => r.clauses))).toBe(rows[0]!.clauses);
});

test('a body only named in the text is not listed as an issuer: 广东省人民政府 (广东省政府官网发布, roundup line 31)', () => {
  const text = readDistPage('/provinces/guangdong/').replace(/<[^>]+>/gu, ' ').replace(/\s+/gu, ' ');
  expect(text).toContain('在正文中被提到、本站没有登记其发文、解读或发布的： 广东省人民政府');
  expect(text).not.toMatch(/发文、解读或发布机关出现[^：]*： 广东省人民政府/u);
  // Jiangxi: its 科技厅 interpreted the plan, its 人大常委会 made the 决定 the 解读 cites (line 25, a title that names
  // its maker); its 人民政府 is named in 省政府工作报告 only.
  const jiangxi = readDistPage('/provinces/jiangxi/').replace(/<[^>]+>/gu, ' ').replace(/\s+/gu, ' ');
  expect(jiangxi).toMatch(/发文、解读或发布机关出现[^：]*： 江西省科学技术厅 江西省人民代表大会常务委员会 安义县人民政府 在正文中被提到、本站没有登记其发文、解读或发布的： 江西省人民政府/u);
});

test('Jiangsu’s targets mark each restatement and count targets apart from them: 前沿技术攻关 2项，另有4处重复表述', () => {
  const text = readDistPage('/provinces/jiangsu/').replace(/<[^>]+>/gu, ' ').replace(/\s+/gu, ' ');
  // The three-year plan's 100项…研发计划项目 and the 5个100 programme's 100项前沿技术 are one target
  // (content/vocab/same-targets.yaml); the yearly 每年30-40项 is the other.
  expect(text).toContain('前沿技术攻关 2项，另有4处重复表述');
  const page = provincePage('jiangsu');
  const repeats = page.targetGroups.reduce((n, g) => n + g.repeats, 0);
  expect(repeats).toBe(page.restatementCount);
  const html = readDistPage('/provinces/jiangsu/');
  const section = html.slice(html.indexOf('id="targets"'), html.indexOf('id="departments"'));
  expect(section.match(/<span class="repeat"[^>]*>重复表述<\/span>/gu)?.length).toBe(repeats);
  // The parts of a whole listed beside it are marked too: 60项, 30项, 10项左右 of the 100 standards (5个100 plan line 41),
  // and what is set under a task without being said to be among its 100: the 20 typical scenarios (line 57), the 200 and
  // 300 firms of the pool and the 10 leading firms (lines 61-63), the incubators and the science-park pilots (lines 73, 77).
  const parts = [...section.matchAll(/<span class="repeat"[^>]*title="([^"]*)"[^>]*>(组成部分|任务下另列)<\/span>/gu)].map((m) => `${m[2]}：${m[1]}`);
  const under = (task: string, line: number) => `任务下另列：列于“${task}”（第${line}行）任务之下，原文未说明是否计入其数，不宜直接相加`;
  expect(parts).toEqual([
    ...new Array(3).fill('组成部分：属“着力研制100项未来产业标准规范”（第39行）的一部分，不应与之相加'),
    under('着力开发100个前沿技术应用场景', 49),
    ...new Array(3).fill(under('着力培育100家未来科技创新示范企业', 59)),
    ...new Array(2).fill(under('着力升级100家未来产业科创园区', 71)),
  ]);
});

test('the documents note says the news roundup links to the province’s section only on a page that lists such a section', () => {
  const flat = (id: string) => readDistPage(`/provinces/${id}/`).replace(/<[^>]+>/gu, '').replace(/\s+/gu, ' ');
  // The roundup has no Jiangxi section, so Jiangxi's page lists no roundup at all.
  expect(provincePage('jiangxi').documents.some((d) => d.document.kind === 'digest')).toBe(false);
  expect(flat('jiangxi')).not.toContain('“新闻综述”链接到');
  expect(flat('jiangxi')).toContain('“仅见引用”的文件本站没有全文，只知道其他文本对它的引用或概述。');
  expect(provincePage('anhui').documents.find((d) => d.document.kind === 'digest')!.href).toBe('/documents/pilot-zones-roundup-2024/#anhui');
  expect(flat('anhui')).toContain('“新闻综述”链接到综述中关于安徽的段落；“仅见引用”的文件');
});
