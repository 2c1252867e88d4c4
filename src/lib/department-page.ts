import { clauseById, departmentById, departments, documentById, provinces, DEPARTMENT_ROLES, ROLE_LABEL, type AtlasClause, type AtlasDocument, type Department } from './atlas.ts';
import { MENTION_LABEL, MENTION_NOTE, ROLE_NOTE } from './labels.ts';
import { clauseCount } from './province-page.ts';
import { CARD_CAP, capGroup } from './clause-list.ts';
import { counterpartsOf } from './department-functions.ts';

export { functionList, COUNTERPARTS_HEADING, FUNCTIONS_HEADING } from './department-functions.ts';

const ROLES = DEPARTMENT_ROLES;
/** A department page's lists: its four roles, then the clauses that only mention it. */
const LISTS = [...ROLES, 'mentioned'] as const;
type List = (typeof LISTS)[number];

const LIST_LABEL: Record<List, string> = { ...(ROLE_LABEL as Record<(typeof ROLES)[number], string>), mentioned: MENTION_LABEL };
const LIST_NOTE: Record<List, string> = { ...(ROLE_NOTE as Record<(typeof ROLES)[number], string>), mentioned: MENTION_NOTE };

/**
 * Where the site reads duties from, said where a body carries none (its department page, its province page). A text
 * may still say what such a body does (the roundup: 各区县经信部门 file applications, line 24): that is not a duty here.
 */
export const DUTY_SOURCE = '本站按条款的责任括注（如“……按职责分工负责”）标注分工。';

/**
 * What a body that no responsibility note lists is in the texts instead, so a reader does not take its empty lists for
 * missing data: the clauses that only mention it (listed below it), the documents it issued, interpreted or published,
 * or neither. One wording for its own page and the function pages.
 * @param department the body
 * @param documents the documents it issued, interpreted or published
 * @returns two sentences
 */
export function noDutyNote(department: Department, documents: readonly AtlasDocument[]): string {
  const mentioned = department.mentions.length;
  const mentions = mentioned > 0 ? `；正文提到它的条款有${mentioned}条，列在下方“${MENTION_LABEL}的条款”` : '';
  const known = documents.length > 0
    ? `它是下列${documents.length}份文件的发文、解读或发布机关。`
    : `本站也没有登记由它发文、解读或发布的文件${department.note ? '；它在收录文本中出现的情形见上方说明' : ''}。`;
  return `这个机关不在收录文本的任何责任括注中，没有条款挂在它名下；正文中写到它做的事，本站不计为分工${mentions}。${known}`;
}

/**
 * @param department the department record
 * @param list a role, or the clauses that mention it
 * @returns the department's clauses in that list, in order
 */
function clausesIn(department: Department, list: List): AtlasClause[] {
  const ids = list === 'mentioned' ? department.mentions : department.clauses[list];
  return ids.map((id) => clauseById.get(id)).filter((c): c is AtlasClause => Boolean(c));
}

/**
 * A department's clauses by role, then the clauses that only mention it (shown only when there are some).
 * @param department the department record
 * @param cap cards shown per list; the rest are on the list's subpage
 * @returns each list with its label, note, clauses, the first `cap` of them, the count and subpage of the rest
 */
export function roleGroups(department: Department, cap = CARD_CAP) {
  return LISTS.map((role) => {
    const clauses = clausesIn(department, role);
    return { role, label: LIST_LABEL[role], note: LIST_NOTE[role], clauses, ...capGroup(clauses, cap), allHref: `/departments/${department.id}/${role}/` };
  }).filter((list) => list.role !== 'mentioned' || list.clauses.length > 0);
}

/**
 * Everything a department page shows.
 * @param department the department record
 * @param cap cards shown per role; the rest are on the role's subpage
 * @returns its clauses by role (with counts; the first `cap` shown, the count and subpage of the rest), the documents it
 *   issued or published, its most frequent partners, and its counterparts in other provinces
 */
export function departmentPage(department: Department, cap = CARD_CAP) {
  const province = provinces.find((p) => p.id === department.province)!;
  return {
    department,
    province,
    // The four roles, then the mentions, which no duty backs.
    roles: roleGroups(department, cap),
    total: clauseCount(department),
    documents: department.documents.map((id) => documentById.get(id)).filter((d) => d !== undefined),
    partners: department.partners
      .map((p) => ({ partner: departmentById.get(p.id), shared: p.shared }))
      .filter((p): p is { partner: Department; shared: number } => p.partner !== undefined)
      .slice(0, 8),
    /** The bodies of other provinces that share its function (职能), or null when it has none with a page. */
    counterparts: counterpartsOf(department),
  };
}

/**
 * Departments per province for the index: those with clauses first, by clauses led, then by all clauses.
 * @returns one group per province that has departments
 */
export function departmentIndex() {
  return provinces
    .map((province) => ({
      province,
      departments: departments
        .filter((d) => d.province === province.id)
        .map((department) => ({ department, total: clauseCount(department) }))
        .sort((a, b) => b.department.counts.lead - a.department.counts.lead || b.total - a.total),
    }))
    .filter((g) => g.departments.length > 0);
}

/**
 * The role subpages of the department pages: one list per department and role with more clauses than the page shows.
 * @param cap cards a department page shows per role
 * @returns route params and what the subpage lists (the role's clauses in full, its label and note)
 */
export function departmentRoleLists(cap = CARD_CAP) {
  return departments.flatMap((department) =>
    LISTS.map((role) => ({ role, clauses: clausesIn(department, role) }))
      .filter((r) => r.clauses.length > cap)
      .map((r) => ({
        params: { province: department.province, id: department.slug, role: r.role },
        department,
        province: provinces.find((p) => p.id === department.province)!,
        role: r.role,
        label: LIST_LABEL[r.role],
        note: LIST_NOTE[r.role],
        clauses: r.clauses,
      })),
  );
}
