import { z } from 'zod';

/** Provinces (and the municipality of Chongqing) the corpus covers. */
export const ProvinceIdSchema = z.enum(['jiangsu', 'anhui', 'guangdong', 'hubei', 'chongqing', 'gansu', 'jiangxi']);
export type ProvinceId = z.output<typeof ProvinceIdSchema>;

/** What sort of body a department is; drives grouping on the site. */
export const DepartmentKindSchema = z.enum([
  'government-department',
  'government',
  /** A people's congress standing committee: it makes local law, not administrative documents. */
  'legislature',
  'party-organ',
  'central-branch',
  'public-institution',
  'state-owned-enterprise',
  'coordination-mechanism',
  'local-governments',
]);
export type DepartmentKind = z.output<typeof DepartmentKindSchema>;

/** A written form: trimmed, non-empty, no inner whitespace (exact matching relies on it). */
const WrittenNameSchema = z.string().trim().min(1).regex(/^\S+$/, 'a department name contains no whitespace');

/** One department (or body) that policy texts name as issuer, author or responsible unit. */
export const DepartmentEntrySchema = z.strictObject({
  /** Short ascii slug, unique within its province. */
  id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'id must be a kebab-case ascii slug'),
  /** Canonical full name, e.g. 江苏省科学技术厅. */
  name: WrittenNameSchema,
  /** The usual short form inside the province's own documents, e.g. 省科技厅. */
  short: WrittenNameSchema,
  /** Every other written form seen in the corpus. */
  aliases: z.array(WrittenNameSchema).default([]),
  /** What sort of body this is. */
  kind: DepartmentKindSchema,
  /**
   * Its 职能: an id of content/vocab/department-functions.yaml, shared with its counterparts in other provinces
   * (the site sets them side by side). Only a body with a counterpart has one; the build checks the id exists.
   */
  function: z.string().optional(),
  /** Why the entry exists or how it is to be read, when not obvious. */
  note: z.string().optional(),
});
export type DepartmentEntry = z.output<typeof DepartmentEntrySchema>;

/** One province's registry. */
export const ProvinceDepartmentsSchema = z.strictObject({
  /** The province's own name, e.g. 江苏省. */
  name: z.string().min(1),
  /** Departments of (or acting in) this province. */
  departments: z.array(DepartmentEntrySchema).min(1),
  /**
   * Names the corpus prints that no text ties to one department (a 发布机构 such as 江苏科技): they
   * resolve to none on purpose, so no page attributes them, and the build does not report them as unknown.
   */
  unmapped: z.array(z.strictObject({ written: WrittenNameSchema, why: z.string().min(1) })).default([]),
});
export type ProvinceDepartments = z.output<typeof ProvinceDepartmentsSchema>;

/** The whole registry file `content/vocab/departments.yaml`, keyed by province id. */
export const DepartmentRegistrySchema = z.strictObject({
  /** Registries per province; every province id must be present. */
  provinces: z.record(ProvinceIdSchema, ProvinceDepartmentsSchema),
});
export type DepartmentRegistry = z.output<typeof DepartmentRegistrySchema>;
