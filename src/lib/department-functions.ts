// Functions (职能) that set the bodies of different provinces side by side: which functions get a page, and where
// the departments index and a body's page link to it. The grouping is the reviewed `function` of the registry
// (department-functions.json), never read from ids or names.
import { departmentById, departmentFunctions, provinceById, provinces, type Department, type DepartmentFunction } from './atlas.ts';

/** The departments index's list of function pages. */
export const FUNCTIONS_HEADING = '按职能跨省查看';
/** A body's page: the bodies of other provinces that hold its function. */
export const COUNTERPARTS_HEADING = '其他省份的同类部门';

/** One body holding a function, with its province. */
export interface FunctionMember {
  department: Department;
  province: (typeof provinces)[number];
}

/**
 * @param id a function id
 * @returns its cross-province page URL
 */
export function functionHref(id: string): string {
  return `/departments/functions/${id}/`;
}

/**
 * @param fn a function record
 * @returns the bodies holding it, in the site's province order
 */
export function membersOf(fn: DepartmentFunction): FunctionMember[] {
  return fn.departments
    .map((id) => departmentById.get(id))
    .filter((d): d is Department => d !== undefined)
    .map((department) => ({ department, province: provinceById.get(department.province)! }))
    .sort((a, b) => provinces.indexOf(a.province) - provinces.indexOf(b.province));
}

/** Functions with a page: those held by bodies of at least two provinces (one alone compares with nothing). */
export const functionsWithPage: DepartmentFunction[] = departmentFunctions.filter((fn) => new Set(membersOf(fn).map((m) => m.province.id)).size >= 2);

/**
 * The departments index's list: each function with a page, and the provinces whose bodies hold it.
 * @returns one entry per function, in the vocabulary's order
 */
export function functionList() {
  return functionsWithPage.map((fn) => ({ fn, href: functionHref(fn.id), members: membersOf(fn) }));
}

/**
 * What a body's page says of its counterparts.
 * @param department a department record
 * @returns its function (when that has a page), the page's URL and the other provinces' bodies holding it; or null
 */
export function counterpartsOf(department: Department): { fn: DepartmentFunction; href: string; others: FunctionMember[] } | null {
  const fn = functionsWithPage.find((f) => f.id === department.function);
  if (!fn) return null;
  return { fn, href: functionHref(fn.id), others: membersOf(fn).filter((m) => m.department.id !== department.id) };
}
