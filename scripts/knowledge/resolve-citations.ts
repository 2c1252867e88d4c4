import { createHash } from 'node:crypto';
import type { IngestedClause, IngestedDocument } from '../ingest/ingest-source.ts';

/** A 《title》 in a clause, resolved to a document of the corpus or to a referenced node. */
export interface Citation {
  clauseId: string;
  documentId: string;
  /** The title between the brackets, as printed. */
  title: string;
  /** Offsets of 《…》 (brackets included) in the clause text. */
  start: number;
  end: number;
  /** Id of the cited document. */
  to: string;
  /** How it resolved: a title or alias, an abbreviation declared in the text (以下简称) or in the manifest, or a new referenced node. */
  via: 'title' | 'alias' | 'abbreviation' | 'new-reference';
  /** True when the sentence says the citing text implements it (为深入落实《…》). */
  implements: boolean;
}

const TITLE = /《([^《》]+)》/gu;
const ABBREVIATION = /《([^《》]+)》[^《》]{0,12}?（以下简称《([^《》]+)》）/gu;
const IMPLEMENTS = /(为)?(深入)?(贯彻)?落实((《[^《》]+》)+(和|、)?)+$/u;

/** @returns a title reduced for comparison: no 省政府/江苏省 prefixes' punctuation differences */
function key(title: string): string {
  return title.replace(/[（(].*?[)）]/gu, (m) => m.replace(/[—–-]/gu, '-')).replace(/\s/gu, '');
}

/**
 * Resolve every 《title》 in the clauses to a document, creating referenced nodes for titles the corpus lacks.
 * Abbreviations resolve through a (以下简称《…》) declaration earlier in the same document, or the manifest's list.
 * @param documents all documents (referenced ones included); new referenced nodes are appended
 * @param clauses all clauses
 * @returns citations in clause order
 */
export function resolveCitations(documents: IngestedDocument[], clauses: IngestedClause[]): Citation[] {
  const byTitle = new Map<string, { id: string; via: 'title' | 'alias' }>();
  const add = (title: string, id: string, via: 'title' | 'alias') => {
    if (!byTitle.has(key(title))) byTitle.set(key(title), { id, via });
  };
  for (const d of documents) add(d.title, d.id, 'title');
  for (const d of documents) for (const t of [...d.titleVariants, ...d.aliases]) add(t, d.id, 'alias');
  const documentById = new Map(documents.map((d) => [d.id, d]));
  const citations: Citation[] = [];
  const declared = new Map<string, Map<string, string>>();
  // Full titles cited so far in each document, newest last: 该《决定》 after 《…关于…的决定》 means that one.
  const recent = new Map<string, string[]>();

  for (const clause of clauses) {
    const document = documentById.get(clause.documentId)!;
    let abbreviations = declared.get(document.id);
    if (!abbreviations) {
      abbreviations = new Map(Object.entries(document.abbreviations));
      declared.set(document.id, abbreviations);
    }
    for (const m of clause.text.matchAll(ABBREVIATION)) abbreviations.set(m[2], m[1]);
    for (const m of clause.text.matchAll(TITLE)) {
      const title = m[1];
      let via: Citation['via'];
      let to: string;
      const cited = recent.get(document.id) ?? [];
      const expanded = abbreviations.get(title) ?? (isAbbreviation(title) ? cited.findLast((t) => t.endsWith(title) && t !== title) : undefined);
      const direct = byTitle.get(key(title));
      if (direct && !expanded) {
        ({ id: to, via } = direct);
      } else if (expanded && byTitle.has(key(expanded))) {
        to = byTitle.get(key(expanded))!.id;
        via = 'abbreviation';
      } else {
        to = referencedId(document.province ?? clause.province, expanded ?? title);
        via = 'new-reference';
        if (!documentById.has(to)) {
          const node = referencedNode(to, expanded ?? title, document.province ?? clause.province, clause);
          documents.push(node);
          documentById.set(to, node);
          add(node.title, to, 'title');
        }
      }
      if (!isAbbreviation(title)) recent.set(document.id, [...cited, title]);
      if (to === document.id) continue;
      const before = clause.text.slice(0, m.index + m[0].length);
      citations.push({
        clauseId: clause.id, documentId: document.id, title, start: m.index, end: m.index + m[0].length, to, via,
        implements: IMPLEMENTS.test(before.slice(before.lastIndexOf('，') + 1)),
      });
    }
  }
  return citations;
}

/** A bare document-type word used as a short name: 《方案》《通知》《决定》《行动方案》. */
function isAbbreviation(title: string): boolean {
  return title.length <= 6 && /(方案|通知|决定|意见|规划|办法)$/u.test(title);
}

function referencedId(province: string | null, title: string): string {
  return `${province ?? 'national'}-ref-${createHash('sha256').update(title).digest('hex').slice(0, 8)}`;
}

function referencedNode(id: string, title: string, province: string | null, clause: IngestedClause): IngestedDocument {
  return {
    id, kind: 'referenced', province, provinces: province ? [province] : [], title, shortTitle: null, titleVariants: [], issuers: [], issuersBasis: null,
    publisher: null, interpreter: null, docNumber: null, date: null, periodStart: null, periodEnd: null, interprets: null, truncated: false, metadata: {},
    sections: [], source: null, knownFrom: { documentId: clause.documentId, sectionId: clause.path[0] ?? null, clauseId: clause.id, quote: `《${title}》` },
    aliases: [], abbreviations: {}, notes: [], corruptedRuns: [],
  };
}
