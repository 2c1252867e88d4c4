import { z } from 'zod';

/** Where a piece of text came from: the raw source file as committed in `content/sources/`. */
export const SourceRefSchema = z.object({
  /** File name inside `content/sources/`. */
  file: z.string(),
  /** sha256 of the raw bytes, hex. */
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  /** Encoding the bytes were decoded from (utf-8, utf-16le, gb18030…). */
  encoding: z.string().default('utf-8'),
});
export type SourceRef = z.output<typeof SourceRefSchema>;

/** A source reference narrowed to a line range (1-based, inclusive, lines of the raw file). */
export const ProvenanceSchema = SourceRefSchema.extend({
  startLine: z.number().int().positive(),
  endLine: z.number().int().positive(),
});
export type Provenance = z.output<typeof ProvenanceSchema>;

/** A visible change the ingest made to source text. Never silent: each one is shown on the page. */
export const RepairSchema = z.object({
  /** What kind of repair: erratum (declared correction), rejoin (PDF page break), markdown (bold residue removed), spacing, width, control (control characters removed), pinyin, simplified, unclosed-parenthetical. */
  kind: z.enum(['erratum', 'rejoin', 'markdown', 'spacing', 'width', 'control', 'pinyin', 'simplified', 'unclosed-parenthetical', 'bom', 'crlf', 'encoding']),
  /** Raw line number the repair applies to. */
  line: z.number().int().positive(),
  /** Human-readable note in Chinese, shown on the page. */
  note: z.string(),
  /** Original text, where one span was replaced. */
  original: z.string().optional(),
  /** Replacement text, where one span was replaced. */
  correction: z.string().optional(),
  /** For an erratum, the corrected run as the site's text reads it: the correction converted to simplified for a traditional source (深海空間 → 深海空间), else the correction itself. */
  shown: z.string().optional(),
  /**
   * Where the repair stands in the text that carries it (a clause's `text`, a section's `title`), as
   * UTF-16 offsets, end exclusive: for an erratum the corrected run as shown (simplified, for a
   * traditional source), for a rejoin the empty span where the second line begins. Absent on
   * repairs of a whole line, and in the ingest report, which lists repairs by line.
   */
  span: z.object({ start: z.number().int().nonnegative(), end: z.number().int().nonnegative() }).optional(),
});
export type Repair = z.output<typeof RepairSchema>;

/** Repairs made to a paragraph or clause rather than to one line (the ingest report lists each once, at its line).
 *  Here, not in the site's repair-notes, because the ingest's per-source cache is keyed on the schemas. */
export const CLAUSE_LEVEL: ReadonlySet<Repair['kind']> = new Set(['rejoin', 'unclosed-parenthetical']);
