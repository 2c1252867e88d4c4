// How a document is summed up in one line where its page is not shown: the start of a clause's citation,
// and the description search engines, link previews and the RSS feed give.
import { KIND_LABEL, targets, type AtlasClause, type AtlasDocument } from './atlas.ts';
import { INFERRED_MARK } from './labels.ts';

/** @returns `〔推定〕` when the document's issuers are not printed in it, else empty */
export function inferredMark(document: AtlasDocument): string {
  return document.issuers.length > 0 && document.issuersBasis ? INFERRED_MARK : '';
}

/** @returns who issued a document, as written and marked when inferred; the publisher when no issuer is known */
export function issuerOf(document: AtlasDocument): string {
  return document.issuers.length > 0 ? `${document.issuers.join('、')}${inferredMark(document)}` : document.publisher || '';
}

/** A document's authors in a citation or summary: the issuers, the first and 等 past two, else the publisher. */
export function authorsOf(document: AtlasDocument): string {
  return document.issuers.length > 2 ? `${document.issuers[0]}等${inferredMark(document)}` : issuerOf(document);
}

/**
 * Who republished a text that is not the issuer's own copy (安义县人民政府 for the Jiangxi 解读), else null. The date such
 * a page prints (生成日期, 发布日期) is the republication's: when the issuer issued the text is not known.
 */
export function republisherOf(document: AtlasDocument): string | null {
  return document.issuers.length > 0 && document.publisher && !document.issuers.includes(document.publisher) ? document.publisher : null;
}

/** @returns when the text was issued or, for a republished text, whose copy of which day: `安义县人民政府2024-06-25刊载` */
export function dateOf(document: AtlasDocument): string {
  const republisher = republisherOf(document);
  return republisher ? `${republisher}${document.date ?? ''}刊载` : document.date ?? '';
}

/**
 * How a citation of one of the document's clauses begins: its authors, title, 文号, date and, for a text republished
 * elsewhere, where. The clause's own part and address follow (public/scripts/copy-link.js). Authors the text does not
 * print (taken from its 解读 or from a web page's 发布机构 field, see issuersBasis) are marked 〔推定〕. A title that holds
 * 《》 is nested in 《》, so its own marks become 〈〉, as Chinese citations write a title within a title.
 * @returns e.g. `江苏省发展改革委等：《江苏省加快培育发展未来产业三年行动方案（2024-2026年）》（苏发改高技发〔2024〕229号），2024-02-27，`;
 *   republished: `江西省科技厅：《科技兴赣六大行动实施方案（2023-2025年）解读》，安义县人民政府2024-06-25刊载，`
 * @param options converted: the text was converted from traditional characters (the roundup), so its quotes are not verbatim
 */
export function citationLead(document: AtlasDocument, { converted = false }: { converted?: boolean } = {}): string {
  const authors = authorsOf(document);
  const title = document.title.replaceAll('《', '〈').replaceAll('》', '〉');
  const date = dateOf(document);
  // The quoted words are the site's simplified text; a reader checking them against a traditional original is told so.
  const script = converted ? '原文为繁体字，引文为本站转换的简体字，' : '';
  return `${authors ? `${authors}：` : ''}《${title}》${document.docNumber ? `（${document.docNumber}）` : ''}，${date ? `${date}，` : ''}${script}`;
}

/** The clauses with a target, found once: every document page, the feed and the index describe their documents. */
const targeted = new Set(targets.map((t) => t.clauseId));

/**
 * What a document's clauses are tagged with, in the order the description names them: only the kinds of tag at least
 * one clause carries, so a text with no responsibility note is not said to name its departments clause by clause.
 * Departments are named as a tag only when some are not inferred (the 5个100 plan's are all inferred from its lead issuer).
 * @param documentClauses the document's clauses
 * @returns e.g. `['责任部门', '领域', '政策工具', '量化目标']`
 */
export function tagKindsOf(documentClauses: readonly AtlasClause[]): string[] {
  const roles = documentClauses.flatMap((c) => c.departments.map((d) => d.role));
  return [
    roles.length > 0 && !roles.every((r) => r === 'inferred') && '责任部门',
    documentClauses.some((c) => c.sectors.length > 0) && '领域',
    documentClauses.some((c) => c.measures.length > 0) && '政策工具',
    documentClauses.some((c) => targeted.has(c.id)) && '量化目标',
  ].filter((kind): kind is string => Boolean(kind));
}

/**
 * The one sentence a search engine or a link preview shows for a document page.
 * @param documentClauses the document's clauses
 * @returns e.g. `政策文件：江苏省加快培育发展未来产业三年行动方案（2024-2026年）。江苏省发展改革委等发布，2024-02-27。全文28条，逐条标注责任部门、领域、政策工具和量化目标。`
 */
export function documentDescription(document: AtlasDocument, documentClauses: readonly AtlasClause[]): string {
  const authors = authorsOf(document);
  const issued = [authors && `${authors}发布`, dateOf(document)].filter(Boolean).join('，');
  const kinds = tagKindsOf(documentClauses);
  const tagged = kinds.length > 0 ? `，逐条标注${kinds.length > 1 ? `${kinds.slice(0, -1).join('、')}和${kinds.at(-1)}` : kinds[0]}` : '';
  // Inferred departments are said to be inferred, not passed off as named by the text.
  const inferred = documentClauses.some((c) => c.departments.some((d) => d.role === 'inferred'))
    ? kinds.includes('责任部门') ? '；部分责任部门是推定的' : '；责任部门是推定的'
    : '';
  const body = document.kind === 'referenced' ? '本站没有全文，只收录其他文件对它的引用或概述。' : `全文${documentClauses.length}条${tagged}${inferred}。`;
  return `${KIND_LABEL[document.kind]}：${document.title}。${issued ? `${issued}。` : ''}${body}`;
}
