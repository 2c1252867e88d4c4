import { describe, expect, it } from 'vitest';
import { loadVocab } from '../../scripts/knowledge/load-vocab.ts';
import { tagMeasures, type MeasureTag } from '../../scripts/knowledge/tag-measures.ts';
import {
  FIVE_BY_100_PLAN,
  JIANGXI_INTERPRETATION,
  ROUNDUP,
  THREE_YEAR_PLAN,
  normalisedLine,
  rawLine,
  splitDepartmentParenthetical,
  threeYearPlanClauses,
} from './source-lines.ts';

const { measures: vocab } = loadVocab();
const clauses = threeYearPlanClauses();

/** The body (without its department parenthetical) of a numbered clause of the three-year plan. */
function clauseBody(number: number): string {
  const clause = clauses.find((candidate) => candidate.number === number);
  if (!clause) throw new Error(`no clause ${number}`);
  return splitDepartmentParenthetical(clause.text).body;
}

const ids = (tags: MeasureTag[]) => new Set(tags.map((tag) => tag.measureId));
const matchedFor = (tags: MeasureTag[], measureId: string) => tags.filter((tag) => tag.measureId === measureId).map((tag) => tag.matched);

describe('tagMeasures on the Jiangsu three-year plan clauses', () => {
  it('clause 10 (加快建设未来产业先导区) gets 先导区, six times', () => {
    const tags = tagMeasures(vocab, clauseBody(10));
    expect(matchedFor(tags, 'pilot-zone')).toEqual(Array(6).fill('先导区'));
  });

  it('clause 14 (推动设立未来产业投资基金) gets the investment fund, and its 专项资金 is fiscal support', () => {
    const tags = tagMeasures(vocab, clauseBody(14));
    expect(matchedFor(tags, 'investment-fund')).toEqual(['投资基金', '母基金', '天使基金', '天使投资', '风险投资', '投资基金', 'S基金', '引导基金', '天使投资', '引导基金']);
    expect(matchedFor(tags, 'fiscal-tax')).toContain('专项资金');
  });

  it('clause 21 (强化审慎监管机制) gets prudent regulation and standards', () => {
    const tags = tagMeasures(vocab, clauseBody(21));
    expect(ids(tags)).toEqual(new Set(['prudent-regulation', 'standards', 'intellectual-property', 'business-environment']));
    expect(matchedFor(tags, 'prudent-regulation')).toContain('审慎监管');
    expect(matchedFor(tags, 'standards')).toEqual(['标准规范', '标准化', '行业标准']);
  });

  it('clause 21: 国际通行标准 (a benchmark for IP protection) is not a standards measure', () => {
    const body = clauseBody(21);
    const at = body.indexOf('国际通行标准');
    expect(at).toBeGreaterThan(-1);
    expect(tagMeasures(vocab, body).some((tag) => tag.start < at + 6 && at < tag.end)).toBe(false);
  });

  it('clause 22 (营造包容审慎环境): 容错免责 is one match, not 免责 inside it', () => {
    const tags = tagMeasures(vocab, clauseBody(22));
    expect(matchedFor(tags, 'prudent-regulation')).toEqual(['包容审慎', '免责', '减轻责任', '责任豁免', '减轻责任', '宽容失败', '合理容错', '容错免责']);
  });

  it('clause 24: 首台(套) is matched by the marked regex in the raw and in the normalised text', () => {
    expect(matchedFor(tagMeasures(vocab, clauseBody(24)), 'fiscal-tax')).toEqual(['专项资金', '加计扣除', '首台（套）', '首批次', '首版次', '创新券']);
    expect(matchedFor(tagMeasures(vocab, rawLine(THREE_YEAR_PLAN, 50)), 'fiscal-tax')).toContain('首台(套)');
  });

  it('clause 3: proof of concept includes 中小试基地 (which does not contain 中试)', () => {
    const tags = tagMeasures(vocab, clauseBody(3));
    expect(matchedFor(tags, 'proof-of-concept')).toEqual(['概念验证', '概念验证', '中小试', '概念验证']);
    expect(matchedFor(tags, 'science-park-incubator')).toEqual(['孵化与加速计划', '大学科技园', '未来产业科技园', '孵化器', '科创园区']);
  });

  it('clause 15: 知识产权质押融资 gives two adjacent matches, 知识产权 and 质押融资', () => {
    const tags = tagMeasures(vocab, clauseBody(15));
    const ip = tags.find((tag) => tag.matched === '知识产权');
    const pledge = tags.find((tag) => tag.matched === '质押融资');
    expect(ip?.measureId).toBe('intellectual-property');
    expect(pledge?.measureId).toBe('credit-financing');
    expect(pledge?.start).toBe(ip?.end);
  });

  it('clause 19: 海外离岸孵化器 is open cooperation (longest match), not an incubator', () => {
    const tags = tagMeasures(vocab, clauseBody(19));
    expect(matchedFor(tags, 'regional-cooperation')).toContain('离岸孵化器');
    expect(matchedFor(tags, 'science-park-incubator')).toEqual([]);
  });

  it('clause 23 (加强组织推进) gets organisation and the 一图三清单 roadmap', () => {
    const tags = tagMeasures(vocab, clauseBody(23));
    expect(matchedFor(tags, 'organisation')).toEqual(expect.arrayContaining(['组织推进', '协调机制']));
    expect(matchedFor(tags, 'roadmap')).toEqual(['技术路线图', '一图三清单']);
  });

  it('the department parenthetical is why bodies are tagged: 省知识产权局 would read as an IP measure', () => {
    const clause = clauses.find((candidate) => candidate.number === 10)!;
    expect(matchedFor(tagMeasures(vocab, clause.text), 'intellectual-property')).toEqual([]);
    const clause3 = clauses.find((candidate) => candidate.number === 3)!;
    const departments = splitDepartmentParenthetical(clause3.text).departments;
    expect(matchedFor(tagMeasures(vocab, departments), 'intellectual-property')).toEqual(['知识产权']);
  });

  it('every one of the 25 clause bodies gets at least one measure', () => {
    expect(clauses).toHaveLength(25);
    const untagged = clauses.filter((clause) => tagMeasures(vocab, splitDepartmentParenthetical(clause.text).body).length === 0);
    expect(untagged.map((clause) => clause.number)).toEqual([]);
  });
});

describe('tagMeasures on the other sources', () => {
  it('5个100 plan task 13 (line 73): benchmark incubators', () => {
    expect(matchedFor(tagMeasures(vocab, normalisedLine(FIVE_BY_100_PLAN, 73)), 'science-park-incubator')).toEqual(Array(6).fill('孵化器'));
  });

  it('5个100 plan safeguards (line 83): the 工作专班 is organisation', () => {
    expect(matchedFor(tagMeasures(vocab, normalisedLine(FIVE_BY_100_PLAN, 83)), 'organisation')).toContain('工作专班');
  });

  it('roundup line 22 (Chongqing, simplified): pilot zones, 专精特新, leading talent and scenarios', () => {
    const tags = tagMeasures(vocab, normalisedLine(ROUNDUP, 22));
    expect(ids(tags)).toEqual(new Set(['enterprise-tiers', 'industry-cluster', 'talent', 'tech-breakthrough', 'application-scenario', 'pilot-zone']));
    // The backbone firms count because the text grows them (培育一批…骨干企业): the match runs from the verb.
    expect(matchedFor(tags, 'enterprise-tiers')).toEqual(['培育一批具有核心竞争力、带动作用强的未来产业骨干企业', '高新技术企业', '专精特新']);
  });

  it('roundup line 25 (Chongqing): support 在项目、技术、资金等方面 is money support; 5个100 plan line 75 only gathers 资金', () => {
    expect(matchedFor(tagMeasures(vocab, normalisedLine(ROUNDUP, 25)), 'fiscal-tax')).toEqual(['资金等方面给予支持']);
    expect(matchedFor(tagMeasures(vocab, normalisedLine(FIVE_BY_100_PLAN, 75)), 'fiscal-tax')).toEqual([]);
  });

  it('leading and backbone firms named as actors are not an enterprise ladder: 推动高校、领军企业、高新园区协同 (5个100 plan line 25)', () => {
    expect(ids(tagMeasures(vocab, normalisedLine(FIVE_BY_100_PLAN, 25))).has('enterprise-tiers')).toBe(false);
    // Grown or attracted, they are: 吸引一批未来产业领域的新型头部企业、行业领军企业 (line 65).
    expect(matchedFor(tagMeasures(vocab, normalisedLine(FIVE_BY_100_PLAN, 65)), 'enterprise-tiers')).toContain('吸引一批未来产业领域的新型头部企业');
  });

  it('Jiangxi line 49: 揭榜挂帅 and 悬赏制 are tech-breakthrough mechanisms, 科创飞地 is cooperation', () => {
    const tags = tagMeasures(vocab, normalisedLine(JIANGXI_INTERPRETATION, 49));
    expect(matchedFor(tags, 'tech-breakthrough')).toEqual(expect.arrayContaining(['揭榜挂帅', '赛马', '悬赏制']));
    expect(matchedFor(tags, 'regional-cooperation')).toContain('科创飞地');
  });

  it('Jiangxi line 39: zones used as carriers (自创区, 高新区, 科技园区) are innovation zones, not pilot zones', () => {
    const tags = tagMeasures(vocab, normalisedLine(JIANGXI_INTERPRETATION, 39));
    expect(matchedFor(tags, 'innovation-zone')).toEqual(expect.arrayContaining(['自创区', '高新区', '科技园区', '科创城']));
    expect(matchedFor(tags, 'pilot-zone')).toEqual([]);
  });

  it('roundup line 27 (Anhui): 大会 inside 安徽省人民代表大会常务委员会 is the legislature, not an event; 率先立法 is legislation', () => {
    const line = normalisedLine(ROUNDUP, 27);
    expect(line).toContain('《安徽省人民代表大会常务委员会关于加快培育发展未来产业的决定》');
    expect(tagMeasures(vocab, line).map((t) => [t.measureId, t.matched])).toEqual([['legislation', '立法']]);
  });

  it('精准招商 and 招引 are investment attraction (5个100 plan line 65, three-year plan line 29)', () => {
    expect(matchedFor(tagMeasures(vocab, normalisedLine(FIVE_BY_100_PLAN, 65)), 'investment-attraction')).toEqual(['招商']);
    expect(matchedFor(tagMeasures(vocab, normalisedLine(THREE_YEAR_PLAN, 29)), 'investment-attraction')).toEqual(['招引']);
  });

  it('roundup line 42 (Jiangsu): a list announced 在…交流大会现场 is not a conference the text asks for (blocker 大会现场)', () => {
    const tags = tagMeasures(vocab, normalisedLine(ROUNDUP, 42));
    expect(matchedFor(tags, 'popularisation')).toEqual([]);
    // The three-year plan's 25.营造发展氛围 asks for one: 办好未来产业创新发展大会 (line 51).
    expect(matchedFor(tagMeasures(vocab, normalisedLine(THREE_YEAR_PLAN, 51)), 'popularisation')).toContain('大会');
  });

  it('spans are sorted, non-overlapping and slice back to the matched text on every plan clause', () => {
    for (const clause of clauses) {
      const tags = tagMeasures(vocab, clause.text);
      tags.forEach((tag, i) => {
        expect(clause.text.slice(tag.start, tag.end)).toBe(tag.matched);
        if (i > 0) expect(tag.start).toBeGreaterThanOrEqual(tags[i - 1].end);
      });
    }
  });
});
