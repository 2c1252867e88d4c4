// content/vocab/same-targets.yaml: every reviewed decision names real statements, and links.json follows it.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { corpus, lineOf } from '../helpers/corpus.ts';
import { linkSameTargets, resolveDeclarations } from '../../scripts/knowledge/link-targets.ts';
import { loadSameTargetsFile } from '../../scripts/knowledge/targets/load-same-targets.ts';
import { loadTargetVocab } from '../../scripts/knowledge/targets/load-target-vocab.ts';
import { parseVocabFile, VocabError } from '../../scripts/knowledge/load-vocab.ts';
import { applyTargetParts, checkSameTargets, partsKeptApart } from '../../scripts/knowledge/target-parts.ts';
import { SameTargetDeclarationsSchema, targetAnchor, type SameTargetDeclaration, type Target } from '../../src/schemas/target.ts';

const declarations = loadSameTargetsFile().value.declarations;
const targetById = new Map(corpus.targets.map((t) => [t.id, t]));
const to = new Map(corpus.links.filter((l) => l.type === 'same-target').map((l) => [l.from, l.to]));
const first = (id: string): string => (to.has(id) ? first(to.get(id)!) : id);

describe('same-targets.yaml', () => {
  it('each statement names one target of the corpus, on the line the reviewer wrote down', () => {
    for (const { declaration, ids } of resolveDeclarations(corpus.targets as Target[], declarations)) {
      declaration.statements.forEach((statement, i) => {
        const id = ids[i];
        expect(id, `${statement.document} ${statement.text}`).not.toBeNull();
        const target = targetById.get(id!)!;
        expect(lineOf(targetAnchor(target), target.start), `${statement.document} ${statement.text}`).toBe(statement.line);
      });
    }
  });

  it('every target’s line is the raw line its text begins on, as the source re-read line by line gives it', () => {
    // The build finds it from the clause's first line and its page-break rejoins; the helper re-normalises the raw lines.
    for (const t of corpus.targets) expect(t.line, t.id).toBe(lineOf(targetAnchor(t), t.start));
    // 5个100 plan clause 10 runs from line 61 to 63: its 300家左右…创业企业 begins on 63, after the page break.
    expect(['jiangsu-5x100-plan/c10/t1', 'jiangsu-5x100-plan/c10/t2'].map((id) => targetById.get(id)!.line)).toEqual([61, 63]);
  });

  it('links.json follows every decision: declared the same, one first statement; declared different, two', () => {
    for (const { declaration, ids: [a, b] } of resolveDeclarations(corpus.targets as Target[], declarations)) {
      expect(first(a!) === first(b!), `${declaration.statements[0].text} / ${declaration.statements[1].text}`).toBe(declaration.same);
    }
  });

  it('three-year plan line 21 and the 5个100 programme’s 100 前沿技术 are one target, first stated in the three-year plan', () => {
    expect(['jiangsu-5x100-plan/s1-g1/t1', 'jiangsu-5x100-plan/s2.1/t1', 'jiangsu-5x100-interpretation/s2-p1/t1', 'jiangsu-5x100-interpretation/s3-e1/t1'].map(first))
      .toEqual(new Array(4).fill('jiangsu-3yr-plan/c2/t1'));
    // The yearly 30-40 projects of clause 3 (line 35) stay a target of their own.
    expect(first('jiangsu-5x100-plan/c3/t1')).toBe('jiangsu-5x100-plan/c3/t1');
  });
});

describe('linkSameTargets with declarations', () => {
  const vocab = loadTargetVocab();
  const jiangsu = corpus.targets.filter((t) => t.province === 'jiangsu') as Target[];
  const statement = (id: string) => {
    const t = targetById.get(id)!;
    return { document: t.documentId, line: t.line, text: t.text };
  };
  const declare = (same: boolean, a: string, b: string): SameTargetDeclaration => ({ same, statements: [statement(a), statement(b)], reason: 'test' });

  it('without the reviewed declaration, the rule alone keeps 研发计划项目 apart from 前沿技术 (their nouns differ)', () => {
    const links = linkSameTargets(jiangsu, vocab);
    expect(links.some((l) => l.to === 'jiangsu-3yr-plan/c2/t1')).toBe(false);
    expect(links.filter((l) => l.to === 'jiangsu-5x100-plan/s1-g1/t1').map((l) => l.from)).toEqual([
      'jiangsu-5x100-plan/s2.1/t1', 'jiangsu-5x100-interpretation/s2-p1/t1', 'jiangsu-5x100-interpretation/s3-e1/t1',
    ]);
  });

  it('same: false keeps apart a pair the rule links, and the statements after it do not join them again', () => {
    const links = linkSameTargets(jiangsu, vocab, [declare(false, 'jiangsu-3yr-plan/c9/t2', 'jiangsu-5x100-plan/c10/t4')]);
    const target = new Map(links.map((l) => [l.from, l.to]));
    expect(target.get('jiangsu-5x100-plan/c10/t4')).not.toBe('jiangsu-3yr-plan/c9/t2');
    expect(target.get('jiangsu-5x100-plan/s1-g4/t1')).toBe('jiangsu-3yr-plan/c9/t2');
  });

  it('a declaration cannot make two amounts one (100项 and 每年30-40项)', () => {
    expect(() => linkSameTargets(jiangsu, vocab, [declare(true, 'jiangsu-3yr-plan/c2/t1', 'jiangsu-5x100-plan/c3/t1')])).toThrow(/amount/);
  });

  it('a declaration naming statements of another corpus is left aside', () => {
    const foreign: SameTargetDeclaration = { same: true, statements: [{ document: 'nowhere', line: 1, text: '1个' }, { document: 'nowhere', line: 2, text: '2个' }], reason: 'test' };
    expect(linkSameTargets(jiangsu, vocab, [foreign])).toEqual(linkSameTargets(jiangsu, vocab));
  });
});

describe('same-targets.yaml parts: wholes and the parts that must not be added to them', () => {
  const FILE = 'content/vocab/same-targets.yaml';
  const text = readFileSync(FILE, 'utf8');
  /** @returns the build's check of the file with `from` replaced by `to`, and the 1-based line of the change */
  const checkEdited = (from: string, to: string) => {
    expect(text.split(from).length, from).toBe(2);
    const edited = text.replace(from, to);
    const line = text.slice(0, text.indexOf(from)).split('\n').length;
    try {
      checkSameTargets(parseVocabFile(edited, FILE, SameTargetDeclarationsSchema), corpus.targets as Target[]);
    } catch (error) {
      if (error instanceof VocabError) return { message: error.message, line };
      throw error;
    }
    throw new Error(`the check accepted ${to}`);
  };

  /**
   * The file with one entry appended, giving `whole` (a statement of the 5个100 plan) one part, the 集群 of line 65 (a
   * target in no entry), checked and linked as the build does.
   * @returns what applying its wholes and parts to the targets then does
   */
  const applyWithWhole = (whole: string) => {
    const entry = [`  - whole: { document: jiangsu-5x100-plan, ${whole} }`, '    parts:', '      - { document: jiangsu-5x100-plan, line: 65, text: 3-5个左右具有国际影响力的未来产业（企业）集群 }', '    sum: under', '    reason: test'];
    const edited = parseVocabFile(`${text.trimEnd()}\n${entry.join('\n')}\n`, FILE, SameTargetDeclarationsSchema);
    const targets = structuredClone(corpus.targets) as Target[];
    const parts = checkSameTargets(edited, targets);
    const links = linkSameTargets(targets, loadTargetVocab(), [...edited.value.declarations, ...partsKeptApart(parts)]);
    return () => applyTargetParts(targets, parts, links, edited);
  };

  it('5个100 plan line 41: 地方标准或行业标准60项, 国家标准30项 and 国际标准10项左右 are the parts of the 100 of line 39, adding up to about it', () => {
    const whole = targetById.get('jiangsu-5x100-plan/s2.2/t1')!;
    expect([whole.text, whole.line, whole.partsSum]).toEqual(['100项未来产业标准规范', 39, 'about']);
    expect(whole.parts.map((id) => targetById.get(id)!).map((t) => [t.text, t.line, t.partOf])).toEqual([
      ['地方标准或行业标准60项', 41, whole.id],
      ['国家标准30项', 41, whole.id],
      ['国际标准10项左右', 41, whole.id],
    ]);
    // 60 + 30 + 10 = 100, but 10项左右 is approximate: about, not equal.
    expect(whole.parts.reduce((n, id) => n + targetById.get(id)!.max, 0)).toBe(100);
    // Clauses 13 and 14 are some of the parks the task upgrades (100 + 10 is not its 100).
    const parks = targetById.get('jiangsu-5x100-plan/s2.5/t1')!;
    expect([parks.text, parks.partsSum, parks.parts]).toEqual(['100家未来产业科创园区', 'under', ['jiangsu-5x100-plan/c13/t1', 'jiangsu-5x100-plan/c14/t1']]);
    // Clause 9's 20 typical scenarios are set under the task of the 100 scenarios; nothing says whether they are among them.
    const scenarios = targetById.get('jiangsu-5x100-plan/s2.3/t1')!;
    expect([scenarios.text, scenarios.line, scenarios.partsSum, scenarios.parts]).toEqual(['100个前沿技术应用场景', 49, 'under', ['jiangsu-5x100-plan/c9/t1']]);
    expect(targetById.get('jiangsu-5x100-plan/c9/t1')!.text).toBe('20个左右可复制、可推广的示范应用场景');
    // Clause 10's pools (200 + 300) and its 10 leading firms are set under the task of the 100 示范企业; its own
    // 100家左右…示范企业 (line 63) restates that 100 and is no part of it.
    const firms = targetById.get('jiangsu-5x100-plan/s2.4/t1')!;
    expect([firms.text, firms.line, firms.partsSum]).toEqual(['100家未来科技创新示范企业', 59, 'under']);
    expect(firms.parts.map((id) => targetById.get(id)!).map((t) => [t.line, t.value])).toEqual([[61, 200], [63, 300], [63, 10]]);
    expect(first('jiangsu-5x100-plan/c10/t4')).toBe(first(firms.id));
    expect(targetById.get('jiangsu-5x100-plan/c10/t4')!.partOf).toBeNull();
    // No other target is a whole or a part.
    const wholes = [whole, parks, scenarios, firms];
    expect(corpus.targets.filter((t) => t.partOf !== null).map((t) => t.id).sort()).toEqual(wholes.flatMap((w) => w.parts).sort());
    expect(corpus.targets.filter((t) => t.parts.length > 0).map((t) => t.id).sort()).toEqual(wholes.map((w) => w.id).sort());
  });

  it('an entry naming a document the corpus holds but that sets no target stops the build at its line, not left aside', () => {
    const from = '  - whole: { document: jiangsu-5x100-plan, line: 39, text: 100项未来产业标准规范 }';
    expect(text.split(from).length).toBe(2);
    const line = text.slice(0, text.indexOf(from)).split('\n').length;
    // 工业和信息化部等七部门…实施意见 is a document of the corpus, known only by its title: it has no targets.
    const edited = parseVocabFile(text.replace(from, from.replace('jiangsu-5x100-plan', 'national-miit-future-industries-opinions')), FILE, SameTargetDeclarationsSchema);
    const documentIds = new Set(corpus.documents.map((d) => d.id));
    expect(documentIds.has('national-miit-future-industries-opinions')).toBe(true);
    expect(() => checkSameTargets(edited, corpus.targets as Target[], documentIds)).toThrow(`${FILE}:${line}: parts[0].whole.document: national-miit-future-industries-opinions has no targets`);
  });

  it('every entry names this corpus’s documents, so the build checks each (an entry naming a missing document is left aside)', () => {
    const parsed = loadSameTargetsFile();
    expect(checkSameTargets(parsed, corpus.targets as Target[]).map((r) => r.at)).toEqual(parsed.value.parts.map((_, i) => i));
    // A typo in a document id leaves the entry aside in the build: this is where it shows.
    const typo = { ...parsed, value: { ...parsed.value, parts: [{ ...parsed.value.parts[0]!, whole: { ...parsed.value.parts[0]!.whole, document: 'jiangsu-5x100-pln' } }] } };
    expect(checkSameTargets(typo, corpus.targets as Target[])).toEqual([]);
  });

  it('a part is never a restatement of its whole: links.json keeps each apart from every statement of it', () => {
    for (const { whole, parts } of loadSameTargetsFile().value.parts) {
      const [wholeId] = resolveDeclarations(corpus.targets as Target[], [{ same: false, statements: [whole, whole], reason: '' }])[0]!.ids;
      for (const part of parts) {
        const partId = corpus.targets.find((t) => t.documentId === part.document && t.text === part.text)!.id;
        expect(first(partId), part.text).not.toBe(first(wholeId!));
      }
    }
  });

  it('a wrong line stops the build naming same-targets.yaml and the line of the statement', () => {
    const { message, line } = checkEdited('line: 41, text: 国家标准30项', 'line: 40, text: 国家标准30项');
    expect(message).toBe(`${FILE}:${line}: parts[0].parts[1].line: “国家标准30项” of jiangsu-5x100-plan begins on line 41, not 40`);
  });

  it('a text no target has stops the build naming the line: the statement must be a target’s text as targets.json gives it', () => {
    const { message, line } = checkEdited('text: 国际标准10项左右 }', 'text: 国际标准10项 }');
    expect(message).toBe(`${FILE}:${line}: parts[0].parts[2].text: jiangsu-5x100-plan has no target “国际标准10项” (a target's text as in targets.json)`);
  });

  it('so does a declaration of the restatements: a wrong line of a same: true statement names its line', () => {
    const { message, line } = checkEdited('{ document: jiangsu-3yr-plan, line: 46,', '{ document: jiangsu-3yr-plan, line: 47,');
    expect(message).toMatch(new RegExp(`^${FILE}:${line}: declarations\\[4\\]\\.statements\\[0\\]\\.line: “100个未来产业标准规范” of jiangsu-3yr-plan begins on line 46, not 47$`, 'u'));
  });

  it('parts that do not add up as `sum` says stop the build at the `sum`', () => {
    // 国际标准10项左右 is approximate: the 100 is reached about, not exactly.
    const exact = checkEdited('    sum: about', '    sum: equals');
    expect(exact.message).toBe(`${FILE}:${exact.line}: parts[0].sum: “国际标准10项左右” is printed as an approximate amount: say sum: about`);
    // 100 incubators and 10 science parks are 110, not the task's 100.
    const parks = checkEdited('未来产业科技园建设试点10家左右 }\n    sum: under', '未来产业科技园建设试点10家左右 }\n    sum: about');
    expect(parks.message).toBe(`${FILE}:${parks.line + 1}: parts[1].sum: the parts add up to 110, and “100家未来产业科创园区” is 100; say sum: under if the text only sets them under its task`);
  });

  it('a part printed as a bound (以上, 不少于) stops the build: a sum of bounds is no total the pages could print as 合计', () => {
    // No real part is a bound; the national-standards part is given one here, the rest of the corpus as it is.
    const bounded = (corpus.targets as Target[]).map((t) => (t.text === '国家标准30项' ? { ...t, qualifiers: [...t.qualifiers, '以上'] } : t));
    const parsed = loadSameTargetsFile();
    const line = text.slice(0, text.indexOf('text: 国家标准30项 }')).split('\n').length;
    expect(() => checkSameTargets(parsed, bounded)).toThrow(`${FILE}:${line}: parts[0].parts[1]: “国家标准30项” is a bound (以上), so the parts add up to no total the pages could print; say sum: under`);
    // As printed, the entry passes.
    expect(checkSameTargets(parsed, corpus.targets as Target[]).length).toBe(parsed.value.parts.length);
  });

  it('parts declared under two statements of one target (the goal line 19 and the task heading line 39) stop the build at the second whole', () => {
    // 形成100项标准规范 (line 19) is linked to 着力研制100项未来产业标准规范 (line 39) as one target; an entry giving it parts
    // of its own (here the 示范企业 of line 63, as a task's listing) would make a second whole of that target.
    const apply = applyWithWhole('line: 19, text: 100项标准规范');
    const line = text.trimEnd().split('\n').length + 1;
    const appended = loadSameTargetsFile().value.parts.length;
    expect(apply).toThrow(`${FILE}:${line}: parts[${appended}].whole: “100项标准规范” is one target with the whole of parts[0]; declare its parts once`);
  });

  it('a part that is itself declared a whole stops the build at the part: one level only', () => {
    // 国家标准30项 (line 41) is a part of the 100 standards (parts[0]); here it is given a part of its own.
    const apply = applyWithWhole('line: 41, text: 国家标准30项');
    const partLine = text.split('\n').findIndex((l) => l.includes('line: 41, text: 国家标准30项 }')) + 1;
    const appended = loadSameTargetsFile().value.parts.length;
    expect(apply).toThrow(`${FILE}:${partLine}: parts[0].parts[1]: “国家标准30项” is one target with the whole of parts[${appended}]: a part cannot be a whole; list the parts of the larger whole instead`);
  });

  it('a whole and its part declared the same target stop the build at the part', () => {
    const declared = ['  - same: true', '    statements:', '      - { document: jiangsu-5x100-plan, line: 39, text: 100项未来产业标准规范 }', '      - { document: jiangsu-5x100-plan, line: 41, text: 国家标准30项 }', '    reason: test'];
    const { message } = checkEdited('  # --- Equal or related amounts', `${declared.join('\n')}\n  # --- Equal or related amounts`);
    const partLine = text.split('\n').findIndex((l) => l.includes('line: 41, text: 国家标准30项 }')) + 1 + declared.length;
    expect(message).toBe(`${FILE}:${partLine}: parts[0].parts[1]: “国家标准30项” and its whole are declared the same target (same: true)`);
  });
});
