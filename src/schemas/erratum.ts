import { z } from 'zod';

/** A declared correction of a corrupted or damaged run in a raw source. Shown on the page as an editorial note. */
export const ErratumSchema = z.object({
  /** Source file name inside `content/sources/`. */
  file: z.string(),
  /** 1-based raw line number. */
  line: z.number().int().positive(),
  /** The run exactly as it stands in the raw line. The build fails if it is not there. */
  original: z.string().min(1),
  /** What replaces it, written in the source's own script. */
  correction: z.string(),
  /** Why the correction is right, in Chinese: shown to readers. */
  reason: z.string().min(1),
});
export type Erratum = z.output<typeof ErratumSchema>;
export const ErrataSchema = z.array(ErratumSchema);
