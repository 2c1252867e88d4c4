// Departments a clause's own text names outside its responsibility note: mentions, kept apart from duties.
import { describe, expect, it } from 'vitest';
import { departmentRecords } from '../../scripts/emit/open-data.ts';
import { findDepartmentMentions } from '../../scripts/knowledge/find-mentions.ts';
import { loadVocab } from '../../scripts/knowledge/load-vocab.ts';
import { corpus, vocab } from '../helpers/corpus.ts';
import { FIVE_BY_100_PLAN, normalisedLine, ROUNDUP, THREE_YEAR_PLAN } from './source-lines.ts';

const registry = loadVocab().departments;
const named = (province: Parameters<typeof findDepartmentMentions>[1], text: string) => findDepartmentMentions(registry, province, text).map((m) => [m.written, m.entry.id]);

describe('findDepartmentMentions', () => {
  it('reads what the roundup says Chongqing’s bodies do (line 24): 各区县经信部门 file, 市经济信息委 receives and reviews', () => {
    const line = normalisedLine(ROUNDUP, 24);
    expect(named('chongqing', line)).toEqual([['各区县经信部门', 'district-county-departments'], ['市经济信息委', 'economy-it'], ['市经济信息委', 'economy-it']]);
    for (const m of findDepartmentMentions(registry, 'chongqing', line)) expect(line.slice(m.start, m.end)).toBe(m.written);
  });

  it('finds 省科技厅 in the 5个100 plan’s 成立省科技厅…工作专班 (line 83), which has no responsibility note', () => {
    expect(named('jiangsu', normalisedLine(FIVE_BY_100_PLAN, 83))).toEqual([['省科技厅', 'science-technology']]);
  });

  it('leaves out a name inside a cited title: 《省政府关于加快培育发展未来产业的指导意见》 names a document (three-year plan line 18)', () => {
    const line = normalisedLine(THREE_YEAR_PLAN, 18);
    expect(line).toContain('《省政府关于加快培育发展未来产业的指导意见》');
    expect(named('jiangsu', line)).toEqual([]);
  });

  it('takes the longest registered form: 省委人才办 is one body, not 省委 inside it (three-year plan line 21)', () => {
    const note = normalisedLine(THREE_YEAR_PLAN, 21).match(/（[^（）]*按职责分工负责）$/u)![0];
    expect(named('jiangsu', note).map(([written]) => written)).toEqual(['省科技厅', '省工业和信息化厅', '省发展改革委', '省委人才办', '省科协']);
  });

  it('reads a name by its province: 省科技厅 is Jiangxi’s in a Jiangxi text, and nothing in a province that registers none', () => {
    expect(named('jiangxi', '省科技厅')).toEqual([['省科技厅', 'science-technology']]);
    expect(named('gansu', '省科技厅')).toEqual([]);
  });
});

describe('mentions in the annotated corpus', () => {
  const clauses = corpus.clauses;
  const departments = departmentRecords(vocab, corpus);

  it('each mention quotes the text at its offsets, outside the responsibility note, and is no body the note lists', () => {
    const all = clauses.flatMap((c) => c.mentions.map((m) => ({ c, m })));
    expect(all.length).toBeGreaterThan(10);
    for (const { c, m } of all) {
      expect(c.text.slice(m.start, m.end), c.id).toBe(m.written);
      if (c.departmentTag) expect(m.end, c.id).toBeLessThanOrEqual(c.departmentTag.start);
      expect(c.departments.filter((d) => d.role === 'lead' || d.role === 'co').map((d) => d.id), c.id).not.toContain(m.id);
    }
  });

  it('Chongqing’s 市经济信息委, in no note, is mentioned by the three paragraphs that write it', () => {
    const writing = clauses.filter((c) => c.province === 'chongqing' && c.text.includes('经济信息委')).map((c) => c.id);
    expect(writing).toHaveLength(3);
    expect(departments.find((d) => d.id === 'chongqing/economy-it')!.mentions).toEqual(writing);
  });

  it('the 5个100 plan’s 专班 clause keeps its inferred 省科技厅 and records that its text names it', () => {
    const clause = clauses.find((c) => c.id === 'jiangsu-5x100-plan/s3-c1')!;
    expect(clause.departments.map((d) => [d.id, d.role])).toEqual([['jiangsu/science-technology', 'inferred']]);
    expect(clause.mentions.map((m) => [m.id, m.written])).toEqual([['jiangsu/science-technology', '省科技厅']]);
  });

  it('a department record lists each mentioning clause once, as the clauses record them', () => {
    for (const d of departments) {
      expect(d.mentions, d.id).toEqual(clauses.filter((c) => c.mentions.some((m) => m.id === d.id)).map((c) => c.id));
    }
  });
});
