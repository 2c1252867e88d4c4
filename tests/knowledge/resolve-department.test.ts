import { describe, expect, it } from 'vitest';
import { loadVocab } from '../../scripts/knowledge/load-vocab.ts';
import { isUnmapped, listUnknownDepartments, resolveDepartment } from '../../scripts/knowledge/resolve-department.ts';
import {
  FIVE_BY_100_INTERPRETATION,
  JIANGXI_INTERPRETATION,
  ROUNDUP,
  THREE_YEAR_PLAN,
  normalisedLine,
  rawLine,
  splitDepartmentParenthetical,
  threeYearPlanClauses,
} from './source-lines.ts';

const { departments: registry } = loadVocab();

/** The names of a clause's department parenthetical: split on 、 and commas, stop at 按职责分工负责, drop a trailing 等. */
function responsibleDepartments(parenthetical: string): string[] {
  const head = parenthetical.split('按职责分工负责')[0];
  return head
    .split(/[、,，]/)
    .map((name) => name.trim().replace(/等$/, ''))
    .filter((name) => name.length > 0);
}

describe('resolveDepartment on the Jiangsu three-year plan', () => {
  const clauses = threeYearPlanClauses();
  const named = clauses.flatMap((clause) => responsibleDepartments(splitDepartmentParenthetical(clause.text).departments));

  it('parses the 25 clause parentheticals from the real file', () => {
    expect(clauses.map((clause) => clause.number)).toEqual(Array.from({ length: 25 }, (_, i) => i + 1));
    expect(clauses.every((clause) => splitDepartmentParenthetical(clause.text).departments.includes('按职责分工负责'))).toBe(true);
    expect(new Set(named).size).toBeGreaterThanOrEqual(30);
  });

  it('resolves every department named in every parenthetical', () => {
    expect(listUnknownDepartments(registry, 'jiangsu', named)).toEqual([]);
  });

  it('reads clause 1 up to 按职责分工负责, so 各设区市相应职能部门 is named and the trailing instruction is not', () => {
    // Clause 1: (省科技厅、省教育厅、省发展改革委,各设区市相应职能部门按职责分工负责,以下均需各设区市相应职能部门落实,不再单独列出)
    const clause1 = responsibleDepartments(splitDepartmentParenthetical(clauses[0].text).departments);
    expect(clause1).toEqual(['省科技厅', '省教育厅', '省发展改革委', '各设区市相应职能部门']);
    expect(resolveDepartment(registry, 'jiangsu', '各设区市相应职能部门')?.kind).toBe('local-governments');
  });

  it('parses the raw (half-width) and the normalised (full-width) parenthetical alike', () => {
    const raw = responsibleDepartments(splitDepartmentParenthetical(rawLine(THREE_YEAR_PLAN, 38)).departments);
    const normalised = responsibleDepartments(splitDepartmentParenthetical(normalisedLine(THREE_YEAR_PLAN, 38)).departments);
    expect(raw).toEqual(normalised);
    expect(raw).toContain('国家金融监督管理总局江苏监管局');
  });

  it('resolves the seven issuers signing the notice (lines 12-15)', () => {
    const issuers = [12, 13, 14, 15].flatMap((line) => rawLine(THREE_YEAR_PLAN, line).split(/\s+/).filter(Boolean));
    expect(issuers).toHaveLength(7);
    const ids = issuers.map((name) => resolveDepartment(registry, 'jiangsu', name)?.id);
    expect(ids).toEqual(['development-reform', 'industry-it', 'education', 'science-technology', 'transport', 'culture-tourism', 'sasac']);
  });

  it('gives the kinds the brief prescribes to the non-departments', () => {
    const kind = (name: string) => resolveDepartment(registry, 'jiangsu', name)?.kind;
    expect(kind('省委人才办')).toBe('party-organ');
    expect(kind('省委网信办')).toBe('party-organ');
    expect(kind('人民银行江苏省分行')).toBe('central-branch');
    expect(kind('国家金融监督管理总局江苏监管局')).toBe('central-branch');
    expect(kind('江苏证监局')).toBe('central-branch');
    expect(kind('省税务局')).toBe('central-branch');
    expect(kind('省产业技术研究院')).toBe('public-institution');
    expect(kind('省科协')).toBe('public-institution');
    expect(kind('省信用再担保集团')).toBe('state-owned-enterprise');
    expect(kind('省推进战略性新兴产业发展工作协调机制成员单位')).toBe('coordination-mechanism');
  });
});

describe('alias pairs collapse to one entry', () => {
  const same = (province: 'jiangsu', a: string, b: string) => {
    const left = resolveDepartment(registry, province, a);
    expect(left, a).toBeDefined();
    expect(resolveDepartment(registry, province, b), b).toBe(left);
  };

  it('省文化旅游厅 (clause 6) = 江苏省文化和旅游厅 (issuer line 14)', () => same('jiangsu', '省文化旅游厅', '江苏省文化和旅游厅'));
  it('省发展改革委 = 省发改委 = 江苏省发展改革委', () => {
    same('jiangsu', '省发展改革委', '省发改委');
    same('jiangsu', '省发改委', '江苏省发展改革委');
  });
  it('省科技厅 = 江苏省科学技术厅', () => same('jiangsu', '省科技厅', '江苏省科学技术厅'));
  it('the interpretation’s 发布机构 江苏科技 is tied to no department, on purpose: no text says which it is', () => {
    const publisher = /^发布机构\s+(\S+)$/.exec(rawLine(FIVE_BY_100_INTERPRETATION, 10))?.[1];
    expect(publisher).toBe('江苏科技');
    expect(resolveDepartment(registry, 'jiangsu', publisher!)).toBeUndefined();
    expect(isUnmapped(registry, 'jiangsu', publisher!)).toBe(true);
    expect(isUnmapped(registry, 'jiangsu', '省科技厅')).toBe(false);
  });
  it('省国资委 = 江苏省政府国有资产监督管理委员会', () => same('jiangsu', '省国资委', '江苏省政府国有资产监督管理委员会'));
  it('省工业和信息化厅 = 江苏省工业和信息化厅', () => same('jiangsu', '省工业和信息化厅', '江苏省工业和信息化厅'));

  it('the 5个100 interpretation’s authors (line 13: 省科技厅、省发改委联合印发) are the 5个100 plan’s two issuers', () => {
    const authors = /近日，(.+)联合印发/.exec(normalisedLine(FIVE_BY_100_INTERPRETATION, 13))?.[1].split('、') ?? [];
    expect(authors.map((name) => resolveDepartment(registry, 'jiangsu', name)?.id)).toEqual(['science-technology', 'development-reform']);
  });
});

describe('departments of the other sources', () => {
  // [province, file, line, written form as it occurs on that line, expected id]
  const cases = [
    ['jiangxi', JIANGXI_INTERPRETATION, 53, '江西省科技厅', 'science-technology'],
    ['jiangxi', JIANGXI_INTERPRETATION, 6, '安义县人民政府', 'anyi-county-government'],
    ['chongqing', ROUNDUP, 21, '重庆市经济信息委', 'economy-it'],
    ['chongqing', ROUNDUP, 24, '市经济信息委', 'economy-it'],
    ['chongqing', ROUNDUP, 24, '各区县经信部门', 'district-county-departments'],
    ['anhui', ROUNDUP, 18, '安徽省发展改革委', 'development-reform'],
    ['anhui', ROUNDUP, 18, '合肥高新区', 'hefei-high-tech-zone'],
    ['anhui', ROUNDUP, 27, '安徽省十四届人大常委会', 'standing-committee'],
    ['anhui', ROUNDUP, 27, '安徽省人民代表大会常务委员会', 'standing-committee'],
    ['guangdong', ROUNDUP, 31, '广东省政府', 'provincial-government'],
    ['jiangsu', ROUNDUP, 42, '江苏省发展改革委', 'development-reform'],
    ['gansu', ROUNDUP, 46, '甘肃省工信厅', 'industry-it'],
    ['hubei', ROUNDUP, 50, '湖北省政府', 'provincial-government'],
  ] as const;

  it.each(cases)('%s: %s line %i names %s', (province, file, line, written, id) => {
    expect(normalisedLine(file, line)).toContain(written);
    expect(resolveDepartment(registry, province, written)?.id).toBe(id);
  });

  it('安义县人民政府 is a Jiangxi government (the republisher, not the author)', () => {
    const entry = resolveDepartment(registry, 'jiangxi', '安义县人民政府');
    expect(entry?.kind).toBe('government');
    expect(resolveDepartment(registry, 'jiangsu', '安义县人民政府')).toBeUndefined();
  });

  it('the standing committees of the people’s congress are legislatures, not governments (their 决定 are local law)', () => {
    expect(normalisedLine(ROUNDUP, 27)).toContain('安徽省十四届人大常委会');
    expect(resolveDepartment(registry, 'anhui', '安徽省十四届人大常委会')?.kind).toBe('legislature');
    expect(resolveDepartment(registry, 'jiangxi', '省人大常委会')?.kind).toBe('legislature');
  });
});

describe('resolution is per province, exact and without guessing', () => {
  it('省科技厅 means a different body in Jiangsu and Jiangxi, and nothing in Guangdong', () => {
    expect(resolveDepartment(registry, 'jiangsu', '省科技厅')?.name).toBe('江苏省科学技术厅');
    expect(resolveDepartment(registry, 'jiangxi', '省科技厅')?.name).toBe('江西省科学技术厅');
    expect(resolveDepartment(registry, 'guangdong', '省科技厅')).toBeUndefined();
  });

  it('trims surrounding whitespace but does not fuzzy-match near misses', () => {
    expect(resolveDepartment(registry, 'jiangsu', ' 省科技厅\n')?.id).toBe('science-technology');
    expect(resolveDepartment(registry, 'jiangsu', '省科技局')).toBeUndefined();
    expect(resolveDepartment(registry, 'jiangsu', '省科技厅等')).toBeUndefined();
    expect(resolveDepartment(registry, 'jiangsu', '江苏省科学技术')).toBeUndefined();
  });

  it('listUnknownDepartments reports each unknown name once, trimmed, in order', () => {
    expect(listUnknownDepartments(registry, 'jiangsu', ['省科技厅', ' 省宇宙局', '省财政厅', '省宇宙局', '省海洋局'])).toEqual(['省宇宙局', '省海洋局']);
  });
});
