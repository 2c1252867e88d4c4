// The published targets, from the real ingest, against the hand-made fixture: no misses, no extras.
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { corpus, documentOf, lineOf } from '../helpers/corpus.ts';
import { SourceManifestSchema } from '../../src/schemas/manifest.ts';
import { TargetSchema, targetAnchor } from '../../src/schemas/target.ts';

interface FixtureTarget { line: number; text: string; value: number | null; min: number; max: number; unit: string; qualifiers: string[]; subject: string | null; action: string | null; actionChangesCount?: boolean; category: string | null; year: number | null; fromYear?: number; yearSource: string | null }
const fixture = parse(readFileSync('tests/fixtures/targets.expected.yaml', 'utf8')) as { sources: Array<{ file: string; targets: FixtureTarget[] }> };

describe('published targets match the hand-made fixture: no misses, no extras', () => {
  it('the fixture covers all five sources', () => {
    expect(fixture.sources.map((s) => s.file).sort()).toEqual(SourceManifestSchema.parse(parse(readFileSync('content/sources/sources.yaml', 'utf8'))).map((e) => e.file).sort());
  });
  for (const source of fixture.sources) {
    it(`${source.file}`, () => {
      const found = corpus.targets
        .filter((t) => corpus.documents.find((d) => d.id === t.documentId)?.source?.file === source.file)
        .map((t) => {
          // The published record is valid and its span is what its offsets point at in the clause or heading.
          TargetSchema.parse(t);
          const holder = t.clauseId !== null ? corpus.clauses.find((c) => c.id === t.clauseId)!.text : documentOf(t.documentId).sections.find((s) => s.id === t.sectionId)!.title;
          expect(holder.slice(t.start, t.end)).toBe(t.text);
          // The action is printed where its offset says, before the target (its own words, or the verb it shares).
          if (t.action !== null) expect(holder.slice(t.actionStart!, t.actionStart! + t.action.length)).toBe(t.action);
          return { line: lineOf(targetAnchor(t), t.start), text: t.text, value: t.value, min: t.min, max: t.max, unit: t.unit, qualifiers: t.qualifiers, subject: t.subject, action: t.action, actionChangesCount: t.actionChangesCount, category: t.category, year: t.year, fromYear: t.fromYear, yearSource: t.yearSource };
        });
      const expected = source.targets.map((t) => ({ line: t.line, text: t.text, value: t.value, min: t.min, max: t.max, unit: t.unit, qualifiers: t.qualifiers, subject: t.subject, action: t.action, actionChangesCount: t.actionChangesCount ?? false, category: t.category, year: t.year, fromYear: t.fromYear ?? null, yearSource: t.yearSource }));
      const key = (t: { line: number; text: string }) => `${t.line}|${t.text}`;
      expect(found.sort((a, b) => key(a).localeCompare(key(b)))).toEqual(expected.sort((a, b) => key(a).localeCompare(key(b))));
    });
  }
});
