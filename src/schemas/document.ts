import { z } from 'zod';
import { ProvinceIdSchema, DocumentKindSchema } from './manifest.ts';
import { RepairSchema, SourceRefSchema } from './provenance.ts';

/** A heading of a document's outline. */
export const SectionSchema = z.object({
  /** Anchor on the reader page: s2, s2.1, or a province id in a digest. */
  id: z.string(),
  level: z.union([z.literal(1), z.literal(2)]),
  /** Printed marker: 二、 or （一）. */
  marker: z.string(),
  title: z.string(),
  parent: z.string().nullable(),
  /** Raw source line of the heading. */
  line: z.number().int(),
  /** The province a digest section is about. */
  province: ProvinceIdSchema.nullable(),
  /** Every change from the source line to `marker` + `title` (width, spacing, simplified…); an erratum's span counts from the start of `title`. */
  repairs: z.array(RepairSchema),
});

/** A published document (`documents.json`). */
export const DocumentSchema = z.object({
  /** Stable id: province plus a short slug. */
  id: z.string(),
  kind: DocumentKindSchema,
  /** Province, or null for a digest of several (see `provinces`) or a national document. */
  province: ProvinceIdSchema.nullable(),
  provinces: z.array(ProvinceIdSchema),
  title: z.string(),
  /** A short name that tells it from the province's other texts (sources.yaml shortTitle), where space is short. */
  shortTitle: z.string().nullable(),
  /** Every printed form of the title (cover notice, repeats). */
  titleVariants: z.array(z.string()),
  /** Authors as written: signatories, the 解读机关, or the notice's issuers. */
  issuers: z.array(z.string()),
  /** Registry ids of the issuers (`province/department`), null where unresolved. */
  issuerIds: z.array(z.string().nullable()),
  /** Where the issuers come from when the file does not print them. */
  issuersBasis: z.string().nullable(),
  /** Who published this copy (may differ from the author, e.g. a republishing county site). */
  publisher: z.string().nullable(),
  /** Registry id of the publisher (`province/department`); null for a website or a name the registry lacks. */
  publisherId: z.string().nullable(),
  /** The interpreting body of a 解读. */
  interpreter: z.string().nullable(),
  /** 文号. */
  docNumber: z.string().nullable(),
  /** ISO date of issue or publication. */
  date: z.string().nullable(),
  /** First year of the plan period. */
  periodStart: z.number().nullable(),
  /** Last year of the plan period. */
  periodEnd: z.number().nullable(),
  /** Id of the document this one interprets. */
  interprets: z.string().nullable(),
  /** True when the source text ends mid-sentence. */
  truncated: z.boolean(),
  /** Every metadata field the source prints, by field name (索引号 → indexNumber …). */
  metadata: z.record(z.string(), z.string()),
  sections: z.array(SectionSchema),
  /** The raw source, or null for a document known only by reference. */
  source: SourceRefSchema.nullable(),
  /** For a referenced document: where the corpus names or summarises it. */
  knownFrom: z.object({ documentId: z.string(), sectionId: z.string().nullable(), clauseId: z.string().nullable(), quote: z.string() }).nullable(),
  aliases: z.array(z.string()),
  abbreviations: z.record(z.string(), z.string()),
  /** Data-quality notes shown on the page: truncation, corrupted runs, errata. */
  notes: z.array(z.string()),
  corruptedRuns: z.array(z.object({ line: z.number(), text: z.string(), corrected: z.boolean() })),
});
export type AtlasDocument = z.output<typeof DocumentSchema>;
