import { readerHtml } from './reader.ts';
import { documents, documentById, clausesByDocument, linksFrom, linksTo, provinceById, KIND_LABEL, type AtlasDocument } from './atlas';

// The interpretations of each plan, found once rather than by scanning every document on every page.
const interpretationsOf = Map.groupBy(documents.filter((d) => d.interprets), (d) => d.interprets!);

/** A document's authors in a citation or summary: the issuers, the first and 等 past two, else the publisher. */
function authorsOf(document: AtlasDocument): string {
  return document.issuers.length > 2 ? `${document.issuers[0]}等` : document.issuers.join('、') || document.publisher || '';
}

/**
 * How a citation of one of the document's clauses begins: its authors, title, 文号 and date. The clause's
 * own part and address follow (public/scripts/copy-link.js). A title that holds 《》 is nested in 《》,
 * so its own marks become 〈〉, as Chinese citations write a title within a title.
 * @returns e.g. `江苏省发展改革委等：《江苏省加快培育发展未来产业三年行动方案（2024-2026年）》（苏发改高技发〔2024〕229号），2024-02-27，`
 */
export function citationLead(document: AtlasDocument): string {
  const authors = authorsOf(document);
  const title = document.title.replaceAll('《', '〈').replaceAll('》', '〉');
  return `${authors ? `${authors}：` : ''}《${title}》${document.docNumber ? `（${document.docNumber}）` : ''}，${document.date ? `${document.date}，` : ''}`;
}

/**
 * The one sentence a search engine or a link preview shows for a document page.
 * @returns e.g. `政策文件：江苏省加快培育发展未来产业三年行动方案（2024-2026年）。江苏省发展改革委等发布，2024-02-27。全文28条，逐条标注责任部门、领域、政策工具和量化目标。`
 */
export function documentDescription(document: AtlasDocument, clauseCount: number): string {
  const authors = authorsOf(document);
  const issued = [authors && `${authors}发布`, document.date].filter(Boolean).join('，');
  const body = document.kind === 'referenced' ? '本站没有全文，只收录其他文件对它的引用或概述。' : `全文${clauseCount}条，逐条标注责任部门、领域、政策工具和量化目标。`;
  return `${KIND_LABEL[document.kind]}：${document.title}。${issued ? `${issued}。` : ''}${body}`;
}

/**
 * Everything the reader page shows beside the text of one document.
 * @param document the document
 * @returns the reader HTML rendered from the document's MDX, metadata rows, outline, related documents
 *   and data-quality notes
 */
export function documentPage(document: AtlasDocument) {
  const clauses = clausesByDocument.get(document.id) ?? [];
  const docOf = (id: string) => documentById.get(id.split('/')[0]);
  const uniqueDocs = (ids: string[]) => [...new Set(ids.map((id) => id.split('/')[0]))].filter((id) => id !== document.id).map((id) => documentById.get(id)!).filter(Boolean);
  const ownIds = new Set([document.id, ...clauses.map((c) => c.id)]);
  const outgoing = [...ownIds].flatMap((id) => linksFrom.get(id) ?? []);
  const incoming = [...ownIds].flatMap((id) => linksTo.get(id) ?? []);
  const metadataRows: Array<[string, string]> = [
    ['类型', KIND_LABEL[document.kind]],
    ['省份', document.province ? provinceById.get(document.province)?.name ?? document.province : document.provinces.map((p) => provinceById.get(p)?.name ?? p).join('、') || '全国'],
    ['发文机关', document.issuers.join('、')],
    ['发布者', document.publisher ?? ''],
    ['解读机关', document.interpreter ?? ''],
    ['文号', document.docNumber ?? ''],
    ['日期', document.date ?? ''],
    ['索引号', document.metadata.indexNumber ?? ''],
    ['有效性', document.metadata.validity ?? ''],
    ['规划期末', document.periodEnd ? `${document.periodEnd}年` : ''],
  ].filter((row): row is [string, string] => row[1] !== '');
  return {
    // Only documents known from citations alone have no text, and so no MDX.
    html: document.kind === 'referenced' ? null : readerHtml(document.id),
    clauses,
    metadataRows,
    citationLead: citationLead(document),
    description: documentDescription(document, clauses.length),
    // How the source prints the title where that differs from the title used here (a cover notice,
    // a column tag, a link arrow): the choice of title stays visible.
    printedTitles: document.titleVariants.filter((title) => title !== document.title),
    outline: document.sections,
    interprets: document.interprets ? documentById.get(document.interprets) ?? null : null,
    interpretedBy: interpretationsOf.get(document.id) ?? [],
    cites: uniqueDocs(outgoing.filter((l) => l.type === 'cites' || l.type === 'implements').map((l) => l.to)),
    citedBy: uniqueDocs(incoming.filter((l) => l.type === 'cites' || l.type === 'implements').map((l) => l.from)),
    knownFrom: document.knownFrom ? { document: docOf(document.knownFrom.documentId)!, ...document.knownFrom } : null,
    sameTargets: outgoing.filter((l) => l.type === 'same-target').length + incoming.filter((l) => l.type === 'same-target').length,
  };
}
