// A function's cross-province page (/departments/functions/<id>/): per province, the body that holds the function,
// its clauses by role, and, where it holds no duty, what it is in the texts instead.
import { departmentHref, documentById, type AtlasDocument, type Department, type DepartmentFunction } from './atlas.ts';
import { CARD_CAP } from './clause-list.ts';
import { roleGroups, DUTY_SOURCE } from './department-page.ts';
import { functionsWithPage, membersOf, FUNCTIONS_HEADING } from './department-functions.ts';
import { clauseCount } from './province-page.ts';

export { DUTY_SOURCE, FUNCTIONS_HEADING };

/** @returns the route of each function page, for getStaticPaths */
export function functionPaths() {
  return functionsWithPage.map((fn) => ({ params: { fn: fn.id }, props: { fn } }));
}

/**
 * What a function page says of a body that no responsibility note lists, so a reader does not take its empty lists
 * for missing data: the documents it issued, interpreted or published, the clauses that only mention it, or neither.
 * @param department the body
 * @param documents the documents it issued, interpreted or published
 * @returns one sentence
 */
export function noDutyNote(department: Department, documents: readonly AtlasDocument[]): string {
  const mentioned = department.mentions.length;
  const parts = ['没有条款的责任括注列出它，它名下没有分工'];
  if (documents.length > 0) parts.push(`它是下列${documents.length}份文件的发文、解读或发布机关`);
  if (mentioned > 0) parts.push(`另有${mentioned}条条款的正文提到它，这是原文的叙述，不是分工`);
  if (documents.length === 0 && mentioned === 0) parts.push(`本站也没有登记由它发文、解读或发布的文件，或提及它的条款${department.note ? '；它在收录文本中出现的情形见上方说明' : ''}`);
  return `${parts.join('；')}。`;
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
