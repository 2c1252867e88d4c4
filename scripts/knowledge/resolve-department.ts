import type { DepartmentEntry, DepartmentRegistry, ProvinceId } from '../../src/schemas/department.ts';

const indexes = new WeakMap<DepartmentRegistry, Map<ProvinceId, Map<string, DepartmentEntry>>>();

/** @returns every written form (name, short, aliases) of a province's departments, in registry order, with its entry; made once per registry and province */
export function writtenFormsOf(registry: DepartmentRegistry, province: ProvinceId): Map<string, DepartmentEntry> {
  let byProvince = indexes.get(registry);
  if (!byProvince) {
    byProvince = new Map();
    indexes.set(registry, byProvince);
  }
  let forms = byProvince.get(province);
  if (!forms) {
    forms = new Map();
    for (const entry of registry.provinces[province]?.departments ?? []) {
      for (const written of [entry.name, entry.short, ...entry.aliases]) {
        // The loader rejects a written form shared by two entries; keep the first regardless.
        if (!forms.has(written)) forms.set(written, entry);
      }
    }
    byProvince.set(province, forms);
  }
  return forms;
}

/**
 * Resolves a department as written in a province's text; exact match on name, short form or alias after trimming.
 * @param registry validated departments registry
 * @param province province whose text names the department (省科技厅 means a different body per province)
 * @param written the name as written, e.g. 省科技厅
 * @returns the registry entry, or undefined when the name is not registered (no fuzzy guessing)
 */
export function resolveDepartment(registry: DepartmentRegistry, province: ProvinceId, written: string): DepartmentEntry | undefined {
  return writtenFormsOf(registry, province).get(written.trim());
}

/**
 * @param registry validated departments registry
 * @param province province whose text prints the name
 * @param written the name as printed
 * @returns true when the registry lists the name as deliberately tied to no department
 */
export function isUnmapped(registry: DepartmentRegistry, province: ProvinceId, written: string): boolean {
  return (registry.provinces[province]?.unmapped ?? []).some((u) => u.written === written.trim());
}

/**
 * Lists the names that do not resolve in a province, for ingest warnings.
 * @param registry validated departments registry
 * @param province province whose text names the departments
 * @param names names as written
 * @returns the unresolved names, trimmed, each once, in input order
 */
export function listUnknownDepartments(registry: DepartmentRegistry, province: ProvinceId, names: readonly string[]): string[] {
  const unknown = new Set<string>();
  for (const name of names) {
    if (!resolveDepartment(registry, province, name)) unknown.add(name.trim());
  }
  return [...unknown];
}
