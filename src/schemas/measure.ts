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

/** The whole file `content/vocab/measures.yaml`. */
export const MeasureVocabSchema = z.strictObject({
  /** The taxonomy. */
  measures: z.array(MeasureSchema).min(1),
});
export type MeasureVocab = z.output<typeof MeasureVocabSchema>;
