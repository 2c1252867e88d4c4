import { z } from 'zod';
import { ProvinceIdSchema } from './manifest.ts';
import { ProvenanceSchema, RepairSchema } from './provenance.ts';

/** The roles a department holds on a clause, in the order pages list them. */
export const DEPARTMENT_ROLES = ['lead', 'co', 'inherited', 'inferred'] as const;

/** Whether a role is one the clause's responsibility note prints (牵头, 配合), not one carried over or inferred. */
export const listedInNote = (role: string): boolean => role === 'lead' || role === 'co';

/** A department responsible for a clause, with its role. */
export const ClauseDepartmentSchema = z.object({
  /** Registry id `province/department`, or null when the registry lacks the name (reported by the build). */
  id: z.string().nullable(),
  /** Canonical name from the registry. */
  name: z.string(),
  /** The name exactly as printed. */
  written: z.string(),
  /** lead: printed first; co: printed after; inherited: carried from an earlier “以下均需…” note; inferred: the lead issuer, on a plan's numbered tasks where no clause of it has a note. */
  role: z.enum(DEPARTMENT_ROLES),
});

/** A registered department the clause's text names outside its responsibility note: a mention, not a duty. */
export const ClauseMentionSchema = z.object({
  /** Registry id `province/department`. */
  id: z.string(),
  /** Canonical name from the registry. */
  name: z.string(),
  /** The name exactly as printed. */
  written: z.string(),
  /** UTF-16 offsets of the name in `text`, end exclusive. */
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
});

/** A published clause (`clauses.json`). */
export const ClauseSchema = z.object({
  /** `documentId/anchor`: the anchor is the printed number (c3) or a position path (s1-g2, s3-e1, p1). */
  id: z.string(),
  documentId: z.string(),
  province: ProvinceIdSchema.nullable(),
  /** Printed label: 3, ——, 一是, （一）, or empty. */
  label: z.string(),
  /** Marker as printed at the start of the text. */
  marker: z.string(),
  /** The short title sentence the clause opens with, or empty. */
  heading: z.string(),
  /** Section anchors from the outermost in. */
  path: z.array(z.string()),
  /** Full clause text, normalised (see the ingest report for each repair). */
  text: z.string(),
  departments: z.array(ClauseDepartmentSchema),
  /** Registered departments the text names outside its responsibility note, each occurrence in order. */
  mentions: z.array(ClauseMentionSchema),
  /** Offsets of the printed department parenthetical in `text`. */
  departmentTag: z.object({ start: z.number(), end: z.number(), unclosed: z.boolean() }).nullable(),
  /** Sector ids (`sectors.json`). */
  sectors: z.array(z.string()),
  /** Measure ids (`measures.json`). */
  measures: z.array(z.string()),
  /** Why each tag: the words of the text that gave it, by sector id and by measure id, in text order. */
  tagWords: z.object({ sectors: z.record(z.string(), z.array(z.string())), measures: z.record(z.string(), z.array(z.string())) }),
  /** Target ids (`targets.json`). */
  targets: z.array(z.string()),
  /** 《titles》 in the text and the documents they resolve to. */
  citations: z.array(z.object({ to: z.string(), title: z.string(), start: z.number(), end: z.number() })),
  source: ProvenanceSchema,
  repairs: z.array(RepairSchema),
});
export type AtlasClause = z.output<typeof ClauseSchema>;
