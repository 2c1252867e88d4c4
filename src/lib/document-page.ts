import { readerHtml, sharedNormalisationsOf } from './reader.ts';
import { authorsOf, citationLead, dateOf, documentDescription, issuerOf, republisherOf } from './document-summary.ts';
import { documents, documentById, clausesByDocument, linksFrom, linksTo, provinceById, KIND_LABEL, ROLE_LABEL, type AtlasDocument } from './atlas';
import { MENTION_CHIP_LABEL, MENTION_LEGEND_NOTE, RELATED_NOTE, ROLE_NOTE } from './labels.ts';
import { digestPassageAbout } from './digest-passage.ts';

// The interpretations of each plan, found once rather than by scanning every document on every page.
const interpretationsOf = Map.groupBy(documents.filter((d) => d.interprets), (d) => d.interprets!);
// Documents each text made known, with or without a 《title》: the other side of citedBy's knownFrom.
const madeKnownBy = Map.groupBy(documents.filter((d) => d.knownFrom), (d) => d.knownFrom!.documentId);

/**
 * Everything the reader page shows beside the text of one document.
 * @param document the document
 * @returns the reader HTML rendered from the document's MDX, metadata rows, outline, related documents
 *   and data-quality notes
 */
export function documentPage(document: AtlasDocument) {
  const clauses = clausesByDocument.get(document.id) ?? [];
  const digestPassage = digestPassageAbout(document);
  // The clauses the page shows, the digest's paragraphs included: their chips need the legend too.
  const shown = [...clauses, ...(digestPassage?.clauses ?? [])];
  const docOf = (id: string) => documentById.get(id.split('/')[0]);
  const uniqueDocs = (ids: string[]) => [...new Set(ids.map((id) => id.split('/')[0]))].filter((id) => id !== document.id).map((id) => documentById.get(id)!).filter(Boolean);
  const ownIds = new Set([document.id, ...clauses.map((c) => c.id)]);
  const outgoing = [...ownIds].flatMap((id) => linksFrom.get(id) ?? []);
  const incoming = [...ownIds].flatMap((id) => linksTo.get(id) ?? []);
  // An interpretation's issuer is its interpreter: one row (解读机关), not the same body twice.
  const issuersRow = document.issuers.length > 0 && document.issuers.join('、') !== document.interpreter ? issuerOf(document) : '';
  const metadataRows: Array<[string, string]> = [
    ['类型', KIND_LABEL[document.kind]],
    ['省份', document.province ? provinceById.get(document.province)?.name ?? document.province : document.provinces.map((p) => provinceById.get(p)?.name ?? p).join('、') || '全国'],
    ['发文机关', issuersRow],
    ['发布者', document.publisher ?? ''],
    ['解读机关', document.interpreter ?? ''],
    ['文号', document.docNumber ?? ''],
    // A republished page's date is its copy's, not the issue date (see republisherOf).
    [republisherOf(document) ? '刊载日期' : '日期', document.date ?? ''],
    ['索引号', document.metadata.indexNumber ?? ''],
    ['有效性', document.metadata.validity ?? ''],
    // The rest of what the page's header prints, so nothing read from it is kept from the reader.
    ['分类', document.metadata.category ?? ''],
    ['主题分类', document.metadata.topic ?? ''],
    ['公开范围', document.metadata.disclosureScope ?? ''],
    ['公开方式', document.metadata.disclosureMode ?? ''],
    // Whom to ask, as the page prints it: what an enterprise reading a 解读 needs next.
    ['咨询处室', document.metadata.contactOffice ?? ''],
    ['联系人', document.metadata.contactPerson ?? ''],
    ['联系电话', document.metadata.contactPhone ?? ''],
    // 2024–2026年 where the start is known (sources.yaml periodStart), else the end alone.
    document.periodStart && document.periodEnd ? ['规划期', `${document.periodStart}–${document.periodEnd}年`] : ['规划期末', document.periodEnd ? `${document.periodEnd}年` : ''],
  ].filter((row): row is [string, string] => row[1] !== '');
  return {
    // Only documents known from citations alone have no text, and so no MDX.
    html: document.kind === 'referenced' ? null : readerHtml(document.id),
    clauses,
    metadataRows,
    // Who, which number, when: under the title, where a phone shows it before the text.
    facts: [authorsOf(document), document.docNumber ?? '', dateOf(document)].filter(Boolean),
    // What the role on each department chip means, for the roles this document's clauses carry.
    roleNotes: [
      ...Object.keys(ROLE_NOTE)
        .filter((role) => shown.some((c) => c.departments.some((d) => d.role === role)))
        .map((role) => ({ role, label: ROLE_LABEL[role]!, note: ROLE_NOTE[role]! })),
      // A mention is no role, but its chip sits beside theirs: said here too.
      ...(shown.some((c) => c.mentions.length > 0) ? [{ role: 'mentioned', label: MENTION_CHIP_LABEL, note: MENTION_LEGEND_NOTE }] : []),
    ],
    // Normalisations every clause has, said once here rather than under each clause (src/lib/reader.ts).
    sharedNormalisations: sharedNormalisationsOf(document.id),
    // Whether any clause carries sector or measure tags, whose two colours the sidebar then names.
    tagged: clauses.some((c) => c.sectors.length > 0 || c.measures.length > 0),
    // How related clauses are chosen, when any clause here lists some.
    relatedNote: outgoing.some((l) => l.type === 'related') ? RELATED_NOTE : null,
    citationLead: citationLead(document, { converted: clauses.some((c) => c.repairs.some((r) => r.kind === 'simplified')) }),
    description: documentDescription(document, clauses),
    // How the source prints the title where that differs from the title used here (a cover notice,
    // a column tag, a link arrow): the choice of title stays visible.
    printedTitles: document.titleVariants.filter((title) => title !== document.title),
    outline: document.sections,
    interprets: document.interprets ? documentById.get(document.interprets) ?? null : null,
    interpretedBy: interpretationsOf.get(document.id) ?? [],
    cites: uniqueDocs([...outgoing.filter((l) => l.type === 'cites' || l.type === 'implements').map((l) => l.to), ...(madeKnownBy.get(document.id) ?? []).map((d) => d.id)]),
    // A document known only from a text that describes it without its 《title》 (a list 公布了…名单) has no cites
    // link; that text still refers to it.
    citedBy: uniqueDocs([...incoming.filter((l) => l.type === 'cites' || l.type === 'implements').map((l) => l.from), ...(document.knownFrom ? [document.knownFrom.documentId] : [])]),
    knownFrom: document.knownFrom ? { document: docOf(document.knownFrom.documentId)!, ...document.knownFrom } : null,
    // What the digest that names it says about it, beyond the naming sentence (src/lib/digest-passage.ts has the rule).
    digestPassage,
    sameTargets: outgoing.filter((l) => l.type === 'same-target').length + incoming.filter((l) => l.type === 'same-target').length,
  };
}
