// Every target names a place that is published: a clause of clauses.json or a section heading.
import { describe, expect, it } from 'vitest';
import { corpus, documentOf } from '../helpers/corpus.ts';
import { checkTargetPlaces } from '../../scripts/knowledge/check-target-places.ts';
import { IngestError } from '../../scripts/ingest/ingest-error.ts';

describe('target places', () => {
  it('the 5个100 task headings (（一）着力推进100项重大前沿技术攻关 …) name their section, not a clause', () => {
    const plan = documentOf('jiangsu-5x100-plan');
    const inHeadings = corpus.targets.filter((t) => t.clauseId === null);
    expect(inHeadings.map((t) => [t.id, t.sectionId, t.text])).toEqual([
      ['jiangsu-5x100-plan/s2.1/t1', 's2.1', '100项重大前沿技术攻关'],
      ['jiangsu-5x100-plan/s2.2/t1', 's2.2', '100项未来产业标准规范'],
      ['jiangsu-5x100-plan/s2.3/t1', 's2.3', '100个前沿技术应用场景'],
      ['jiangsu-5x100-plan/s2.4/t1', 's2.4', '100家未来科技创新示范企业'],
      ['jiangsu-5x100-plan/s2.5/t1', 's2.5', '100家未来产业科创园区'],
    ]);
    for (const t of inHeadings) expect(plan.sections.find((s) => s.id === t.sectionId)!.title.slice(t.start, t.end)).toBe(t.text);
  });

  it('every other target names a clause that is published, and that clause lists it', () => {
    const clauseById = new Map(corpus.clauses.map((c) => [c.id, c]));
    for (const t of corpus.targets.filter((x) => x.clauseId !== null)) {
      expect(clauseById.get(t.clauseId!)?.targets, t.id).toContain(t.id);
      expect(t.sectionId, t.id).toBeNull();
    }
    expect(() => checkTargetPlaces(corpus.targets, corpus.clauses, corpus.documents)).not.toThrow();
  });

  it('a target naming a section id as its clause (how the headings were published before) stops the build, saying which', () => {
    const heading = corpus.targets.find((t) => t.id === 'jiangsu-5x100-plan/s2.1/t1')!;
    const dangling = { ...heading, clauseId: 'jiangsu-5x100-plan/s2.1', sectionId: null };
    expect(() => checkTargetPlaces([dangling], corpus.clauses, corpus.documents)).toThrow(IngestError);
    expect(() => checkTargetPlaces([dangling], corpus.clauses, corpus.documents)).toThrow(
      'jiangsu-5x100-action-plan-2024.txt: target jiangsu-5x100-plan/s2.1/t1 names clause jiangsu-5x100-plan/s2.1, which clauses.json does not have',
    );
    const noSection = { ...heading, sectionId: 's9' };
    expect(() => checkTargetPlaces([noSection], corpus.clauses, corpus.documents)).toThrow('names section s9, which jiangsu-5x100-plan does not have');
  });
});
