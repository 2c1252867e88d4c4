import type { AtlasClause, Target } from './atlas.ts';

/** One run of a clause's text and what it is: plain text, a quantified target, a highlighted term, or the department parenthetical. */
export interface ClauseSpan {
  text: string;
  kind: 'plain' | 'target' | 'term' | 'dept';
  /** The target's id, for a target span. */
  targetId?: string;
}

/**
 * Cuts a clause's text into runs so a card can mark targets, terms (e.g. a sector's name) and the printed department note.
 * Targets win over terms, because a target is the most specific reading; terms are not marked inside the department
 * note, since 省知识产权局 names a department, not the 知识产权 instrument.
 * @param clause the clause
 * @param targets the clause's targets (offsets into its text)
 * @param terms literal words to highlight wherever they occur
 * @returns the runs, in order; joined, they give back the clause text exactly
 */
export function clauseSpans(clause: Pick<AtlasClause, 'text' | 'departmentTag'>, targets: Pick<Target, 'id' | 'start' | 'end'>[] = [], terms: string[] = []): ClauseSpan[] {
  const { text } = clause;
  const labels: string[] = new Array(text.length).fill('');
  const paint = (start: number, end: number, label: string, over = (_: string) => true) => {
    for (let i = Math.max(0, start); i < Math.min(text.length, end); i++) if (over(labels[i])) labels[i] = label;
  };
  if (clause.departmentTag) paint(clause.departmentTag.start, clause.departmentTag.end, 'dept');
  // Shorter terms first: a longer term painted later wins, so 人形机器人 stays whole around 机器人.
  for (const term of [...new Set(terms)].filter(Boolean).sort((a, b) => a.length - b.length)) {
    for (let at = text.indexOf(term); at !== -1; at = text.indexOf(term, at + term.length)) paint(at, at + term.length, 'term', (held) => held !== 'dept');
  }
  for (const target of targets) {
    if (text.slice(target.start, target.end).length === target.end - target.start) paint(target.start, target.end, `t:${target.id}`);
  }
  const spans: ClauseSpan[] = [];
  for (let i = 0; i < text.length; ) {
    let j = i + 1;
    while (j < text.length && labels[j] === labels[i]) j++;
    const label = labels[i];
    const span: ClauseSpan = label.startsWith('t:')
      ? { text: text.slice(i, j), kind: 'target', targetId: label.slice(2) }
      : { text: text.slice(i, j), kind: (label || 'plain') as ClauseSpan['kind'] };
    spans.push(span);
    i = j;
  }
  return spans;
}
