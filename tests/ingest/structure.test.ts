import { describe, expect, it } from 'vitest';
import { structureDocument, splitEnumeration, headingOf } from '../../scripts/ingest/structure-document.ts';
import { rejoinParagraphs } from '../../scripts/ingest/rejoin-paragraphs.ts';
import { extractDepartments } from '../../scripts/ingest/extract-departments.ts';
import { chineseNumeral } from '../../scripts/ingest/chinese-numeral.ts';
import type { ClassifiedLine } from '../../scripts/ingest/classify-lines.ts';

const paragraph = (text: string, line: number) => ({ text, startLine: line, endLine: line, lines: [{ line, start: 0, end: text.length }], repairs: [] });
const options = { file: 'test.txt', provinceHeadings: new Map([['重庆市', 'chongqing']]) };
const body = (line: number, text: string): ClassifiedLine => ({ line, raw: text, plain: text, text, repairs: [], corrupted: [], controlRemoved: 0, suspiciousSpaces: 0, role: text === '' ? 'blank' : 'body' });

describe('structureDocument numbering schemes', () => {
  it('reads 一、 sections, （一） subsections, 1. clauses with their heading, and —— goal bullets (5个100 plan)', () => {
    const { sections, clauses } = structureDocument([
      paragraph('一、思路目标', 9),
      paragraph('——突破100项前沿技术。在第三代半导体、通用人工智能、量子科技等领域实现重大技术突破。', 17),
      paragraph('二、重点任务', 27),
      paragraph('（一）着力推进100项重大前沿技术攻关', 29),
      paragraph('1.编制“一图三清单”。整合有关部门、行业专家、智库单位等专业力量。', 31),
    ], options);
    expect(sections.map((s) => [s.id, s.level, s.title])).toEqual([['s1', 1, '思路目标'], ['s2', 1, '重点任务'], ['s2.1', 2, '着力推进100项重大前沿技术攻关']]);
    expect(clauses.map((c) => [c.localId, c.label, c.heading, c.path.join('/')])).toEqual([
      ['s1-g1', '——', '突破100项前沿技术', 's1'],
      ['c1', '1', '编制“一图三清单”', 's2/s2.1'],
    ]);
  });
  it('gives a repeated clause number a distinct id and keeps both texts (保障措施 restarts at 1.)', () => {
    const { clauses } = structureDocument([
      paragraph('1.编制“一图三清单”。整合有关部门。', 31),
      paragraph('三、保障措施', 81),
      paragraph('1.加强组织推进。成立省科技厅工作专班。', 83),
    ], options);
    expect(clauses.map((c) => c.localId)).toEqual(['c1', 's3-c1']);
    expect(clauses[1].text).toBe('1.加强组织推进。成立省科技厅工作专班。');
  });
  it('reads a （一） line that carries sentences as a clause (Jiangxi line 25)', () => {
    const { sections, clauses } = structureDocument([paragraph('二、总体考虑', 21), paragraph('（一）注重传承衔接。《方案》与《江西省“十四五”科技创新规划》等政策文件，在主要目标上相衔接。', 25)], options);
    expect(sections).toHaveLength(1);
    expect(clauses[0]).toMatchObject({ localId: 's2.1', label: '（一）', heading: '注重传承衔接' });
  });
  it('keeps a section heading\'s own closing 。 when no sentence follows it (found by the fuzz test: 四、《行动方案》保障措施。)', () => {
    const { sections, clauses } = structureDocument([paragraph('四、《行动方案》保障措施。', 39), paragraph('三、框架内容。本方案分为三部分。', 37)], options);
    expect(sections.map((s) => s.marker + s.title)).toEqual(['四、《行动方案》保障措施。', '三、框架内容']);
    // The second heading's sentence is a clause of its own, which holds the 。.
    expect(clauses.map((c) => c.text)).toEqual(['三、框架内容。本方案分为三部分。']);
  });
  it('opens a digest section at a province heading', () => {
    const { sections, clauses } = structureDocument([paragraph('重庆市', 20), paragraph('10月11日，重庆市经济信息委发布了《关于开展未来产业先导区建设工作的通知》。', 21)], options);
    expect(sections[0]).toMatchObject({ id: 'chongqing', title: '重庆市' });
    expect(clauses[0].localId).toBe('chongqing-p1');
  });
  it('stops with file and line on a numbering scheme it does not know', () => {
    expect(() => structureDocument([paragraph('①推动基础研究强基。坚持战略导向。', 7)], options)).toThrow('test.txt:7: unknown numbering scheme “①”');
    expect(() => structureDocument([paragraph('第一条 为加快培育发展未来产业，制定本决定。', 3)], options)).toThrow('test.txt:3');
  });
});

describe('splitEnumeration (一是…二是… inside a paragraph)', () => {
  it('splits the 5个100 interpretation’s safeguards paragraph (line 41) into four items', () => {
    const text = '一是加强组织推进。成立工作专班。二是统筹区域布局。支持各地立足自身产业基础。三是加大资金投入。设立省前沿技术研发计划。四是建立评估机制。省地联动。';
    expect(splitEnumeration(text).map((p) => p.text.slice(0, 6))).toEqual(['一是加强组织', '二是统筹区域', '三是加大资金', '四是建立评估']);
  });
  it('keeps a lead-in with the first item and ignores a 二是 with no 一是 before it', () => {
    expect(splitEnumeration('第一部分，总体要求方面，一是明确目标。二是明确到2025年的目标。').map((p) => p.marker)).toEqual(['', '二是']);
    expect(splitEnumeration('这是二是的用法。三是无序。')).toHaveLength(1);
  });
  it('headingOf takes a short opening sentence only', () => {
    expect(headingOf('推动基础研究强基。坚持战略导向和自由探索并重。')).toBe('推动基础研究强基');
    expect(headingOf('坚持战略导向和自由探索并重，在国家实验室以及基础研究优势突出的高校开展试点。其余。')).toBe('');
  });
});

describe('rejoinParagraphs (PDF page breaks)', () => {
  it('rejoins 5个100 plan lines 13 and 15 across the blank line, and records the repair', () => {
    const { paragraphs } = rejoinParagraphs([
      body(13, '到2026年，形成较为完备的未来产业科技创新体系，涌现'), body(14, ''), body(15, '一批有影响力的前沿技术、创新应用、示范企业和科创园区。'),
      body(16, ''), body(17, '——突破100项前沿技术。在第三代半导体等领域实现重大技术突破。'),
    ], () => false);
    expect(paragraphs.map((p) => [p.startLine, p.endLine])).toEqual([[13, 15], [17, 17]]);
    expect(paragraphs[0].text).toBe('到2026年，形成较为完备的未来产业科技创新体系，涌现一批有影响力的前沿技术、创新应用、示范企业和科创园区。');
    expect(paragraphs[0].repairs[0]).toMatchObject({ kind: 'rejoin', line: 15 });
  });
  it('never joins into a line that starts with a marker, and reports a text that ends mid-sentence (the 5个100 plan’s last line)', () => {
    const { paragraphs, endsMidSentence } = rejoinParagraphs([body(83, '1.加强组织推进。成立工作专班。'), body(85, '2.统筹区域布局。推动南京科创圈、')], () => false);
    expect(paragraphs).toHaveLength(2);
    expect(endsMidSentence).toBe(true);
  });
});

describe('extractDepartments', () => {
  it('reads clause 1 of the three-year plan: lead first, co after, the city tier among them, and the city tier later clauses inherit', () => {
    const tag = extractDepartments('实现更多“从0到1”原创突破。（省科技厅、省教育厅、省发展改革委，各设区市相应职能部门按职责分工负责，以下均需各设区市相应职能部门落实，不再单独列出）');
    expect(tag?.departments).toEqual([
      { written: '省科技厅', role: 'lead' }, { written: '省教育厅', role: 'co' }, { written: '省发展改革委', role: 'co' }, { written: '各设区市相应职能部门', role: 'co' },
    ]);
    expect(tag?.inheritedByLater).toEqual(['各设区市相应职能部门']);
  });
  it('strips 等 and keeps central branches as written (clause 15)', () => {
    const tag = extractDepartments('更多支持未来产业发展。（省地方金融管理局、省市场监管局、人民银行江苏省分行、国家金融监督管理总局江苏监管局、省工业和信息化厅等按职责分工负责）');
    expect(tag?.departments.map((d) => d.written)).toEqual(['省地方金融管理局', '省市场监管局', '人民银行江苏省分行', '国家金融监督管理总局江苏监管局', '省工业和信息化厅']);
  });
  it('reads a parenthetical that never closes to the end of the clause, and says so', () => {
    const tag = extractDepartments('营造良好发展氛围。（省发展改革委、省科技厅等按职责分工负责');
    expect(tag).toMatchObject({ unclosed: true, departments: [{ written: '省发展改革委', role: 'lead' }, { written: '省科技厅', role: 'co' }] });
  });
  it('returns null for a clause with no responsibility tag', () => {
    expect(extractDepartments('1.编制“一图三清单”。整合有关部门、行业专家、智库单位等专业力量。')).toBeNull();
  });
  it('chineseNumeral reads section numbers', () => {
    expect([chineseNumeral('三'), chineseNumeral('十'), chineseNumeral('十二'), chineseNumeral('二十三'), chineseNumeral('百')]).toEqual([3, 10, 12, 23, Number.NaN]);
  });
});
