// The hints under a query: the other names a sector page gathers, which the query misses; and the page of a
// department the query names, which gathers its clauses under every name the texts write it by.
import { expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { departmentHints, readerTermHint, readerTermIn, sectorHints, statusText } from '../../public/scripts/search.js';
import { clauses, documentsOfProvince, provinces } from '../../src/lib/atlas.ts';
import { departmentTerms, heldInPart, sectorTerms as sectors, summarisedProvinces } from '../../src/lib/search-page.ts';

test('人形机器人 finds one clause; the sector page also holds the plan’s 类人机器人 and Foshan’s 具身智能机器人', () => {
  expect(clauses.filter((c) => c.text.includes('人形机器人')).length).toBe(1);
  expect(clauses.some((c) => c.text.includes('类人机器人'))).toBe(true);
  expect(sectorHints('人形机器人', sectors)).toEqual([{ name: '人形机器人', href: '/sectors/humanoid-robots/', others: ['类人机器人', '具身智能机器人'] }]);
  // A query holding the name (人形机器人产业) gets the same hint.
  expect(sectorHints('人形机器人产业', sectors)[0]!.others).toEqual(['类人机器人', '具身智能机器人']);
});

test('no hint where the search already finds every name: 量子 is inside 量子科技 and 量子信息', () => {
  expect(sectorHints('量子', sectors)).toEqual([]);
});

test('人工智能 points to 通用智能 and 大模型, not to 通用人工智能, which holds the query', () => {
  expect(sectorHints('人工智能', sectors)).toEqual([{ name: '通用智能', href: '/sectors/general-ai/', others: ['通用智能', '大模型'] }]);
});

test('a one-character or unrelated query gets no hint', () => {
  expect(sectorHints('量', sectors)).toEqual([]);
  expect(sectorHints('揭榜挂帅', sectors)).toEqual([]);
});

/** The clauses whose responsibility note lists a department in a role, read from clauses.json rather than its counts. */
const inRole = (id: string, role: string) => clauses.filter((c) => c.departments.some((d) => d.id === id && d.role === role)).length;

test('江苏省发展改革委, as the roundup writes it, names the Jiangsu department whose page holds its plan duties', () => {
  // The plans write 省发展改革委: the verbatim search finds only the texts that write the long form.
  expect(clauses.filter((c) => c.text.includes('江苏省发展改革委')).length).toBeLessThan(inRole('jiangsu/development-reform', 'lead'));
  const [hint, ...others] = departmentHints('江苏省发展改革委', departmentTerms);
  expect(others).toEqual([]);
  expect(hint).toMatchObject({ name: '江苏省发展和改革委员会', province: '江苏省', href: '/departments/jiangsu/development-reform/', term: '江苏省发展改革委' });
  // Roles it has no clause in are left out (推定: the 5个100 plan's tasks are its lead issuer's, 省科技厅).
  expect(inRole('jiangsu/development-reform', 'inferred')).toBe(0);
  // Then the clauses whose text names it outside a note (省科技厅、省发改委联合印发…), which are no duty.
  const mentioning = clauses.filter((c) => c.mentions.some((m) => m.id === 'jiangsu/development-reform')).length;
  expect(mentioning).toBeGreaterThan(0);
  expect(hint!.holds).toBe(`牵头${inRole('jiangsu/development-reform', 'lead')}条、配合${inRole('jiangsu/development-reform', 'co')}条、正文提及${mentioning}条`);
});

test('省科技厅 is every province’s short name: each province’s 科学技术厅 is named, Jiangsu’s first', () => {
  const hints = departmentHints('省科技厅', departmentTerms);
  expect(hints.map((h) => h.href)).toEqual(['/departments/jiangsu/science-technology/', '/departments/jiangxi/science-technology/']);
  expect(hints.every((h) => h.term === '省科技厅')).toBe(true);
  // Jiangxi's lists no clause's duties; it published the 科技兴赣 interpretation.
  expect(hints[1]!.holds).toBe('发文、解读或发布的文件1份');
});

test('a province in the query keeps its own department: 江苏 省科技厅, and 江苏省科技厅 as one word', () => {
  expect(departmentHints('江苏 省科技厅', departmentTerms).map((h) => h.href)).toEqual(['/departments/jiangsu/science-technology/']);
  expect(departmentHints('江苏省科技厅', departmentTerms).map((h) => h.term)).toEqual(['江苏省科技厅']);
  expect(departmentHints('江西省政府', departmentTerms).map((h) => h.href)).toEqual(['/departments/jiangxi/provincial-government/']);
});

test('part of a name finds the departments that hold it; a short or unrelated query finds none', () => {
  expect(departmentHints('科技厅', departmentTerms).map((h) => h.name)).toEqual(['江苏省科学技术厅', '江西省科学技术厅']);
  expect(departmentHints('省委', departmentTerms).map((h) => [h.href, h.term])).toEqual([['/departments/jiangsu/provincial-party-committee/', '省委']]);
  // A province or a topic word is held by many names without naming a body.
  expect(departmentHints('江苏省', departmentTerms)).toEqual([]);
  expect(departmentHints('信息化', departmentTerms)).toEqual([]);
  expect(departmentHints('知识产权', departmentTerms)).toEqual([]);
  expect(departmentHints('厅', departmentTerms)).toEqual([]);
  expect(departmentHints('科技', departmentTerms)).toEqual([]);
  expect(departmentHints('概念验证中心', departmentTerms)).toEqual([]);
});

test('the provinces none of whose policy documents the site holds are those held as the roundup’s summary or a 解读, each with the lines on it', () => {
  expect(summarisedProvinces.map((p) => p.province)).toEqual(['安徽省', '广东省', '湖北省', '重庆市', '甘肃省', '江西省']);
  const anhui = clauses.filter((c) => c.province === 'anhui').map((c) => c.source.startLine);
  expect(anhui).toEqual([18, 27, 28, 29]);
  expect(summarisedProvinces[0]!.texts).toEqual([{ source: '先导区新闻综述', kind: 'digest', lines: '18、27–29' }]);
  // Jiangxi's plan (科技兴赣六大行动实施方案) is only referenced; the site holds its 解读, whose clauses are every other
  // line from 17 to 51, blank lines between them and the headings on lines 21 and 31 apart.
  expect(documentsOfProvince('jiangxi').filter((d) => d.source !== null).map((d) => [d.kind, d.title]))
    .toEqual([['interpretation', '科技兴赣六大行动实施方案（2023-2025年）解读']]);
  const jiangxi = clauses.filter((c) => c.province === 'jiangxi').map((c) => c.source);
  expect([...new Set(jiangxi.map((s) => s.startLine))]).toEqual([17, 19, 23, 25, 27, 29, 33, 35, 37, 39, 41, 43, 45, 47, 49, 51]);
  expect(jiangxi.every((s) => s.startLine === s.endLine)).toBe(true);
  const raw = readFileSync('content/sources/jiangxi-six-actions-interpretation-2024.txt', 'utf8').split(/\r?\n/u);
  for (const line of [18, 24, 26, 28, 34, 50]) expect(raw[line - 1], `line ${line}`).toBe('');
  expect([raw[20], raw[30]]).toEqual(['二、总体考虑', '三、框架内容']);
  expect(summarisedProvinces[5]!.texts).toEqual([{ source: '六大行动解读', kind: 'interpretation', lines: '17–19、23–29、33–51' }]);
  // Jiangsu has its plans.
  expect(documentsOfProvince('jiangsu').some((d) => d.kind === 'plan' && d.source !== null)).toBe(true);
});

test('a held text none of a province’s clauses stands in is not named with empty lines', () => {
  // The site's own data with the roundup's clauses on Gansu, and Anhui's line 18, dropped: as if the roundup, which lists
  // Gansu among its provinces, said nothing of it.
  const held = heldInPart(provinces, documentsOfProvince, clauses.filter((c) => c.province !== 'gansu' && !(c.province === 'anhui' && c.source.startLine === 18)), () => false);
  expect(held.find((p) => p.province === '甘肃省')).toEqual({ province: '甘肃省', texts: [] });
  expect(held.find((p) => p.province === '安徽省')).toEqual({ province: '安徽省', texts: [{ source: '先导区新闻综述', kind: 'digest', lines: '27–29' }] });
  const none = { query: '采购', exact: true, truncated: false, partial: false, results: [] };
  const note = statusText(none, [], { chosen: { 省份: new Set(['甘肃省']) }, summarised: held, sectors });
  expect(note).toBe('没有找到包含“采购”的条款。本站没有甘肃省政策文件的全文。');
  expect(note).not.toContain('第行');
  // Nor does the page, whatever text it is given.
  const stale = [{ province: '甘肃省', texts: [{ source: '先导区新闻综述', kind: 'digest', lines: '' }] }];
  expect(statusText(none, [], { chosen: { 省份: new Set(['甘肃省']) }, summarised: stale, sectors })).toBe('没有找到包含“采购”的条款。本站没有甘肃省政策文件的全文，只收录了先导区新闻综述中的概述。');
});

test('a province filter that leaves nothing names the texts held of a province none of whose policy documents the site holds: Anhui’s summary, Jiangxi’s 解读', () => {
  const funding = clauses.filter((c) => c.text.includes('资金')).map((c) => ({ filters: { 省份: [c.province === 'jiangsu' ? '江苏省' : '重庆市'] } }));
  expect(clauses.some((c) => c.text.includes('资金') && (c.province === 'anhui' || c.province === 'jiangxi'))).toBe(false);
  const found = { query: '资金', exact: true, truncated: false, partial: false, results: funding };
  const context = (province: string) => ({ chosen: { 省份: new Set([province]) }, summarised: summarisedProvinces, sectors });
  expect(statusText(found, [], context('安徽省'))).toBe(`找到${funding.length}条结果，但都不属于所选省份：本站没有安徽省政策文件的全文，只收录了先导区新闻综述中的概述（第18、27–29行）；取消部分筛选即可看到。`);
  expect(statusText(found, [], context('江西省'))).toBe(`找到${funding.length}条结果，但都不属于所选省份：本站没有江西省政策文件的全文，只收录了六大行动解读（第17–19、23–29、33–51行）；取消部分筛选即可看到。`);
  // Chongqing has results: another filter hid them, so the province is not the reason.
  expect(statusText(found, [], context('重庆市'))).toBe(`找到${funding.length}条结果，但都不符合所选的筛选条件；取消部分筛选即可看到。`);
  // Jiangsu's plans are held: the filters are the reason, as before.
  expect(statusText(found, [], context('江苏省'))).toBe(`找到${funding.length}条结果，但都不符合所选的筛选条件；取消部分筛选即可看到。`);
});

test('6G is a reader’s word for 下一代移动通信, as a whole word in any case; the status says no text writes it', () => {
  expect(clauses.some((c) => /6g/iu.test(c.text))).toBe(false);
  expect(readerTermIn('6g网络', sectors)).toMatchObject({ term: '6G', name: '下一代移动通信', href: '/sectors/next-generation-mobile/' });
  expect(readerTermIn('16G', sectors)).toBeUndefined();
  expect(readerTermIn('6GHz', sectors)).toBeUndefined();
  const none = { query: '6G', exact: true, truncated: false, partial: false, results: [] };
  expect(statusText(none, [], { sectors })).toBe('没有找到包含“6G”的条款：收录文本中没有“6G”这一写法。');
  expect(statusText({ ...none, query: '晶片' }, [], { sectors })).toBe('没有找到包含“晶片”的条款。');
});

test('the 6G hint says the texts do not write it, what they write, and where the site files those clauses', () => {
  expect(readerTermHint(readerTermIn('6G', sectors)!)).toEqual({ text: '收录文本不写“6G”，相关的说法是“下一代移动通信”；本站把写到它的条款归入同名领域：', link: '查看下一代移动通信' });
  // No real reader term names a field with aliases yet: a made-up one is named with each of its wordings.
  expect(readerTermHint({ term: 'XY', name: '测试领域', terms: ['测试领域', '测试别名'] }).text).toBe('收录文本不写“XY”，相关的说法是“测试领域”“测试别名”；本站把写到这些说法的条款归入领域“测试领域”：');
});

test('a reader term with punctuation matches in any case, as one without does (6g) and as the search compares text', () => {
  // No real reader term holds punctuation yet: a made-up field is given one.
  const made = [{ name: '测试领域', href: '/sectors/test/', terms: ['测试领域'], readerTerms: ['Wi-Fi 7'] }];
  for (const query of ['Wi-Fi 7', 'wi-fi 7', 'WI-FI  7标准']) expect(readerTermIn(query, made), query).toMatchObject({ term: 'Wi-Fi 7', name: '测试领域' });
  expect(readerTermIn('Wi-Fi 6', made)).toBeUndefined();
});
