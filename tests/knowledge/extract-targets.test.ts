import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { extractTargets } from '../../scripts/knowledge/extract-targets.ts';
import { isClassifier } from '../../scripts/knowledge/targets/target-grammar.ts';
import { FIVE_BY_100_INTERPRETATION, FIVE_BY_100_PLAN, normalisedLine, THREE_YEAR_PLAN } from './source-lines.ts';
import { TargetMatchSchema, TargetVocabSchema } from '../../src/schemas/target.ts';

const root = new URL('../../', import.meta.url);

const ExpectedTargetSchema = z.strictObject({
  line: z.number().int().positive(),
  text: z.string().min(1),
  value: z.number().nullable(),
  min: z.number(),
  max: z.number(),
  unit: z.string(),
  qualifiers: z.array(z.string()),
  subject: z.string().nullable(),
  action: z.string().nullable(),
  actionChangesCount: z.literal(true).optional(),
  category: z.string().nullable(),
  year: z.number().nullable(),
  fromYear: z.number().optional(),
  yearSource: z.enum(['explicit', 'plan-period']).nullable(),
});
const FixtureSchema = z.strictObject({
  sources: z.array(
    z.strictObject({
      file: z.string(),
      periodEnd: z.number().nullable(),
      periodEndByLine: z.strictObject({ from: z.number(), to: z.number(), periodEnd: z.number() }).optional(),
      targets: z.array(ExpectedTargetSchema),
    }),
  ),
});
const fixture = FixtureSchema.parse(parse(readFileSync(new URL('tests/fixtures/targets.expected.yaml', root), 'utf8')));

describe('target vocabulary', () => {
  it('content/vocab/target-categories.yaml validates and every fixture category is in it', () => {
    const vocab = TargetVocabSchema.parse(parse(readFileSync(new URL('content/vocab/target-categories.yaml', root), 'utf8')));
    const ids = new Set(vocab.categories.map((c) => c.id));
    for (const source of fixture.sources) for (const t of source.targets) if (t.category !== null) expect(ids).toContain(t.category);
  });

  it('a synonym must be a keyword of its category, and in one group only', () => {
    const vocab = parse(readFileSync(new URL('content/vocab/target-categories.yaml', root), 'utf8'));
    const frontier = vocab.categories.find((c: { id: string }) => c.id === 'frontier-tech');
    frontier.synonyms = [['前沿技术', '孵化器']];
    expect(() => TargetVocabSchema.parse(vocab)).toThrow('synonym 孵化器 is not a keyword of frontier-tech');
    frontier.synonyms = [['前沿技术', '技术攻关'], ['技术攻关', '核心技术']];
    expect(() => TargetVocabSchema.parse(vocab)).toThrow('synonym 技术攻关 is in two groups');
  });
});

// The whole-corpus comparison with the fixture runs on the build's own output: tests/knowledge/targets-corpus.test.ts.

/** The essentials of each target, for compact assertions. */
function brief(text: string, context: { periodStart?: number; periodEnd?: number } = {}) {
  return extractTargets(text, context).map((t) => ({
    text: t.text,
    value: t.value,
    min: t.min,
    max: t.max,
    unit: t.unit,
    subject: t.subject,
    category: t.category,
    qualifiers: t.qualifiers,
    year: t.year,
    yearSource: t.yearSource,
  }));
}

describe('extractTargets on tricky sentences (normalised text from the sources)', () => {
  it('offsets point at the span in the input', () => {
    const text = '探索“学科+产业”创新模式，打造100个未来产业科创园区。组织开展赋予科研人员职务科技成果所有权';
    const [target] = extractTargets(text, { periodEnd: 2026 });
    expect(text.slice(target!.start, target!.end)).toBe('100个未来产业科创园区');
    expect(target!.text).toBe('100个未来产业科创园区');
  });

  it('ambiguity: counts describing the plan itself are structural, not commitments (Jiangxi 7/52 indicators, 22 tasks, 61 measures; 5个方面)', () => {
    expect(brief('按照跳起来摘桃子的精神，设置了7个总体数据指标，52个分项数据指标，这些指标共同构成了未来三年的奋斗目标。', { periodEnd: 2025 })).toEqual([]);
    expect(brief('提出实施区域创新协同力、创新平台引领力、技术攻关硬实力、企业创新竞争力、科技人才创造力、科技治理支撑力升级六大行动，明确了22项任务、61项举措，形成全面加快科技创新的组合拳。')).toEqual([]);
    expect(brief('重点任务包括5个方面：')).toEqual([]);
    expect(brief('为确保未来产业先导区的建设质量和效果，《通知》明确了四个方面的基本条件：创新资源丰富、发展基础良好。同时，《通知》提出了五大建设任务，包括强化创新策源')).toEqual([]);
  });

  it('half-width punctuation the normaliser missed still breaks clauses (raw Jiangxi and Jiangsu lines)', () => {
    expect(brief('按照跳起来摘桃子的精神,设置了7个总体数据指标,52个分项数据指标,这些指标共同构成了未来三年的奋斗目标。')).toEqual([]);
    expect(brief('培育10家未来产业(技术)研究院,探索开展未来技术交付式研发', { periodEnd: 2026 }).map((t) => t.text)).toEqual(['10家未来产业(技术)研究院']);
  });

  it("ambiguity: Gansu's 6个方面15项重点任务 is the structure of its plan, not a target", () => {
    expect(brief('未来空间（商业航天制造和发射、低空经济），未来健康（遗传科学及应用、生物合成）等6个方面15项重点任务。')).toEqual([]);
  });

  it('ambiguity: a count sizing a list just enumerated is not a target (12个产业领域, 10个成长型), but a listed actor + verb is (建设20个)', () => {
    expect(brief('清单涵盖第三代半导体、细胞和基因技术、合成生物、通用智能、未来网络、量子科技等12个产业领域。')).toEqual([]);
    expect(brief('加快构建包括第三代半导体、未来网络、氢能、零碳负碳（碳捕集利用及封存）、虚拟现实10个成长型，以及量子科技等前沿性未来产业的“10+X”未来产业体系', { periodEnd: 2026 })).toEqual([]);
    expect(brief('鼓励高校、科研院所联合企业建设20个概念验证中心、中小试基地，加快未来技术熟化', { periodEnd: 2026 }).map((t) => [t.text, t.subject])).toEqual([
      ['20个概念验证中心、中小试基地', '概念验证中心、中小试基地'],
    ]);
  });

  it('ambiguity: N大 names a set; 十大科创城 counts (governed by 建设, classifier 个 implied), 六大/七大/五大/二十大 do not', () => {
    expect(brief('做大做强农业科技园区，高标准建设十大科创城，推进创新型市县建设', { periodEnd: 2025 })).toEqual([
      { text: '十大科创城', value: 10, min: 10, max: 10, unit: '个', subject: '科创城', category: 'parks-incubators', qualifiers: [], year: 2025, yearSource: 'plan-period' },
    ]);
    expect(brief('湖北将重点发展未来制造、未来信息、未来健康等六大未来产业，以“未来技术学院-未来产业科技园-未来产业先导区”为载体')).toEqual([]);
    expect(brief('提出要瞄准七大重点领域，构建广东未来产业发展体系。这七大重点领域包括未来网络')).toEqual([]);
    expect(brief('党的二十大报告明确“坚持创新在我国现代化建设全局中的核心地位”')).toEqual([]);
  });

  it('reads Chinese numerals as counts: 百家高新技术企业 = 100, and stops the subject before the next count', () => {
    expect(brief('孵化培育未来产业领域，百家高新技术企业、百家专精特新企业，打造8-10个特色鲜明的市级未来产业先导区。').map((t) => [t.text, t.value, t.min, t.max, t.subject, t.category])).toEqual([
      ['百家高新技术企业', 100, 100, 100, '高新技术企业', 'leading-enterprises'],
      ['百家专精特新企业', 100, 100, 100, '专精特新企业', 'leading-enterprises'],
      ['8-10个特色鲜明的市级未来产业先导区', null, 8, 10, '特色鲜明的市级未来产业先导区', 'pilot-zones'],
    ]);
  });

  it('ignores names, ordinals, sessions, issuers, years, document numbers and contact details', () => {
    const noise = [
      '成立省科技厅加快科技创新引领未来产业发展“5个100”工作专班，统筹规划和系统布局',
      '加快科技创新引领未来产业发展“5个100” 行动方案（2024-2026年）',
      '探索长周期资助模式，实现更多“从0到1”原创突破。',
      '开展青年科技人才“U35”培育和寻访，推动在苏高校建设未来技术学院',
      '深化沿沪宁产业创新带、G60科创走廊、环太湖科创圈建设',
      '省发展改革委等7部门关于印发《江苏省加快培育发展未来产业三年行动方案（2024-2026年）》的通知',
      '省发展改革委等七部门关于印发',
      '苏发改高技发〔2024〕229号',
      '9月29日，安徽省十四届人大常委会第十一次会议通过了《决定》',
      '围绕第三代半导体、细胞和基因技术、合成生物等未来产业',
      '省第十五次党代会提出了全面建设创新江西的奋斗目标',
      '电话：协会：025-8799064学会：025-86799482',
      '地址：南京市梦都大街50号东楼（省科技工作者活动中心）5楼',
      '邮编：210019',
      '按照“成熟一个、培育一个、建设一个”的思路，在创新资源丰富的地区，布局建设省级未来产业先导区。',
      '聚焦“两核、双廊”，优化广东未来产业空间布局。',
      '加快编制未来产业技术路线图和重大平台、战略人才、重大项目“一图三清单”',
      '编制重大平台、战略人才、重大项目“三张清单”。',
    ];
    for (const text of noise) expect(brief(text, { periodEnd: 2026 }), text).toEqual([]);
  });

  it('count last: subject before the number, after its governing verb; hedges and the explicit deadline apply to the whole sentence', () => {
    const text = '到2026年，力争在未来产业领域推动市场主体制定地方标准或行业标准60项，主导或参与制修订国家标准30项、国际标准10项左右。';
    expect(brief(text, { periodEnd: 2026 }).map((t) => [t.text, t.subject, t.qualifiers, t.year, t.yearSource])).toEqual([
      ['地方标准或行业标准60项', '地方标准或行业标准', ['力争'], 2026, 'explicit'],
      ['国家标准30项', '国家标准', ['力争'], 2026, 'explicit'],
      ['国际标准10项左右', '国际标准', ['力争', '左右'], 2026, 'explicit'],
    ]);
  });

  it('count last with a linking verb: 未来产业总体规模达到1000亿元 counts money, subject before 达到', () => {
    expect(brief('建设10家未来产业科技园和未来产业先导区，未来产业总体规模达到1000亿元。').at(-1)).toMatchObject({
      text: '未来产业总体规模达到1000亿元', value: 1000, unit: '亿元', subject: '未来产业总体规模', category: 'industry-scale',
    });
  });

  it('ambiguity: a mixed subject (科技园和…先导区) takes the category of its head-final noun', () => {
    expect(brief('建设10家未来产业科技园和未来产业先导区，')[0]).toMatchObject({ subject: '未来产业科技园和未来产业先导区', category: 'pilot-zones' });
  });

  it('ambiguity: 负责建设3个 has no noun; it inherits 先导区 from the previous count of its clause, and 2024年 names a list, it is no deadline', () => {
    const text = '近日，安徽省发展改革委公布了2024年省级未来产业先导区拟筹建名单，共有10个先导区入选，其中合肥高新区负责建设3个，分别为：合肥量子科技省未来产业先导区。';
    expect(brief(text).map((t) => [t.text, t.value, t.subject, t.category, t.year])).toEqual([
      ['10个先导区', 10, '先导区', 'pilot-zones', null],
      ['3个', 3, '先导区', 'pilot-zones', null],
    ]);
  });

  it('in a digest, counts of a published list are facts, not targets; its forward-looking sentences keep theirs', () => {
    // The roundup's Anhui paragraph reports a list: 10 zones were selected, 3 of them Hefei's.
    const anhui = '近日，安徽省发展改革委公布了2024年省级未来产业先导区拟筹建名单，共有10个先导区入选，其中合肥高新区负责建设3个，分别为：合肥量子科技省未来产业先导区、合肥商业航天省未来产业先导区、合肥通用人工智能省未来产业先导区。';
    expect(extractTargets(anhui, { digest: true })).toEqual([]);
    // Chongqing's summary looks ahead with 将, Hubei's with 到2026年: their counts stay targets.
    const chongqing = '重庆将培育一批具有核心竞争力、带动作用强的未来产业骨干企业，形成一批具有全国竞争力的优势产业集群，重点引育未来产业领军人才（团队）30个，突破30项前沿关键核心技术，形成50个标志性产品，打造30个典型应用场景，孵化培育未来产业领域，百家高新技术企业、百家专精特新企业，打造8-10个特色鲜明的市级未来产业先导区。';
    expect(extractTargets(chongqing, { digest: true }).map((t) => t.text)).toEqual([
      '未来产业领军人才（团队）30个', '30项前沿关键核心技术', '50个标志性产品', '30个典型应用场景', '百家高新技术企业', '百家专精特新企业', '8-10个特色鲜明的市级未来产业先导区',
    ]);
    const hubei = '到2026年，未来产业技术创新、企业培育、产业发展、载体建设等取得突破性进展，组织100项原创性、颠覆性技术攻关，培育100个引领性、创新性产品，制定100项关键标准和规范，打造100个标志性应用场景，发展壮大100家科技领军企业和创新型龙头企业，建设10家未来产业科技园和未来产业先导区，未来产业总体规模达到1000亿元。';
    expect(extractTargets(hubei, { digest: true })).toHaveLength(7);
  });

  it('ranges keep value null with min/max, and hedges before and after stay in written order (3-5个左右, 争取)', () => {
    const text = '促进大中小企业融通创新，形成链式集群发展态势。到2026年，争取形成3-5个左右具有国际影响力的未来产业（企业）集群。';
    expect(brief(text, { periodEnd: 2026 })).toEqual([
      { text: '3-5个左右具有国际影响力的未来产业（企业）集群', value: null, min: 3, max: 5, unit: '个', subject: '具有国际影响力的未来产业（企业）集群', category: 'clusters', qualifiers: ['争取', '左右'], year: 2026, yearSource: 'explicit' },
    ]);
  });

  it('每年 is a qualifier; adjectives in 性 joined by 、 stay in the subject', () => {
    expect(brief('以市场需求和重点任务为牵引，每年择优组织30-40项战略性、前瞻性、先导性前沿技术研发项目。', { periodEnd: 2026 })[0]).toMatchObject({
      min: 30, max: 40, value: null, subject: '战略性、前瞻性、先导性前沿技术研发项目', category: 'frontier-tech', qualifiers: ['每年'],
    });
  });

  it('每年 makes the amount yearly: it runs over the plan period (2024–2026), it is no total due in 2026', () => {
    const text = '实施省前沿技术研发计划，以市场需求和重点任务为牵引，每年择优组织30-40项战略性、前瞻性、先导性前沿技术研发项目。';
    const [yearly] = extractTargets(text, { periodStart: 2024, periodEnd: 2026 });
    expect(yearly).toMatchObject({ qualifiers: ['每年'], perYear: true, fromYear: 2024, year: 2026, yearSource: 'plan-period' });
    expect(() => TargetMatchSchema.parse(yearly)).not.toThrow();
    // Without 每年 the same plan's count is a total by the period's end.
    const [total] = extractTargets('鼓励高校、科研院所联合企业建设20个概念验证中心、中小试基地', { periodStart: 2024, periodEnd: 2026 });
    expect(total).toMatchObject({ perYear: false, fromYear: null, year: 2026 });
    // A record that claims 每年 but not perYear (or the reverse) is invalid.
    expect(() => TargetMatchSchema.parse({ ...yearly, perYear: false, fromYear: null })).toThrow(/perYear/);
  });

  it('three-year plan line 33: the unit is printed 名（个）, and the one modifier 掌握未来技术的 stays with 创新人才（团队）', () => {
    expect(brief('系统引培100名（个）掌握未来技术的创新人才（团队），对急需的顶尖科学家', { periodEnd: 2026 })[0]).toMatchObject({
      text: '100名（个）掌握未来技术的创新人才（团队）', unit: '名（个）', subject: '掌握未来技术的创新人才（团队）', category: 'talent',
    });
  });

  it('three-year plan line 22: the 20 counts both 概念验证中心 and 中小试基地, so the subject keeps both', () => {
    const [target] = extractTargets(normalisedLine(THREE_YEAR_PLAN, 22), { periodEnd: 2026 });
    expect(target).toMatchObject({ text: '20个概念验证中心、中小试基地', unit: '个', subject: '概念验证中心、中小试基地', category: 'platforms' });
  });

  it('three-year plan line 29: a relative clause listing qualities in 、 is still dropped (60个…未来产业重大项目)', () => {
    const [target] = extractTargets(normalisedLine(THREE_YEAR_PLAN, 29), { periodEnd: 2026 });
    expect(target).toMatchObject({ text: '60个技术含量高、市场前景好、带动作用强的未来产业重大项目', subject: '未来产业重大项目', category: 'major-projects' });
  });

  it('5个100 interpretation line 23: a 、 before the next verb and count ends the subject (推进100项前沿技术、培育100家示范企业…)', () => {
    expect(extractTargets(normalisedLine(FIVE_BY_100_INTERPRETATION, 23)).map((t) => t.subject)).toEqual(['前沿技术', '示范企业', '科创园区', '应用场景', '标准规范']);
  });

  it('a unit with its printed alternative (名（个）) still counts things, for the repeat links', () => {
    expect(['项', '名（个）', '家（个）'].map(isClassifier)).toEqual([true, true, true]);
    expect(['亿元', '万元'].map(isClassifier)).toEqual([false, false]);
  });

  it('a deadline in the NEXT sentence does not reach back: the rejoined page-break sentence of 200/300家 falls back to the plan period', () => {
    const text = '分批分类筛选200家左右主攻未来产业领域、掌握前沿技术成果、具备未来技术突破潜力的骨干高企，以及300家左右依托前沿科技成果转化与产业化的创业企业，形成培育库。到2026年，争取形成10家左右在未来产业领域具有生态主导力的领军企业。';
    expect(brief(text, { periodEnd: 2026 }).map((t) => [t.subject, t.year, t.yearSource, t.qualifiers])).toEqual([
      ['骨干高企', 2026, 'plan-period', ['左右']],
      ['依托前沿科技成果转化与产业化的创业企业', 2026, 'plan-period', ['左右']],
      ['在未来产业领域具有生态主导力的领军企业', 2026, 'explicit', ['争取', '左右']],
    ]);
  });

  it('without a plan period and without 到YYYY年 the year is null (Chongqing)', () => {
    expect(brief('重点引育未来产业领军人才（团队）30个，突破30项前沿关键核心技术，').map((t) => [t.text, t.subject, t.category, t.year, t.yearSource])).toEqual([
      ['未来产业领军人才（团队）30个', '未来产业领军人才（团队）', 'talent', null, null],
      ['30项前沿关键核心技术', '前沿关键核心技术', 'frontier-tech', null, null],
    ]);
  });

  it('5个100 plan line 41: each count keeps the action that says what it counts (推动市场主体制定; 主导或参与制修订, shared by 国际标准)', () => {
    const line = normalisedLine(FIVE_BY_100_PLAN, 41);
    const found = extractTargets(line, { periodEnd: 2026 });
    expect(found.map((t) => [t.text, t.action, t.actionChangesCount, t.qualifiers])).toEqual([
      ['地方标准或行业标准60项', '推动市场主体制定', true, ['力争']],
      ['国家标准30项', '主导或参与制修订', true, ['力争']],
      ['国际标准10项左右', '主导或参与制修订', true, ['力争', '左右']],
    ]);
    // The shared verb points at where it is printed, once: before 国家标准30项.
    const [, national, international] = found;
    expect(international!.actionStart).toBe(national!.actionStart);
    expect(line.slice(national!.actionStart!, national!.start)).toBe('主导或参与制修订');
  });

  it('5个100 plan lines 61-63: 以及 carries 分批分类筛选 to the 300 创业企业, and 争取 stays a qualifier, not part of 形成', () => {
    const text = normalisedLine(FIVE_BY_100_PLAN, 61) + normalisedLine(FIVE_BY_100_PLAN, 63);
    expect(extractTargets(text, { periodEnd: 2026 }).map((t) => [t.max, t.action, t.actionChangesCount])).toEqual([
      [200, '分批分类筛选', true],
      [300, '分批分类筛选', true],
      [10, '形成', false],
      [100, '形成', false],
    ]);
  });

  it('a plain verb (建设, 打造, 培育, 组织实施) is recorded but does not change what is counted; an actor, 吸引 or 支持 does', () => {
    const actions = (line: number) => extractTargets(normalisedLine(THREE_YEAR_PLAN, line), { periodEnd: 2026 }).map((t) => [t.action, t.actionChangesCount]);
    expect(actions(21)).toEqual([['组织实施', false]]);
    expect(actions(22)).toEqual([['鼓励高校、科研院所联合企业建设', true], ['打造', false]]);
    expect(actions(23)).toEqual([['培育', false], ['支持建设', true]]);
    expect(actions(30)).toEqual([['培育', false], ['打造和吸引', true], ['培育', false]]);
  });

  it('no verb in the clause, no action: 孵化培育未来产业领域，百家高新技术企业 (the verb stands across the comma); 规模达到 is a linking verb', () => {
    const chongqing = '打造30个典型应用场景，孵化培育未来产业领域，百家高新技术企业、百家专精特新企业，打造8-10个特色鲜明的市级未来产业先导区。';
    expect(extractTargets(chongqing).map((t) => t.action)).toEqual(['打造', null, null, '打造']);
    expect(extractTargets('建设10家未来产业科技园和未来产业先导区，未来产业总体规模达到1000亿元。').map((t) => t.action)).toEqual(['建设', null]);
  });
});
