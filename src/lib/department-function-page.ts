// A function's cross-province page (/departments/functions/<id>/): per province, the body that holds the function,
// its clauses by role, and, where it holds no duty, what it is in the texts instead.
import { departmentHref, documentById, type DepartmentFunction } from './atlas.ts';
import { CARD_CAP } from './clause-list.ts';
import { noDutyNote, roleGroups, DUTY_SOURCE } from './department-page.ts';
import { functionsWithPage, membersOf, FUNCTIONS_HEADING } from './department-functions.ts';
import { clauseCount } from './province-page.ts';

export { DUTY_SOURCE, FUNCTIONS_HEADING };

/** @returns the route of each function page, for getStaticPaths */
export function functionPaths() {
  return functionsWithPage.map((fn) => ({ params: { fn: fn.id }, props: { fn } }));
}

/**
 * Everything a function page shows.
 * @param fn the function record
 * @param cap rows shown per list; the rest are on the body's role subpage
 * @returns the function, and per province its body with its role lists (non-empty ones, capped), clause total,
 *   documents and, where it holds no duty, a sentence saying so
 */
export function functionPage(fn: DepartmentFunction, cap = CARD_CAP) {
  const members = membersOf(fn).map(({ department, province }) => {
    const documents = department.documents.map((id) => documentById.get(id)).filter((d) => d !== undefined);
    const total = clauseCount(department);
    return {
      department,
      province,
      href: departmentHref(department.id),
      total,
      documents,
      lists: roleGroups(department, cap).filter((list) => list.clauses.length > 0),
      noDuty: total === 0 ? noDutyNote(department, documents) : null,
    };
  });
  return { fn, members, withDuties: members.filter((m) => m.total > 0) };
}
