import { readFileSync } from 'node:fs';
import * as OpenCC from 'opencc-js';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { extractTargets } from '../../scripts/knowledge/extract-targets.ts';
import { TargetMatchSchema, TargetVocabSchema } from '../../src/schemas/target.ts';

const root = new URL('../../', import.meta.url);

/** A piece of normalised source text and the raw line each part of it comes from. */
interface SourceUnit {
  text: string;
  /** Offsets in `text` where each raw line starts, with that line's 1-based number. */
  parts: Array<{ line: number; offset: number }>;
}

const toSimplified = OpenCC.Converter({ from: 'hk', to: 'cn' });

/**
 * STAND-IN for the ingest normaliser, to be swapped for its output when it exists: roundup pinyin
 * stripped and traditional converted to simplified, full-width digits to ASCII, markdown bold
 * removed, half-width punctuation next to CJK made full-width, spaces between CJK and ASCII
 * removed, and (5个100 plan only, the one PDF source) a sentence split by a page break rejoined.
 * @returns one unit per raw line, or per rejoined group of lines
 */
function normaliseSourceForTargets(file: string, raw: string): SourceUnit[] {
  let source = raw;
  if (file.startsWith('provinces-pilot-zone-roundup')) {
    source = source.replace(/([\u3400-\u9fff])\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüńňǹḿ]+\)/gi, '$1');
    source = toSimplified(source);
  }
  const cjk = /[\u3400-\u9fff\u3000-\u303f\uff01-\uff0f\uff1a-\uff20]/;
  const fullWidth: Record<string, string> = { ',': '，', ':': '：', ';': '；', '(': '（', ')': '）', '?': '？', '!': '！' };
  const lines = source.split('\n').map((line) => {
    let text = line.replace(/\r$/, '');
    text = text.replace(/[０-９Ａ-Ｚａ-ｚ]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
    text = text.replaceAll('**', '');
    text = [...text]
      .map((c, i, all) => (c in fullWidth && (cjk.test(all[i - 1] ?? '') || cjk.test(all[i + 1] ?? '')) ? fullWidth[c] : c))
      .join('');
    text = text.replace(/([\u3400-\u9fff])\s+(?=[A-Za-z0-9])/g, '$1').replace(/([A-Za-z0-9])\s+(?=[\u3400-\u9fff])/g, '$1');
    return text;
  });

  const joinsPageBreaks = file.startsWith('jiangsu-5x100-action-plan');
  const units: SourceUnit[] = [];
  let open: SourceUnit | null = null;
  lines.forEach((text, index) => {
    if (text.trim() === '') return;
    const unit: SourceUnit = open ?? { text: '', parts: [] };
    unit.parts.push({ line: index + 1, offset: unit.text.length });
    unit.text += text;
    const brokenMidSentence = joinsPageBreaks && text.length >= 30 && /[\u3400-\u9fff、，]$/.test(text);
    if (brokenMidSentence) {
      open = unit;
    } else {
      units.push(unit);
      open = null;
    }
  });
  if (open !== null) units.push(open);
  return units;
}

const ExpectedTargetSchema = z.strictObject({
  line: z.number().int().positive(),
  text: z.string().min(1),
  value: z.number().nullable(),
  min: z.number(),
  max: z.number(),
  unit: z.string(),
  qualifiers: z.array(z.string()),
  subject: z.string().nullable(),
  category: z.string().nullable(),
  year: z.number().nullable(),
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
});

describe('extractTargets over every source, against the hand-made fixture', () => {
  it('the fixture covers all five sources', () => {
    expect(fixture.sources.map((s) => s.file).sort()).toEqual([
      'jiangsu-5x100-action-plan-2024.txt',
      'jiangsu-5x100-interpretation-2024.txt',
      'jiangsu-future-industries-three-year-plan-2024.txt',
      'jiangxi-six-actions-interpretation-2024.txt',
      'provinces-pilot-zone-roundup-2024.txt',
    ]);
  });

  for (const source of fixture.sources) {
    it(`${source.file}: no misses, no extras`, () => {
      const raw = readFileSync(new URL(`content/sources/${source.file}`, root), 'utf8');
      const found = normaliseSourceForTargets(source.file, raw).flatMap((unit) => {
        const firstLine = unit.parts[0]!.line;
        const byLine = source.periodEndByLine;
        const periodEnd = byLine && firstLine >= byLine.from && firstLine <= byLine.to ? byLine.periodEnd : source.periodEnd;
        return extractTargets(unit.text, periodEnd === null ? {} : { periodEnd }).map((t) => {
          TargetMatchSchema.parse(t);
          expect(unit.text.slice(t.start, t.end)).toBe(t.text);
          const line = unit.parts.filter((p) => p.offset <= t.start).at(-1)!.line;
          const { start: _start, end: _end, qualifier: _qualifier, ...rest } = t;
          return { line, ...rest };
        });
      });
      expect(found).toEqual(source.targets);
    });
  }
});
