import { z } from 'zod';

/** A pattern: a literal phrase, or (marked explicitly) a regular expression. */
export const MeasurePatternSchema = z.union([
  z.string().min(1),
  z.strictObject({
    /** JavaScript regular expression source (no flags; matched globally). */
    regex: z.string().min(1).refine((source) => {
      try {
        new RegExp(source, 'gu');
        return true;
      } catch {
        return false;
      }
    }, 'not a valid regular expression').refine((source) => {
      try {
        return !new RegExp(source, 'u').test('');
      } catch {
        return true;
      }
    }, 'matches empty text, so it would tag every clause'),
  }),
]);
export type MeasurePattern = z.output<typeof MeasurePatternSchema>;

/** One kind of policy instrument. */
export const MeasureSchema = z.strictObject({
  /** Kebab-case ascii id, unique in the file. */
  id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'id must be a kebab-case ascii slug'),
  /** Chinese name, e.g. 先导区. */
  name: z.string().trim().min(1),
  /** One Chinese sentence saying what the instrument is. */
  description: z.string().trim().min(1),
  /** Phrases that signal the instrument in clause text (normalised form). */
  patterns: z.array(MeasurePatternSchema).min(1),
});
export type Measure = z.output<typeof MeasureSchema>;

/** A longer phrase holding a pattern in another sense (人民代表大会 holds 大会): where it occurs, that pattern tags nothing. */
export const MeasureBlockerSchema = z.strictObject({
  /** Literal phrase, normalised form; it must contain some pattern. */
  phrase: z.string().min(1),
  /** Why the pattern inside it is no measure, and where the text has it. */
  note: z.string().trim().min(1),
});
export type MeasureBlocker = z.output<typeof MeasureBlockerSchema>;

/** The whole file `content/vocab/measures.yaml`. */
export const MeasureVocabSchema = z.strictObject({
  /** The taxonomy. */
  measures: z.array(MeasureSchema).min(1),
  /** Phrases that win the longest match over a pattern inside them and then tag nothing. */
  blockers: z.array(MeasureBlockerSchema).default([]),
});
export type MeasureVocab = z.output<typeof MeasureVocabSchema>;
