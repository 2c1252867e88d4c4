import { z } from 'zod';
import { RepairSchema } from './provenance.ts';

/** One non-blank source line and what the ingest made of it. */
const LedgerLineSchema = z.object({
  /** 1-based raw line number. */
  line: z.number().int().positive(),
  /** clause text, section heading, metadata, or boilerplate (web-page chrome). */
  role: z.enum(['boilerplate', 'metadata', 'clause', 'heading']),
  /** For boilerplate: the chrome rule (content/vocab/page-chrome.yaml); for metadata: its kind. */
  rule: z.string().optional(),
  /** What the rule matched, in Chinese: the chrome rule's `why`, or the metadata kind's name. */
  why: z.string().optional(),
  /** The raw line. */
  text: z.string(),
});

/** The coverage ledger of one source file. */
const SourceLedgerSchema = z.object({
  file: z.string(),
  sha256: z.string(),
  encoding: z.string(),
  totalLines: z.number().int(),
  nonBlankLines: z.number().int(),
  /** Non-blank lines by role; they add up to nonBlankLines. */
  counts: z.object({ boilerplate: z.number(), metadata: z.number(), clause: z.number(), heading: z.number() }),
  lines: z.array(LedgerLineSchema),
  /** Control characters removed (other than newline and tab). */
  controlCharactersRemoved: z.number().int(),
  /** Every repair made to the file's text, with the note shown to readers. */
  repairs: z.array(RepairSchema),
  /** Lines that keep a space between two ideographs, which may stand for a lost character. */
  suspiciousSpaces: z.array(z.object({ line: z.number(), text: z.string() })),
  /** Paragraphs that repeat an earlier one word for word: both kept. */
  duplicateParagraphs: z.array(z.object({ line: z.number(), duplicateOf: z.number(), text: z.string() })),
  /** Clause numbers repeated or out of sequence: each kept under a distinct id. */
  numberingIrregularities: z.array(z.object({
    /** Raw line of the clause. */
    line: z.number(),
    /** The printed number. */
    label: z.string(),
    /** The number the sequence called for. */
    expected: z.string(),
    kind: z.enum(['repeated', 'out-of-sequence']),
    /** The distinct id the clause was given. */
    localId: z.string(),
  })),
});

/** `ingest-report.json`: what the ingest read, kept, repaired and set aside. */
export const IngestReportSchema = z.object({
  /** The data version: the first 12 hex digits of a SHA-256 over every published file (the sources by their hashes, this report as written without this field). */
  dataVersion: z.string().regex(/^[0-9a-f]{12}$/u),
  /** True when every non-blank line of every source is accounted for. */
  complete: z.boolean(),
  /** Line counts over all sources, by role. */
  totals: z.record(z.string(), z.number()),
  documents: z.number().int(),
  clauses: z.number().int(),
  targets: z.number().int(),
  links: z.number().int(),
  /** Department names no registry entry matches, with file and line (none expected). */
  unknownDepartments: z.array(z.object({ written: z.string(), province: z.string().nullable(), file: z.string(), line: z.number(), clauseId: z.string().nullable() })),
  /** Damaged runs of text, and whether a declared erratum corrected them. */
  corruptedRuns: z.array(z.object({ documentId: z.string(), line: z.number(), text: z.string(), corrected: z.boolean() })),
  /** Documents whose text ends mid-sentence. */
  truncated: z.array(z.string()),
  sources: z.array(SourceLedgerSchema),
});
