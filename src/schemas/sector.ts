import { z } from 'zod';
import { ProvinceIdSchema } from './department.ts';

const SlugSchema = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'id must be a kebab-case ascii slug');

/** One future-industry sector: a top-level MIIT direction (no parent) or a field under one. */
export const SectorSchema = z.strictObject({
  /** Kebab-case ascii id, unique in the file. */
  id: SlugSchema,
  /** Canonical Chinese name, e.g. 人形机器人. */
  name: z.string().trim().min(1),
  /** Id of the top-level direction; absent for the six top-level directions. */
  parent: SlugSchema.optional(),
  /** Other written forms that mean the same sector; matched literally. */
  aliases: z.array(z.string().trim().min(1)).default([]),
  /**
   * Words readers type for the field that no held text writes (6G), so never matched or searched as synonyms: a search
   * that finds nothing for one says the texts lack the word and points to this sector's page. Default none.
   */
  readerTerms: z.array(z.string().trim().min(1)).default([]),
  /** For a field that is no future-industry direction in MIIT's sense: why it is listed and where it is placed. */
  note: z.string().optional(),
});
export type Sector = z.output<typeof SectorSchema>;

/** One sector a province names as a priority, as written there. */
export const PrioritySectorSchema = z.strictObject({
  /** Id of the sector in `sectors`. */
  sector: SlugSchema,
  /** The exact words the province uses for it (a substring of the priority's quote). */
  as: z.string().min(1),
  /** The province's own grouping, e.g. 成长型 / 前沿性 (Jiangsu) or 未来制造 (Gansu). */
  group: z.string().min(1).optional(),
});
export type PrioritySector = z.output<typeof PrioritySectorSchema>;

/** A province's list of priority sectors, with its provenance. */
export const ProvincePrioritiesSchema = z.strictObject({
  /** Province id. */
  province: ProvinceIdSchema,
  /** Title of the policy the priorities come from, as the source names it. */
  policy: z.string().min(1),
  /** Source file name inside `content/sources/`, as a clause's `source.file` gives it (published under /data/sources/). */
  source: z.string().regex(/^[^/]+\.txt$/),
  /** 1-based line number in the raw source file. */
  line: z.number().int().positive(),
  /** Exact quote (simplified characters, normalised punctuation) from that line. */
  quote: z.string().min(1),
  /** The sectors named, in the order of the quote; may be empty when the text names none. */
  sectors: z.array(PrioritySectorSchema),
  /** Caveats: what the text does not say, how a reading was chosen. */
  note: z.string().optional(),
});
export type ProvincePriorities = z.output<typeof ProvincePrioritiesSchema>;

/** The whole file `content/vocab/sectors.yaml`. */
export const SectorVocabSchema = z.strictObject({
  /** Top-level directions and the fields under them. */
  sectors: z.array(SectorSchema).min(1),
  /** Priority lists per province. */
  priorities: z.array(ProvincePrioritiesSchema),
});
export type SectorVocab = z.output<typeof SectorVocabSchema>;
