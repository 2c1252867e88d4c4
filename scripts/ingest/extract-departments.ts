/** A department as printed on a clause, with its role. */
export interface WrittenDepartment {
  written: string;
  role: 'lead' | 'co' | 'inherited' | 'inferred';
}

export interface DepartmentTag {
  departments: WrittenDepartment[];
  /** Offsets of the parenthetical in the clause text. */
  start: number;
  end: number;
  /** Departments that this tag says every later clause carries (以下均需…落实，不再单独列出). */
  inheritedByLater: string[];
  /** True when the parenthetical never closes: read to the end of the clause, and reported. */
  unclosed: boolean;
}

// The responsibility parenthetical that closes a clause: （省科技厅、省教育厅…等按职责分工负责…）.
const TAG = /（([^（）]*?)(?:等)?按职责分工负责([^（）]*)(）?)$/u;
const INHERIT = /以下均需(.+?)落实[，,]?不再单独列出/u;

/**
 * Read the responsible departments printed at the end of a clause, in order; the first is the lead. A body the
 * note also says every later clause needs (以下均需各设区市相应职能部门落实) is listed in this note like the others,
 * so it keeps its place here; the clauses after carry it as `inherited`.
 * @param text clause text (normalised)
 * @returns the tag, or null when the clause prints none
 */
export function extractDepartments(text: string): DepartmentTag | null {
  const m = TAG.exec(text);
  if (!m) return null;
  const names = m[1]
    .split(/[、，,]/u)
    .map((name) => name.trim().replace(/等$/u, ''))
    .filter((name) => name !== '');
  const note = INHERIT.exec(m[2]);
  const implementing = note ? note[1] : null;
  return {
    departments: names.map((written, i) => ({ written, role: i === 0 ? 'lead' : 'co' })),
    start: m.index,
    end: m.index + m[0].length,
    inheritedByLater: implementing ? [implementing] : [],
    unclosed: m[3] === '',
  };
}
