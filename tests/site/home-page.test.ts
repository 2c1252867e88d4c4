// The home page's data: coverage matrix, provinces without listed fields, headline targets, newest documents.
import { describe, expect, test } from 'vitest';
import { departments, documentById, documentBySourceFile, KIND_LABEL, provinces, restatementOf, sectorsFile, targets } from '../../src/lib/atlas.ts';
import { readDistPage } from './dist.ts';
import { coverageMatrix, headlineTargets, homePage, newestDocuments } from '../../src/lib/home-page.ts';
import { provincePage } from '../../src/lib/province-page.ts';

const { rows, mentionedOnly } = coverageMatrix();
const row = (name: string) => rows.find((r) => r.sector.name === name)!;
const cell = (name: string, province: string) => row(name).cells.find((c) => c.province === province)!;

describe('coverageMatrix', () => {
  test('one cell per province in every row, in the site order', () => {
    for (const r of rows) expect(r.cells.map((c) => c.province)).toEqual(provinces.map((p) => p.id));
  });

  test('Jiangsu names 第三代半导体 in its 10+X line; Guangdong only mentions 新型储能 in three clauses', () => {
    expect(sectorsFile.priorities.find((p) => p.province === 'jiangsu')!.quote).toContain('第三代半导体');
    expect(cell('第三代半导体', 'jiangsu').state).toBe('priority');
    expect(cell('新型储能', 'guangdong')).toEqual({ province: 'guangdong', state: 'mentioned', clauses: 3 });
    expect(cell('第三代半导体', 'anhui').state).toBe('none');
  });

  test('Gansu files 人工智能 as a priority; it shows under 通用智能 (the vocabulary puts it under 未来信息)', () => {
    expect(cell('通用智能', 'gansu').state).toBe('priority');
  });

  test('Gansu names the six directions themselves as its 6个方面 (roundup line 47), as Hubei does: both are priorities there', () => {
    for (const direction of ['未来制造', '未来信息', '未来能源', '未来材料', '未来空间', '未来健康']) {
      expect(cell(direction, 'gansu').state, direction).toBe('priority');
      expect(cell(direction, 'hubei').state, direction).toBe('priority');
    }
  });

  test('Chongqing and Jiangxi list no field: 赣州’s specialties 稀土 and 生物医药 (Jiangxi 解读 line 39) are clause mentions, not priorities', () => {
    for (const r of rows) {
      expect(r.cells.find((c) => c.province === 'chongqing')!.state).not.toBe('priority');
      expect(r.cells.find((c) => c.province === 'jiangxi')!.state, r.sector.name).not.toBe('priority');
    }
    // No province lists them, so they are no rows of the heatmap; the sector index still has them, with their clauses.
    expect(rows.map((r) => r.sector.name)).not.toContain('稀土');
    expect(mentionedOnly.filter((s) => ['rare-earth', 'biomedicine'].includes(s.id)).map((s) => [s.name, s.clausesByProvince.jiangxi?.length])).toEqual([['稀土', 1], ['生物医药', 1]]);
    // Every row the heatmap draws is a future-industry field: none carries the note of a field outside the directions.
    expect(rows.filter((r) => r.sector.note).map((r) => r.sector.name)).toEqual([]);
  });

  test('directions come before their own fields; a field no province lists (类脑智能) is left out of the rows', () => {
    const names = rows.map((r) => r.sector.name);
    expect(names.indexOf('未来信息')).toBeLessThan(names.indexOf('量子科技'));
    expect(names.indexOf('未来材料')).toBeGreaterThan(names.indexOf('量子科技'));
    expect(names).not.toContain('类脑智能');
    expect(mentionedOnly.map((s) => s.name)).toContain('类脑智能');
  });
});

describe('homePage', () => {
  const page = homePage();
  test('the provinces without listed fields are Chongqing and Jiangxi, each with its source line', () => {
    expect(page.withoutPriorities.map((p) => [p.province.id, p.line])).toEqual([['chongqing', 23], ['jiangxi', 43]]);
    expect(page.withoutPriorities[0]!.quote).toContain('《通知》明确了四个方面的基本条件');
    // Jiangxi's 解读 names future industry only in general (line 43); its province page gives the same line.
    const jiangxi = page.withoutPriorities[1]!;
    expect(jiangxi.quote).toBe('支持发展未来产业新赛道，争取未来产业相关科技专项在我省试点');
    expect(provincePage('jiangxi').priorities.map((p) => [p.sectors.length, p.quote, p.line])).toEqual([[0, jiangxi.quote, 43]]);
  });

  test('Hubei lists only the six directions, so its field rows are empty by design', () => {
    expect(page.directionsOnly.map((p) => p.id)).toEqual(['hubei']);
  });

  test('counts: five full-text sources, the rest known by reference', () => {
    expect(page.counts.documents).toBe(5);
    expect(page.counts.provinces).toBe(7);
    expect(page.counts.referenced).toBeGreaterThan(0);
  });

  test('targets and departments are counted as /compare/ and /departments/ count them: a restated target once, every body listed', () => {
    expect(page.counts.targets + page.counts.restatements).toBe(targets.length);
    expect(page.counts.restatements).toBe(targets.filter((t) => restatementOf.has(t.id)).length);
    expect(page.counts.departments).toBe(departments.length);
    // Bodies only named, or only issuing a document, carry no clause: counted apart (13 of the 47 when this was written).
    expect(page.counts.departmentsWithClauses).toBe(departments.filter((d) => Object.values(d.counts).some((n) => n > 0)).length);
    expect(page.counts.departmentsWithClauses).toBeLessThan(page.counts.departments);
    // Jiangsu's card links to all its targets, counted the same way: 26, where its province page lists 48 statements.
    expect(page.headlines.find((h) => h.province.id === 'jiangsu')!.total).toBe(26);
  });
});

describe('headline cards name the text their targets come from', () => {
  const basisOf = (id: string) => homePage().headlines.find((h) => h.province.id === id)!.basis.map((b) => `${b.name}${b.note}`);
  test('Jiangsu’s from its plan; Hubei’s and Chongqing’s from the roundup, which is not their policy; Jiangxi’s from a 解读', () => {
    expect(basisOf('jiangsu')).toEqual(['三年行动方案']);
    expect(basisOf('hubei')).toEqual(['先导区新闻综述（对政策的转述，不是政策原文）']);
    expect(basisOf('chongqing')).toEqual(['先导区新闻综述（对政策的转述，不是政策原文）']);
    expect(basisOf('jiangxi')).toEqual(['六大行动解读（不是方案原文）']);
    expect(basisOf('anhui')).toEqual([]);
    // Each named text is where the card's targets are set; the roundup is linked at the province's section.
    for (const h of homePage().headlines) expect(h.basis.map((b) => b.href.split('#')[0])).toEqual([...new Set(h.targets.map((t) => `/documents/${t.documentId}/`))]);
    expect(homePage().headlines.find((h) => h.province.id === 'hubei')!.basis[0]!.href).toBe('/documents/pilot-zones-roundup-2024/#hubei');
    expect(homePage().headlines.find((h) => h.province.id === 'jiangsu')!.basis[0]!.href).toBe('/documents/jiangsu-3yr-plan/');
  });

  test('the built card says so under Hubei’s 1000亿元', () => {
    const flat = readDistPage('/').replace(/<[^>]+>/g, '');
    expect(flat).toContain('出自先导区新闻综述（对政策的转述，不是政策原文）');
    expect(flat).toContain('出自六大行动解读（不是方案原文）');
  });
});

describe('headlineTargets', () => {
  test('Hubei leads with its 1000亿元 industry scale', () => {
    const [first] = headlineTargets('hubei');
    expect(`${first!.value}${first!.unit}${first!.subject}`).toBe('1000亿元未来产业总体规模');
  });

  test('Jiangsu: one per category, from a plan, not the interpretation that repeats it', () => {
    const list = headlineTargets('jiangsu');
    expect(list).toHaveLength(4);
    expect(new Set(list.map((t) => t.category)).size).toBe(4);
    for (const t of list) expect(documentById.get(t.documentId)!.kind).toBe('plan');
    expect(list[0]!.text).toBe('100项未来产业前沿技术研发计划项目');
  });

  test('Gansu and Guangdong: no numeric target in the texts, so no headline', () => {
    expect(headlineTargets('gansu')).toEqual([]);
    expect(headlineTargets('guangdong')).toEqual([]);
  });
});

test('newestDocuments: the texts the atlas holds, newest first, the undated 5个100 plan last; no reference-only stubs', () => {
  const list = newestDocuments(6);
  expect(list.map((d) => d.id)).toEqual([
    'pilot-zones-roundup-2024', 'jiangxi-six-actions-interpretation', 'jiangsu-5x100-interpretation', 'jiangsu-3yr-plan', 'jiangsu-5x100-plan',
  ]);
  expect(list.at(-1)!.date).toBeNull();
});

describe('the heatmap legend on the built home page', () => {
  const html = readDistPage('/');
  const notes = html.slice(html.indexOf('class="coverage-notes"'), html.indexOf('id="headlines"')).replace(/<[^>]+>/gu, '').replace(/\s+/gu, ' ');
  const listed = sectorsFile.priorities.filter((p) => p.sectors.length > 0);
  const quotedIn = (p: (typeof listed)[number]) => documentBySourceFile.get(p.source)!;

  test('names the text each listing sentence is quoted from, with the provinces quoted from it: the roundup is no province’s own text', () => {
    expect(notes).not.toContain('依据是各省文件中列举重点领域的原句');
    for (const [document, lists] of Map.groupBy(listed, quotedIn)) {
      const shorts = provinces.filter((p) => lists.some((l) => l.province === p.id)).map((p) => p.short).join('、');
      expect(notes, document.id).toContain(`${KIND_LABEL[document.kind]}《${document.title}》（${shorts}）`);
    }
    // Anhui, Guangdong, Hubei and Gansu are read only in the news roundup, which sums their documents up.
    expect(notes).toContain('新闻综述《多地发布政策，支持建设未来产业先导区》（江苏、安徽、广东、湖北、甘肃），是综述对各省文件的概述，不是文件原文');
    expect(notes).toContain('政策文件《江苏省加快培育发展未来产业三年行动方案（2024-2026年）》（江苏）');
  });

  test('says the cells are the site’s categories, into which a province’s own words are filed (本站归入), with examples from the data', () => {
    expect(notes).toContain('格中是本站的领域分类，各省原文的说法按本站归入其中');
    expect(notes).toContain('如江苏的“类人机器人”归入“人形机器人”、安徽的“空天信息”归入“商业航天”');
  });
});

describe('a province whose quoted text lists no sector: one statement, on the home page and its own page', () => {
  const flat = (html: string) => html.replace(/<[^>]+>/gu, '').replace(/\s+/gu, ' ');
  const home = flat(readDistPage('/'));
  const silent = sectorsFile.priorities.filter((p) => p.sectors.length === 0);

  test('Jiangxi: the 解读 the site holds is named as the text that lists none, not the plan it does not hold; its line is the 解读’s', () => {
    const note = '本站收录的政策解读《科技兴赣六大行动实施方案（2023-2025年）解读》没有列出具体的未来产业领域，因此本站没有把任何领域记为江西的重点；本站没有《科技兴赣六大行动实施方案（2023-2025年）》的全文，无从判断其中是否列出。';
    expect(home).toContain(`江西省：${note}原句：“支持发展未来产业新赛道，争取未来产业相关科技专项在我省试点”（六大行动解读第43行）`);
    expect(flat(readDistPage('/provinces/jiangxi/'))).toContain(note);
  });

  test('Chongqing: the quote is the news roundup’s summary of the 通知 (roundup line 23), which the site does not hold', () => {
    const note = '本站收录的新闻综述《多地发布政策，支持建设未来产业先导区》在概述《关于开展未来产业先导区建设工作的通知》时没有列出具体的未来产业领域，因此本站没有把任何领域记为重庆的重点；本站没有《关于开展未来产业先导区建设工作的通知》的全文，无从判断其中是否列出。';
    expect(home).toContain(`重庆市：${note}原句：“《通知》明确了四个方面的基本条件`);
    expect(home).toContain('创新生态良好”（先导区新闻综述第23行）');
    expect(flat(readDistPage('/provinces/chongqing/'))).toContain(note);
  });

  test('no page claims an absence the held text cannot show, nor calls the quoted text 原文 of the policy', () => {
    expect(silent.map((p) => p.province)).toEqual(['chongqing', 'jiangxi']);
    for (const page of ['/', '/provinces/chongqing/', '/provinces/jiangxi/']) {
      const text = flat(readDistPage(page));
      expect(text, page).not.toContain('并非数据缺失');
      expect(text, page).not.toContain('原文未列出重点领域');
    }
  });
});
