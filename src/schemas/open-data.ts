import { z } from 'zod';
import { DepartmentKindSchema, ProvinceIdSchema } from './department.ts';
import { ProvincePrioritiesSchema } from './sector.ts';

const RoleCountsSchema = z.object({ lead: z.number(), co: z.number(), inherited: z.number(), inferred: z.number() });

/** A department with the clauses it carries (`departments.json`). */
export const DepartmentRecordSchema = z.object({
  /** `province/slug`: the URL is /departments/<province>/<slug>/. */
  id: z.string(),
  province: ProvinceIdSchema,
  slug: z.string(),
  /** Canonical full name. */
  name: z.string(),
  short: z.string(),
  aliases: z.array(z.string()),
  kind: DepartmentKindSchema,
  /** Its 职能, an id of department-functions.json shared with its counterparts in other provinces; null for a body with none. */
  function: z.string().nullable(),
  note: z.string().nullable(),
  /** Clause counts by role. */
  counts: RoleCountsSchema,
  /** Clause ids by role. */
  clauses: z.object({ lead: z.array(z.string()), co: z.array(z.string()), inherited: z.array(z.string()), inferred: z.array(z.string()) }),
  /** Documents it issued, interpreted or published. */
  documents: z.array(z.string()),
  /** Clauses whose text names it outside their responsibility note (clauses.json mentions), each once: no duty. */
  mentions: z.array(z.string()),
  /** Departments most often listed with it in the same responsibility note (lead and co roles only). */
  partners: z.array(z.object({ id: z.string(), shared: z.number() })),
});

/** A function (职能) that sets counterpart bodies of different provinces side by side (`department-functions.json`). */
export const DepartmentFunctionRecordSchema = z.object({
  /** Function id, as departments.json `function` names it; the page is /departments/functions/<id>/. */
  id: z.string(),
  /** Chinese name, e.g. 科技部门. */
  name: z.string(),
  /** Which bodies count as holding it. */
  note: z.string(),
  /** The departments.json ids of the bodies holding it, one per province at most, in the registry's province order. */
  departments: z.array(z.string()),
});

/** A sector with where it appears (`sectors.json` → sectors). */
export const SectorRecordSchema = z.object({
  id: z.string(),
  name: z.string(),
  /** Top-level direction id; a direction is its own parent. */
  parent: z.string(),
  aliases: z.array(z.string()),
  /** Words readers use for the field that no held text writes (6G); never matched. */
  readerTerms: z.array(z.string()),
  /** Why a field that is no future-industry direction is listed, and where it is placed. */
  note: z.string().nullable(),
  /** Tagged clause ids per province. */
  clausesByProvince: z.record(z.string(), z.array(z.string())),
  /** Provinces that list it as a priority. */
  priorityOf: z.array(ProvinceIdSchema),
});
export const SectorsFileSchema = z.object({ sectors: z.array(SectorRecordSchema), priorities: z.array(ProvincePrioritiesSchema) });

/** A policy measure with where it is used (`measures.json`). */
export const MeasureRecordSchema = z.object({
  id: z.string(),
  name: z.string(),
  description: z.string(),
  /** Tagged clause ids per province. */
  clausesByProvince: z.record(z.string(), z.array(z.string())),
});
