// content/vocab/same-targets.yaml: every reviewed decision names real statements, and links.json follows it.
import { describe, expect, it } from 'vitest';
import { corpus, lineOf } from '../helpers/corpus.ts';
import { linkSameTargets, resolveDeclarations } from '../../scripts/knowledge/link-targets.ts';
import { loadSameTargetDeclarations } from '../../scripts/knowledge/targets/load-same-targets.ts';
import { loadTargetVocab } from '../../scripts/knowledge/targets/load-target-vocab.ts';
import { targetAnchor, type SameTargetDeclaration, type Target } from '../../src/schemas/target.ts';

const declarations = loadSameTargetDeclarations();
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
    return { document: t.documentId, line: 1, text: t.text };
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
