import type { Repair } from '../../src/schemas/provenance.ts';
import { IngestError } from './ingest-error.ts';
import { normaliseText } from './normalise-text.ts';
import { toSimplified } from './normalise/to-simplified.ts';

/** A clause's text or a section's title, with the repairs attached to it. */
export interface RepairedText {
  /** What it is, for the error message: a clause id or `heading s2`. */
  name: string;
  text: string;
  repairs: Repair[];
}

/**
 * Check that every erratum sits on text that shows its correction, where its span says, and records it
 * as shown there: a repair attached to the wrong clause of a split line, or offsets that drifted, stop the build.
 * @param file the source file, for the error
 * @param script the source's script: a traditional source shows the correction simplified
 * @param parts every clause and heading of the document
 * @throws IngestError naming the erratum's line
 */
export function checkSpanRepairs(file: string, script: 'simplified' | 'traditional-pinyin', parts: RepairedText[]): void {
  for (const part of parts) {
    for (const repair of part.repairs) {
      if (repair.correction === undefined) continue;
      const shown = normaliseText(script === 'traditional-pinyin' ? toSimplified(repair.correction) : repair.correction);
      const found = repair.span ? part.text.slice(repair.span.start, repair.span.end) : null;
      if (found !== shown) {
        throw new IngestError(file, repair.line, `the erratum's correction “${shown}” is attached to ${part.name}, whose text does not hold it${found === null ? ' (no offsets)' : ` at ${repair.span!.start}–${repair.span!.end} (found “${found}”)`}; expected every correction to stand in the text it is shown with`);
      }
      // The pages print the correction from `shown`: it must read as the text does.
      if (repair.shown !== shown) {
        throw new IngestError(file, repair.line, `the erratum's correction is recorded as shown “${repair.shown ?? ''}”, but ${part.name} reads “${shown}”`);
      }
    }
  }
}
