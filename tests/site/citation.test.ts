// What 复制引用 copies: the document's part (citationLead, on the reader) and the clause's (clauseLocator), on the real corpus.
import { describe, expect, test } from 'vitest';
import { clauseById, clauses, documentById } from '../../src/lib/atlas.ts';
import { clauseLocator } from '../../src/lib/clause-list.ts';
import { citationLead } from '../../src/lib/document-summary.ts';
import { readDistPage } from './dist.ts';

const lead = (id: string) => citationLead(documentById.get(id)!);
const locator = (id: string) => clauseLocator(clauseById.get(id)!);

describe('citationLead', () => {
  test('a plan that prints its issuers: the first and 等, title, 文号, date; its own department published it', () => {
    expect(lead('jiangsu-3yr-plan')).toBe('江苏省发展改革委等：《江苏省加快培育发展未来产业三年行动方案（2024-2026年）》（苏发改高技发〔2024〕229号），2024-02-27，');
  });

  test('issuers the text does not print are marked 〔推定〕: the 5个100 plan (named by its 解读), its 解读 (a web page’s 发布机构 field)', () => {
    expect(lead('jiangsu-5x100-plan')).toBe('江苏省科技厅、江苏省发改委〔推定〕：《加快科技创新引领未来产业发展“5个100”行动方案（2024-2026年）》，');
    expect(lead('jiangsu-5x100-interpretation')).toMatch(/^江苏科技〔推定〕：《〈加快科技创新引领未来产业发展“5个100”行动方案（2024-2026年）〉政策解读》，/u);
  });

  test('a text republished by another body says whose copy it is, and the date its page prints is that copy’s', () => {
    expect(lead('jiangsu-5x100-interpretation')).toMatch(/，江苏化工网2024-03-06刊载，$/u);
    // Line 6 prints 发布机构: 安义县人民政府 生成日期: 2024-06-25: when the 科技厅 issued its 解读 is not printed.
    expect(lead('jiangxi-six-actions-interpretation')).toBe('江西省科技厅：《科技兴赣六大行动实施方案（2023-2025年）解读》，安义县人民政府2024-06-25刊载，');
  });

  test('a text converted from traditional characters says its quotes are the site\'s simplified text (the roundup)', () => {
    const cite = readDistPage('/documents/pilot-zones-roundup-2024/').match(/data-cite-lead="([^"]+)"/u)![1];
    expect(cite).toBe('高新院 achie.org：《多地发布政策，支持建设未来产业先导区》，2024-10-18，原文为繁体字，引文为本站转换的简体字，');
    expect(readDistPage('/documents/jiangsu-3yr-plan/')).not.toContain('引文为本站转换的简体字');
  });

  test('a digest with no issuer is cited by its publisher, without a 刊载 of itself', () => {
    expect(lead('pilot-zones-roundup-2024')).toBe('高新院 achie.org：《多地发布政策，支持建设未来产业先导区》，2024-10-18，');
  });
});

test('a number the document uses twice is cited with its section: the 5个100 plan’s 保障措施 restarts at 1.', () => {
  const cites = [...readDistPage('/documents/jiangsu-5x100-plan/').matchAll(/data-anchor="([^"]+)" data-cite="([^"]+)"/gu)].map((m) => [m[1], m[2]]);
  expect(cites).toContainEqual(['s3-c1', '三、保障措施 · 1.加强组织推进（原文第83行）']);
  expect(cites).toContainEqual(['c1', '（一）着力推进100项重大前沿技术攻关 · 1.编制“一图三清单”（原文第31行）']);
  // A number used once is cited as before.
  expect(cites).toContainEqual(['c3', '3.创新重大项目组织机制（原文第35–37行）']);
});

test('so is a 三是 the Jiangxi 解读 writes in several sections, with its heading or by its opening words', () => {
  const cites = new Map([...readDistPage('/documents/jiangxi-six-actions-interpretation/').matchAll(/data-anchor="([^"]+)" data-cite="([^"]+)"/gu)].map((m) => [m[1], m[2]]));
  // Line 27 (under 二、总体考虑) and line 39 (under 三、框架内容) both print 三是.
  expect(cites.get('s2.2-e3')).toBe('二、总体考虑 · 三是统筹创新资源配置（原文第27行）');
  expect(cites.get('s3-p4-e3')).toBe('三、框架内容 · 原文第39行“三是构建各具特色的创新高地，发挥鄱阳湖自…”');
  // 五是 is printed once: no section is needed to find it.
  expect(cites.get('s3-p6-e5')).toBe('五是推动科技产业金融良性循环（原文第43行）');
});

describe('clauseLocator', () => {
  test('a clause with a heading: number, heading and its source line', () => {
    expect(locator('jiangsu-3yr-plan/c3')).toBe('3.加速创新成果转化（原文第22行）');
  });

  test('an item without a heading is located by its line and quoted opening words, not by a bare 三是 (every action has one)', () => {
    const item = clauseById.get('jiangxi-six-actions-interpretation/s3-p4-e3')!;
    expect(item.label).toBe('三是');
    expect(locator(item.id)).toBe(`原文第${item.source.startLine}行“三是构建各具特色的创新高地，发挥鄱阳湖自…”`);
  });

  test('every clause’s locator names its source lines, and its quoted words are its own text', () => {
    for (const clause of clauses) {
      const l = clauseLocator(clause);
      const { startLine, endLine } = clause.source;
      expect(l, clause.id).toContain(`原文第${startLine === endLine ? startLine : `${startLine}–${endLine}`}行`);
      const quoted = /“(.+?)…?”$/u.exec(l);
      if (quoted) expect(clause.text, clause.id).toContain(quoted[1]!.replace(/…$/u, ''));
    }
  });
});

test('a citation says what the site corrected in the clause and where its source breaks off: the quote is not passed off as printed', () => {
  const cites = (path: string) => new Map([...readDistPage(path).matchAll(/data-anchor="([^"]+)" data-cite="([^"]+)"/gu)].map((m) => [m[1], m[2]]));
  expect(cites('/documents/pilot-zones-roundup-2024/').get('guangdong-p5')).toBe('原文第35行“珠海市依托珠海高新区等重点创新平台，聚焦…”（第35行原文“深??臻g”更正为“深海空间”）');
  expect(cites('/documents/jiangxi-six-actions-interpretation/').get('s3-p7-e3')).toMatch(/（第45行原文“投资 孵化”更正为“投资\+孵化”）$/u);
  expect(cites('/documents/jiangsu-5x100-plan/').get('s3-c2')).toBe('三、保障措施 · 2.统筹区域布局（原文第85行）（原文在第85行句子中途结束，本条不完整）');
  // A clause with neither is cited as before.
  expect(cites('/documents/jiangsu-5x100-plan/').get('c3')).toBe('3.创新重大项目组织机制（原文第35–37行）');
});

test('a card elsewhere says it too: the truncated clause on each of its sectors’ pages', () => {
  const last = clauseById.get('jiangsu-5x100-plan/s3-c2')!;
  expect(last.sectors).toContain('general-ai');
  for (const sector of last.sectors) {
    const html = readDistPage(`/sectors/${sector}/`);
    const card = html.slice(html.indexOf('data-clause="jiangsu-5x100-plan/s3-c2"'));
    expect(card.slice(0, card.indexOf('</article>')), sector).toContain('编辑说明：原文在第85行句子中途结束，本条不完整。');
  }
});
