import { z } from 'zod';

import { ProvinceIdSchema } from './department.ts';

export { ProvinceIdSchema };

/** Document kinds: a plan (方案/意见/决定/通知), its interpretation (解读), a news digest, or a document known only by reference. */
export const DocumentKindSchema = z.enum(['plan', 'interpretation', 'digest', 'referenced']);

/** A document the corpus names but does not contain, declared with facts checked against the citing text. */
export const ReferencedDocumentSchema = z.object({
  /** Stable id: province plus short slug. */
  id: z.string().regex(/^[a-z0-9-]+$/),
  province: ProvinceIdSchema.nullable(),
  /** Title as printed (simplified, full-width punctuation). */
  title: z.string(),
  /** Issuing bodies as written; a joint issue keeps its count (甘肃省工信厅等7部门). Only what the citing text says issued it. */
  issuers: z.array(z.string()).default([]),
  /** Where the citing text says it was published, when it names no issuer (广东省政府官网). */
  publisher: z.string().optional(),
  /** Issue date, ISO yyyy-mm-dd, when the text gives it. */
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).nullable().default(null),
  /** A phrase that must occur in the citing section: keeps the declaration honest. */
  quote: z.string(),
  /** Alternative titles that resolve to this document (abbreviations, titles without the issuer prefix). */
  aliases: z.array(z.string()).default([]),
});

/** One entry of `content/sources/sources.yaml`: what a raw source file is. */
export const SourceManifestEntrySchema = z.object({
  /** File name inside `content/sources/`. */
  file: z.string(),
  /** Stable document id: province plus short slug. */
  id: z.string().regex(/^[a-z0-9-]+$/),
  kind: DocumentKindSchema,
  /** Province, or null for a digest covering several. */
  province: ProvinceIdSchema.nullable(),
  /** The title the document is known by (the plan's own title, not the cover notice's). */
  title: z.string(),
  /** A few characters that tell it from the province's other texts where space is short (the compare table): 三年行动方案. */
  shortTitle: z.string().optional(),
  /** Bodies that issued the policy, as written; for a plan without a metadata block, taken from its notice. */
  issuers: z.array(z.string()).default([]),
  /** Where `issuers` comes from when not from the file itself. */
  issuersBasis: z.string().optional(),
  /** Who published this copy, when the file's own metadata names the author instead (a republishing site). */
  publisher: z.string().optional(),
  /** Date of the document, ISO; overrides nothing the file states, only fills what it lacks. */
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).nullable().default(null),
  /** First year of the plan's period (2024 for 2024-2026年): where a yearly target (每年…) starts. */
  periodStart: z.number().int().nullable().default(null),
  /** Last year of the plan's period, for targets without an explicit deadline. */
  periodEnd: z.number().int().nullable().default(null),
  /** Writing system of the raw text: `traditional-pinyin` is stripped of inline pinyin, then converted with OpenCC. */
  script: z.enum(['simplified', 'traditional-pinyin']).default('simplified'),
  /** Id of the document this one interprets (for kind interpretation). */
  interprets: z.string().optional(),
  /** Documents declared by this source: those it summarises (digest) or explains (interpretation) without containing them. */
  references: z.array(ReferencedDocumentSchema).default([]),
  /** Abbreviations used without a (以下简称…) declaration, mapped to a title. */
  abbreviations: z.record(z.string(), z.string()).default({}),
  /** Other titles of this document that citations use. */
  aliases: z.array(z.string()).default([]),
});
export type SourceManifestEntry = z.output<typeof SourceManifestEntrySchema>;

export const SourceManifestSchema = z.array(SourceManifestEntrySchema);
