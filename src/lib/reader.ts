// The reader's text of a document: its MDX file rendered with the atlas's clause metadata.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ElementContent } from 'hast';
import { h } from 'hastscript';
import { anchorLabel, anchorName, shortName, sourceHref, breaksOffAt, firstStatementOf, clauseById, clauseCaveats, clausesByDocument, knownFromClause, otherStatementsOf, targetAnchor, sectionLabelOf, linksFrom, linksTo, hrefOf, documentById, sectorById, measureById, targetById, targetAction, targetAmount, targetHedge, targetYearLabel, targets, wholeWithParts, ROLE_LABEL, departmentHref, chipName, mentionChips, type AtlasClause, type Link, type Target } from './atlas.ts';
import { clauseLocator, clauseName, NAME_LENGTH, sourceLines } from './clause-list.ts';
import { MENTION_CHIP_LABEL, provinceLabel, tagEvidence } from './labels.ts';
import { asSentence, correctedRuns, correctionShown, normalisationNotes, NOTED_ALONE, sharedNormalisations } from './repair-notes.ts';
import { renderMdx, type ClauseMark, type ReaderData } from './mdx-reader.ts';
import { nameOf, partOfNote, partsNote, type TargetNote } from './target-parts.ts';

const mdxDir = process.env.ATLAS_MDX_DIR || join(process.cwd(), 'content/documents');

/**
 * @param documentId the id of a document with text (the ingest writes MDX for every kind but `referenced`)
 * @returns the reader HTML of `<id>.mdx` in the MDX folder
 */
export function readerHtml(documentId: string): string {
  const file = join(mdxDir, `${documentId}.mdx`);
  let mdx: string;
  try {
    mdx = readFileSync(file, 'utf8');
  } catch (error) {
    // A stale or partial MDX folder must stop the build, not show a document as if it had no text.
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') throw new Error(`${file} is missing: documents.json lists ${documentId} as a document with text; run npm run ingest`);
    throw error;
  }
  return renderMdx(mdx, file, { ...atlasReaderData, sectionMeta: (sectionId) => sectionMeta(`${documentId}/${sectionId}`) });
}

/** Targets printed in a heading (（一）着力推进100项重大前沿技术攻关), by `document/section`. */
const headingTargets = Map.groupBy(targets.filter((t) => t.sectionId !== null), (t) => `${t.documentId}/${t.sectionId}`);

/**
 * Under a section heading: its targets, the plan's chapter a 解读 chapter explains, or the 解读 parts that explain a
 * plan's section.
 */
function sectionMeta(sectionId: string): ElementContent[] {
  return [
    ...(linksFrom.get(sectionId) ?? []).filter((l) => l.type === 'interprets').map((l) => interpretsLine(l, 'p.link-line.section-link')),
    ...(linksTo.get(sectionId) ?? []).filter((l) => l.type === 'interprets').map((l) => interpretedByLine(l, 'p.link-line.section-link')),
    ...targetsLine((headingTargets.get(sectionId) ?? []).map((t) => t.id)),
  ];
}

/**
 * A 解读's task (四是建立评估机制) with no part of the plan to point at, because the plan's text stops in the
 * chapter it belongs to: say so, rather than leave the reader to wonder whether the plan has it at all.
 * @returns the line, or null for a task that is linked, or whose chapter is not the last of a truncated plan
 */
function beyondTruncatedPlan(clause: AtlasClause, outgoing: Link[]): ElementContent | null {
  if (!/是$/u.test(clause.label) || !clause.heading || outgoing.some((l) => l.type === 'interprets') || !clause.path[0]) return null;
  const chapter = linksFrom.get(`${clause.documentId}/${clause.path[0]}`)?.find((l) => l.type === 'interprets');
  const planId = chapter?.to.split('/')[0];
  const plan = planId ? documentById.get(planId) : undefined;
  const lastChapter = plan?.sections.filter((s) => s.level === 1).at(-1);
  const lastClause = planId ? clausesByDocument.get(planId)?.at(-1) : undefined;
  if (!plan?.truncated || !lastChapter || chapter!.to !== `${plan.id}/${lastChapter.id}` || !lastClause) return null;
  return h('p.link-line', [
    '解读对象：',
    h('a', { href: hrefOf(chapter!.to) }, `${plan.title} · ${lastChapter.title}`),
    `。该文件的收录文本在原文第${lastClause.source.endLine}行句子中途结束，与本段对应的部分不在其中。`,
  ]);
}

/** The line naming the part of the plan a 解读 paragraph or chapter explains (an outgoing interprets link). */
function interpretsLine(link: Link, selector = 'p.link-line'): ElementContent {
  return h(selector, ['解读对象：', h('a', { href: hrefOf(link.to) }, `${titleOf(link.to)} · ${link.text.split(' ↔ ')[1]}`)]);
}

/** The line naming a 解读 paragraph that explains a clause or section (an incoming interprets link). */
function interpretedByLine(link: Link, selector = 'p.link-line'): ElementContent {
  return h(selector, ['政策解读：', h('a', { href: hrefOf(link.from) }, `${titleOf(link.from)} · ${link.text.split(' ↔ ')[0]}`)]);
}

const titleOf = (id: string) => documentById.get(id.split('/')[0])?.title ?? id;

// Computed once per document, not once per clause; the sidebar reads the same list (documentPage).
const sharedByDocument = new Map<string, string[]>();
/** @returns the normalisations every clause of the document has, said once beside its text (see sharedNormalisations) */
export function sharedNormalisationsOf(documentId: string): string[] {
  let shared = sharedByDocument.get(documentId);
  if (!shared) sharedByDocument.set(documentId, (shared = sharedNormalisations(clausesByDocument.get(documentId) ?? [])));
  return shared;
}

/**
 * How a related clause is named in its link: its province, then its printed heading or, for a
 * paragraph without one, its opening words. Several related clauses often sit in one document, so
 * the document's title alone would name them all alike.
 * @returns e.g. `安徽省：近日，安徽省发展改革委公布了…`, `江苏省：3.加速创新成果转化`
 */
function relatedClauseLabel(clause: AtlasClause): string {
  return `${provinceLabel(clause.province)}：${clauseName(clause, NAME_LENGTH)}`;
}

/** @returns the clause a related link points to; links.json and clauses.json come from one ingest, so a miss is a bug */
function relatedClause(link: Link): AtlasClause {
  const clause = clauseById.get(link.to);
  if (!clause) throw new Error(`links.json: the related link from ${link.from} points to ${link.to}, which clauses.json does not have`);
  return clause;
}

/**
 * The related clauses under a clause, grouped by the measure each shares most centrally (the first id of the
 * link's text), so what they share is read, not hovered.
 * @returns e.g. `他省同类条款，同一政策工具“先导区”：湖北省：在布局建设未来产业先导…、江苏省：10.加快建设未来产业先导区`
 */
function relatedLine(links: Link[]): ElementContent {
  const byMeasure = Map.groupBy(links, (l) => l.text.split('; ')[0]!);
  const content: Array<ElementContent | string> = ['他省同类条款，同一政策工具'];
  [...byMeasure].forEach(([measure, group], i) => {
    content.push(`${i > 0 ? '；' : ''}“${measureById.get(measure)?.name ?? measure}”：`);
    group.forEach((l, j) => content.push(...(j > 0 ? ['、'] : []), h('a', { href: hrefOf(l.to), title: titleOf(l.to) }, relatedClauseLabel(relatedClause(l)))));
  });
  return h('p.link-line.related', content);
}

/**
 * Clauses whose printed number another clause of their document has too (the 5个100 plan's tasks and its 保障措施
 * both start at 1.; the Jiangxi 解读's 三是 in several sections, with a heading or without): a citation names their
 * section. Found once, not by scanning the document for each clause.
 */
const numberRepeats = new Set(
  [...Map.groupBy([...clausesByDocument.values()].flat().filter((c) => c.label !== ''), (c) => `${c.documentId}/${c.label}`).values()]
    .filter((same) => same.length > 1)
    .flat()
    .map((c) => c.id),
);

/** @returns what 复制引用 cites of a clause: where it stands, then its caveats, e.g. `原文第35行“珠海市依托…”（第35行原文“深??臻g”更正为“深海空间”）` */
function citedClause(clause: AtlasClause): string {
  const caveats = clauseCaveats(clause);
  return `${clauseLocator(clause, numberRepeats.has(clause.id) ? sectionLabelOf(clause) : null)}${caveats.length > 0 ? `（${caveats.join('；')}）` : ''}`;
}

/** A target in words: 每年30-40项 · 战略性、前瞻性、先导性前沿技术研发项目 · 2024–2026年（规划期内）. */
function targetWords(target: Target): string {
  // The hedge (力争, 每年) belongs to the number: 每年30-40项 is no total due by 2026; so does a verb that changes what it
  // counts (主导或参与制修订30项 国家标准 are not 30 standards of Jiangsu's own).
  return `${targetHedge(target)}${targetAction(target)}${targetAmount(target)}${target.subject ? ` · ${target.subject}` : ''} · ${targetYearLabel(target)}`;
}

/** How many other statements of a target the reader links under it; the compare page lists all. */
const MAX_STATEMENT_LINKS = 4;

/**
 * Under a clause or heading: its targets in words, which the marks in the text give only in a tooltip (not on a phone),
 * each with links to where the same target is stated again, so a reader does not count it twice.
 */
function targetsLine(targetIds: readonly string[]): ElementContent[] {
  const own = targetIds.map((id) => targetById.get(id)).filter((t): t is Target => Boolean(t));
  if (own.length === 0) return [];
  const content: Array<ElementContent | string> = [h('span.targets-label', '量化目标：')];
  own.forEach((target, i) => {
    content.push(`${i > 0 ? '；' : ''}${targetWords(target)}`);
    // Its own document's statements first. A target many texts repeat (a news item republished by every digest) would
    // list them all under every statement: a few are linked, and the compare page's row has the rest.
    const others = otherStatementsOf(target.id).sort((a, b) => Number(b.documentId === target.documentId) - Number(a.documentId === target.documentId));
    if (others.length === 0) return;
    content.push('（同一目标另见：');
    others.slice(0, MAX_STATEMENT_LINKS).forEach((other, j) => content.push(...(j > 0 ? ['、'] : []), h('a', { href: hrefOf(other.id), title: anchorLabel(targetAnchor(other)) }, statementPlace(other, target))));
    if (others.length > MAX_STATEMENT_LINKS) {
      content.push(`等${others.length}处，全部见`, h('a', { href: `/compare/${target.category ? `#row-${target.category}` : ''}` }, '目标对比'));
    }
    content.push('）');
  });
  return [h('p.targets-line', content), ...partsLines(own)];
}

/** @returns a note's words with its targets linked */
const noteContent = (note: TargetNote): Array<ElementContent | string> =>
  [note.lead, ...note.links.flatMap((l, i) => [...(i > 0 ? ['、'] : []), h('a', { href: l.href, title: l.title }, l.text)]), note.tail];

/**
 * Under the targets line: what a target's declared parts are (其中：…，合计约100项), once per whole; and for the parts
 * printed here, the whole they belong to, which they must not be added to. A clause that prints a whole's statement
 * beside all its parts (5个100 plan clause 10: the 200 and 300 of the pool, the 10 leading firms, and 100家左右…示范企业)
 * gets the parts' line alone, which names them and their whole.
 */
function partsLines(own: readonly Target[]): ElementContent[] {
  const printed = new Set(own.map((t) => t.id));
  const wholes = new Map<string, TargetNote>();
  for (const target of own) {
    if (wholeWithParts(target.id)?.parts.every((id) => printed.has(id))) continue;
    const note = partsNote(target);
    if (note && !wholes.has(firstStatementOf(target.id))) wholes.set(firstStatementOf(target.id), note);
  }
  const parts = [...Map.groupBy(own.filter((t) => t.partOf !== null), (t) => t.partOf!).values()];
  return [
    ...[...wholes.values()].map((note) => h('p.parts-line', [...noteContent(note), '。'])),
    ...parts.map((group) => h('p.parts-line', [`${group.map((t) => nameOf(t).text).join('、')}：`, ...noteContent(partOfNote(group[0]!)!), '。'])),
  ];
}

/** Where another statement of a target stands, named for a reader of `from`: its clause, and its document when another. */
function statementPlace(other: Target, from: Target): string {
  const document = documentById.get(other.documentId);
  const place = anchorName(targetAnchor(other));
  return other.documentId === from.documentId ? place : `${document ? shortName(document) : other.documentId} · ${place}`;
}

/** The label after the character where a page break was joined (the reader's stylesheet shows it as generated content). */
export const REJOIN_LABEL = '跨页';

/**
 * Where the mark of a join at `at` begins: the last character before it, a whole code point (a character outside the
 * BMP is two UTF-16 units). Null where the clause begins at the join: the clause before it ends there, and is marked.
 */
export function rejoinMarkStart(text: string, at: number): number | null {
  if (at <= 0) return null;
  const last = [...text.slice(Math.max(0, at - 2), at)].at(-1)!;
  return at - last.length;
}

export const atlasReaderData: ReaderData = {
  // A corrected run is marked where it stands, so a reader copying the text sees which words are the site's; so are
  // the character before a page break the site joined (the join itself is between two characters, and has none of
  // its own to mark) and the last character before a source breaks off, where the text stops.
  clauseMarks(clauseId) {
    const clause = clauseById.get(clauseId);
    if (!clause) return [];
    const marks: ClauseMark[] = correctedRuns(clause.repairs).map(({ start, end, title }) => ({ start, end, wrap: (children) => h('ins.corrected', { title }, children) }));
    for (const r of clause.repairs) {
      if (!r.span) continue;
      if (r.kind === 'rejoin') {
        const start = rejoinMarkStart(clause.text, r.span.start);
        if (start !== null) marks.push({ start, end: r.span.start, wrap: (children) => h('span.rejoined', { title: asSentence(r.note) }, children) });
      }
    }
    const breaksOff = breaksOffAt.get(clause.id);
    const end = clause.text.length;
    if (breaksOff !== undefined) marks.push({ start: end - 1, end, wrap: (children) => h('span.breaks-off', { title: `原文在第${breaksOff}行句子中途结束` }, children) });
    return marks;
  },

  targetTitle(targetId) {
    const target = targetById.get(targetId);
    return target ? `量化目标：${targetWords(target)}` : undefined;
  },

  clauseMeta(clauseId, anchor) {
    const clause = clauseById.get(clauseId);
    if (!clause) return null;
    const outgoing = linksFrom.get(clause.id) ?? [];
    const incoming = linksTo.get(clause.id) ?? [];
    const ofType = (list: Link[], type: Link['type']) => list.filter((l) => l.type === type);
    const meta: ElementContent[] = [];
    if (clause.departments.length > 0) {
      meta.push(h('ul.chips', { ariaLabel: '责任部门' }, clause.departments.map((d) => {
        // What the role means is said once, in the sidebar's legend, not in a tooltip on every chip.
        const content = [chipName(d), h('span.role', ROLE_LABEL[d.role])];
        return h('li', d.id
          ? h('a', { className: ['chip', 'dept', d.role], href: departmentHref(d.id), title: d.name }, content)
          : h('span', { className: ['chip', 'dept', d.role] }, content));
      })));
    }
    const mentions = mentionChips(clause);
    if (mentions.length > 0) {
      meta.push(h('ul.chips', { ariaLabel: '正文提及的部门' }, mentions.map((m) =>
        h('li', h('a', { className: ['chip', 'dept', 'mentioned'], href: departmentHref(m.id), title: m.name }, [m.written, h('span.role', MENTION_CHIP_LABEL)])))));
    }
    meta.push(...targetsLine(clause.targets));
    if (clause.sectors.length > 0 || clause.measures.length > 0) {
      meta.push(h('ul.chips', { ariaLabel: '领域与政策工具' }, [
        ...clause.sectors.map((s) => h('li', h('a.chip.sector', { href: `/sectors/${s}/`, title: tagEvidence(clause.tagWords.sectors[s]) }, sectorById.get(s)?.name ?? s))),
        ...clause.measures.map((m) => h('li', h('a.chip.measure', { href: `/measures/${m}/`, title: tagEvidence(clause.tagWords.measures[m]) }, measureById.get(m)?.name ?? m))),
      ]));
    }
    for (const l of ofType(outgoing, 'interprets')) meta.push(interpretsLine(l));
    const unmatched = beyondTruncatedPlan(clause, outgoing);
    if (unmatched) meta.push(unmatched);
    // A document this passage names without a 《title》 to link (安徽省发展改革委公布了…名单): linked here instead.
    const cited = new Set(outgoing.map((l) => l.to));
    const named = (knownFromClause.get(clause.id) ?? []).filter((d) => !cited.has(d.id));
    if (named.length > 0) meta.push(h('p.link-line', ['文中提及：', ...named.flatMap((d, i) => [...(i > 0 ? ['、'] : []), h('a', { href: hrefOf(d.id) }, d.title)])]));
    for (const l of ofType(incoming, 'interprets')) meta.push(interpretedByLine(l));
    const related = ofType(outgoing, 'related');
    if (related.length > 0) meta.push(relatedLine(related));
    // Every repair is shown: corrections and rejoins one note each, normalisations in one line.
    for (const r of clause.repairs) {
      if (r.kind === 'erratum') meta.push(h('p.note', [`编辑说明（第${r.line}行）：原文“`, h('code', r.original), `”更正为“${correctionShown(r)}”。${asSentence(r.note)}`]));
      else if (r.kind === 'rejoin') {
        const marked = r.span !== undefined && rejoinMarkStart(clause.text, r.span.start) !== null;
        meta.push(h('p.note', `编辑说明（第${r.line}行）：${r.note}${marked ? `，接合处在正文中标为“${REJOIN_LABEL}”` : ''}。`));
      }
      else if (NOTED_ALONE.has(r.kind)) meta.push(h('p.note', `编辑说明（第${r.line}行）：${asSentence(r.note)}`));
    }
    const breaksOff = breaksOffAt.get(clause.id);
    if (breaksOff !== undefined) meta.push(h('p.note', `编辑说明（第${breaksOff}行）：原文在本条句子中途结束，之后的内容不在收录文本中。`));
    // What every clause of the document has is said once, beside the text.
    const shared = new Set(sharedNormalisationsOf(clause.documentId));
    const normalised = normalisationNotes(clause.repairs.filter((r) => !shared.has(r.note)));
    if (normalised.length > 0) meta.push(h('p.normalised.muted', `规范化：${normalised.join('；')}。`));
    const { file, startLine } = clause.source;
    // Every clause has these three: their names say which clause, for a screen reader's list of links and buttons.
    const name = clauseName(clause, NAME_LENGTH);
    meta.push(h('p.provenance.muted', [
      h('a.anchor-link', { href: `#${anchor}`, ariaLabel: `本条链接：${name}` }, '¶ 本条链接'),
      ' ',
      h('button.copy-link', { type: 'button', dataAnchor: anchor, ariaLabel: `复制链接：${name}`, hidden: true }, '复制链接'),
      // The citation's clause part, with the site's corrections and where the source breaks off: a quotation must not
      // pass them off as the source's words. The document's part is on the reader (data-cite-lead).
      h('button.copy-cite', { type: 'button', dataAnchor: anchor, dataCite: citedClause(clause), ariaLabel: `复制引用：${name}`, hidden: true }, '复制引用'),
      '· 来源：',
      // The file is named in the sidebar and on the source view; here the lines are what a reader needs.
      h('a', { href: sourceHref(file, startLine), title: file }, `原文${sourceLines(clause.source)}`),
    ]));
    return meta;
  },
};
