// targets.csv: the targets as a spreadsheet, one row a target. The ingest writes it
// (scripts/emit/open-data.ts) and the data page describes its columns, both from this list.
import type { Target } from '../schemas/target.ts';
import type { CsvColumn } from './csv.ts';
import { yearSourceLabel } from './target-labels.ts';
import { SOURCE_FILES_AT } from './open-data-catalogue.ts';

/** Qualifiers in one cell are joined with this, as a Chinese list is written: 力争、左右. */
export const QUALIFIER_JOIN = '、';

/** What a row needs besides its target: the category's name, and the source lines the target is printed on. */
export interface TargetCsvContext {
  categoryLabel: (id: string) => string;
  /** The clause's or, for a target printed in a heading, the heading's source file and lines. */
  sourceOf: (target: Target) => { file: string; startLine: number; endLine: number } | null;
}

/** The columns, in order: name, type, what the data page says of it, and how it is cut from a target. */
export const TARGET_CSV_COLUMNS: ReadonlyArray<CsvColumn<Target, TargetCsvContext>> = [
  { name: 'id', type: 'string', description: '目标 ID（同 targets.json）。', value: (t) => t.id },
  { name: 'clauseId', type: 'string', description: '目标所在条款的 ID；印在章节标题中的目标为空。', value: (t) => t.clauseId },
  { name: 'sectionId', type: 'string', description: '印有目标的章节标题的 ID（如 s2.1）；条款中的目标为空。', value: (t) => t.sectionId },
  { name: 'documentId', type: 'string', description: '所在文件 ID。', value: (t) => t.documentId },
  { name: 'province', type: 'string', description: '设定目标的省份 ID。', value: (t) => t.province },
  { name: 'value', type: 'number', description: '单一数值；区间（如 30-40项）为空。', value: (t) => t.value },
  { name: 'min', type: 'number', description: '下限；单一数值时等于 value。', value: (t) => t.min },
  { name: 'max', type: 'number', description: '上限；单一数值时等于 value。', value: (t) => t.max },
  { name: 'unit', type: 'string', description: '量词或金额单位，按原文：项、个、家、名、亿元等。', value: (t) => t.unit },
  {
    name: 'qualifiers',
    type: 'string',
    description: `全部限定词，按原文顺序，以“${QUALIFIER_JOIN}”分隔：如“力争${QUALIFIER_JOIN}左右”（国际标准10项左右）；“左右”表示数值是约数。`,
    value: (t) => t.qualifiers.join(QUALIFIER_JOIN),
  },
  { name: 'subject', type: 'string', description: '计数对象，按原文；原文未写明时为空。', value: (t) => t.subject },
  {
    name: 'action',
    type: 'string',
    description: '数量所在的动词短语，按原文（如“建设”“推动市场主体制定”“主导或参与制修订”）；与前一个数量共用动词时为那个动词；没有时为空。',
    value: (t) => t.action,
  },
  {
    name: 'actionChangesCount',
    type: 'boolean',
    description: '动词短语改变了数量所计之物时为 true（由他人去做、参与也算、从已有的之中选出或升级、从外引进），如“主导或参与制修订国家标准30项”：数量包括本省主体参与而非主导的标准。页面把这样的动词短语与数量一起显示。',
    value: (t) => t.actionChangesCount,
  },
  { name: 'category', type: 'string', description: '目标类别 ID；无匹配时为空。', value: (t) => t.category },
  { name: 'categoryLabel', type: 'string', description: '目标类别名称，与目标对比页的行名相同（如“前沿技术攻关”）；无匹配时为空。', value: (t, c) => (t.category ? c.categoryLabel(t.category) : null) },
  {
    name: 'alsoCategories',
    type: 'string',
    description: `计数对象由并列的两类组成时（如“10家未来产业科技园和未来产业先导区”），另一类的类别 ID，以“${QUALIFIER_JOIN}”分隔；目标对比页把这项目标也列在这些类别的行中，只计一次。其他目标为空。`,
    value: (t) => t.alsoCategories.join(QUALIFIER_JOIN) || null,
  },
  { name: 'perYear', type: 'boolean', description: '每年目标（原文写“每年”）为 true：数量是每一年的，不是到 year 累计完成的总数。', value: (t) => t.perYear },
  { name: 'year', type: 'integer', description: '目标年份；每年目标为其最后一年；原文和规划期都未给出时为空。', value: (t) => t.year },
  { name: 'fromYear', type: 'integer', description: '每年目标的起始年份（规划期首年）；其他目标为空。', value: (t) => t.fromYear },
  {
    name: 'yearSource',
    type: 'string',
    description: '年份从何而来：“原文写明”（句中写有 到2026年 等），“按规划期推定”（句中未写，取文件规划期的末年；每年目标取规划期各年）；没有年份时为空。',
    value: (t) => yearSourceLabel(t),
  },
  { name: 'text', type: 'string', description: '原文中目标的确切片段（同 targets.json 的 text）。', value: (t) => t.text },
  { name: 'file', type: 'string', description: `目标所在原始文本的文件名（${SOURCE_FILES_AT}）。`, value: (t, c) => c.sourceOf(t)?.file ?? null },
  { name: 'startLine', type: 'integer', description: '目标所在条款（或章节标题）在原始文本中的起始行号。', value: (t, c) => c.sourceOf(t)?.startLine ?? null },
  { name: 'endLine', type: 'integer', description: '结束行号；条款跨行时大于 startLine。', value: (t, c) => c.sourceOf(t)?.endLine ?? null },
  { name: 'line', type: 'integer', description: '目标片段本身在原始文本中起始的行号（同 targets.json 的 line）。', value: (t) => t.line },
  { name: 'partOf', type: 'string', description: '本目标是另一项目标的组成部分时，那项目标（整体）的 ID：两者不应相加（同 targets.json 的 partOf）；其他为空。', value: (t) => t.partOf },
  {
    name: 'parts',
    type: 'string',
    description: `本目标的组成部分的目标 ID，以“${QUALIFIER_JOIN}”分隔；没有时为空。`,
    value: (t) => t.parts.join(QUALIFIER_JOIN) || null,
  },
  { name: 'partsSum', type: 'string', description: '组成部分与本目标的关系：equals 合计等于本目标，about 合计约等于，under 列于本目标的任务之下、原文未说明与本目标数量的关系；没有组成部分时为空。', value: (t) => t.partsSum },
];
