// What the open data is, what a user may do with it and how to cite it. The data page shows it and the ingest writes
// it into /data/README.md, which travels in the zip, so a download carries its own description and terms.
import { createHash } from 'node:crypto';

/** The licence of the data this site makes (the structure, tags, targets and links), not of the source texts. */
export const DATA_LICENCE = { name: '知识共享署名 4.0 国际许可协议（CC BY 4.0）', href: 'https://creativecommons.org/licenses/by/4.0/deed.zh-hans' } as const;

/**
 * Where a source file a field names is, for someone who downloaded the data: every field description that names one
 * says it in these words (the repository's content/sources/ is no place a downloader has).
 */
export const SOURCE_FILES_AT = '网站上在 /data/sources/ 下，下载的数据包中在 sources/ 下';

/** The paragraphs of 使用与引用, in order. */
export const USE_TERMS: readonly string[] = [
  `本站整理的数据——条款切分、责任部门、领域、政策工具、量化目标、文件之间的关系、JSON Schema 与字段说明——按${DATA_LICENCE.name}发布：可以复制、修改和再发布，包括商业用途，须注明出处“未来产业政策图谱”；请同时写明数据版本。`,
  '原始文本（sources/ 中）按原样收录，只为核对出处：各级国家机关发布的政策文件属于《中华人民共和国著作权法》第五条所列不适用该法的文件；政策解读和新闻综述的权利归原发布者（见 sources.yaml 与各文件页的“发布机构”），再使用时请遵守其规定。上述许可不适用于这些原文。',
  '引用一条条款：用阅读页每条旁的“复制引用”，它写明文件名、章节与条款、原文行号和本站地址。引用数据集时写明数据版本、下载的网址和访问日期，格式如下。',
];

/** The issue dates of the held texts: the earliest and latest of those dated, and how many carry no date. */
export interface HeldTextDates {
  first: string;
  last: string;
  undated: number;
}

/**
 * The issue dates of the texts the data holds (not of documents known only by the title a text names): a reader citing
 * the data says how recent its texts are, which the version, a hash, does not.
 * @returns the earliest and the latest date (ISO) and the count of undated held texts, or null when none is dated
 */
export function heldTextDates(documents: ReadonlyArray<{ kind: string; date: string | null }>): HeldTextDates | null {
  const held = documents.filter((d) => d.kind !== 'referenced');
  const dates = held.filter((d) => d.date).map((d) => d.date!).sort();
  return dates.length > 0 ? { first: dates[0]!, last: dates.at(-1)!, undated: held.length - dates.length } : null;
}

/** @returns the dates in words: 2024-02-27至2024-10-18（另1份未注明日期） */
export function heldTextDatesLabel(dates: HeldTextDates): string {
  const span = dates.first === dates.last ? dates.first : `${dates.first}至${dates.last}`;
  return dates.undated > 0 ? `${span}（另${dates.undated}份未注明日期）` : span;
}

/**
 * 引用数据集, filled in but for the date of access.
 * @param address where the data was downloaded (the deployed site's /data/), or null when the build does not know it
 * @returns e.g. 未来产业政策图谱开放数据，数据版本 40e63d754c2d（收录文本发布于2024-02-27至2024-10-18），https://…/data/，访问日期：（引用时填写）。
 */
export function datasetCitation(version: string, dates: HeldTextDates | null, address: string | null): string {
  const span = dates ? `（有日期的收录文本发布于${heldTextDatesLabel(dates)}）` : '';
  return `未来产业政策图谱开放数据，数据版本 ${version}${span}，${address ?? '（下载本数据的网址）'}，访问日期：（引用时填写）。`;
}

/**
 * The dataset's version: the first 12 hex digits of the SHA-256 of the published files' contents. The same data
 * gives the same version on any machine; any change in a file gives another.
 * @param contents each published file's name and content, in any order
 * @returns the version string
 */
export function dataVersionOf(contents: ReadonlyArray<readonly [string, string | Uint8Array]>): string {
  const hash = createHash('sha256');
  for (const [name, content] of [...contents].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) hash.update(`${name}\0`).update(content).update('\0');
  return hash.digest('hex').slice(0, 12);
}

/** The published files, in the order the data page and the README list them. */
export const DATA_FILES: ReadonlyArray<{ file: string; title: string; summary: string }> = [
  { file: 'documents.json', title: '文件', summary: '全部文件：有全文的政策文件、解读、综述，以及仅见引用的文件。' },
  { file: 'clauses.json', title: '条款', summary: '逐条拆分的条款全文，附责任部门、领域、政策工具、量化目标、引用和出处行号。' },
  { file: 'clauses.csv', title: '条款（CSV）', summary: '每条一行，便于用电子表格打开（UTF-8，带 BOM）：全文、部门、领域、政策工具、量化目标和出处行号。' },
  { file: 'targets.json', title: '量化目标', summary: '条款中写明数量的目标：数值、单位、限定词、对象、类别、年份、原文行号，以及经审定的整体与组成部分。' },
  { file: 'targets.csv', title: '量化目标（CSV）', summary: '每个目标一行，便于用电子表格打开（UTF-8，带 BOM）：数值、单位、全部限定词、对象、类别、年份及其来源。' },
  { file: 'links.json', title: '关系', summary: '文件、条款、目标之间的解读、引用、落实、相同目标和相关关系。' },
  { file: 'departments.json', title: '部门', summary: '部门名录及其牵头、配合、承接、推定负责的条款。' },
  { file: 'department-functions.json', title: '部门职能', summary: '部门的职能（如科技部门、发展改革部门）及各省具有这一职能的部门，供跨省对照。' },
  { file: 'sectors.json', title: '领域', summary: '领域及各省列为重点的领域清单（附原文引语和行号）。' },
  { file: 'measures.json', title: '政策工具', summary: '政策工具及各省使用它的条款。' },
  { file: 'ingest-report.json', title: '入库报告', summary: '每个来源文件逐行的角色、删除的网页杂项、所做修改、勘误、乱码和截断。' },
];
