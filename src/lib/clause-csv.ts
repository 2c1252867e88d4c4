// clauses.csv: the clauses as a spreadsheet, one row a clause. The ingest writes it
// (scripts/emit/open-data.ts) and the data page describes its columns, both from this list.
import type { AtlasClause } from '../schemas/clause.ts';
import type { Repair } from '../schemas/provenance.ts';
import type { CsvColumn } from './csv.ts';
import { ROLE_LABEL } from './labels.ts';
import { SOURCE_FILES_AT } from './open-data-catalogue.ts';
import { repairTexts } from './repair-notes.ts';

/** The fields of a clause a row is cut from: the ingest's clauses and the published ones both have them. */
export type ClauseCsvInput = Pick<AtlasClause, 'id' | 'documentId' | 'label' | 'heading' | 'text' | 'mentions' | 'sectors' | 'measures' | 'targets' | 'source'> & {
  province: string | null;
  departments: ReadonlyArray<{ name: string; role: string }>;
  repairs: ReadonlyArray<Repair>;
};

/** What a row needs beyond the clause: names for the ids it holds. */
export interface ClauseCsvNames {
  documentTitle(documentId: string): string;
  sector(id: string): string;
  measure(id: string): string;
  /** The exact text of a target (targets.json `text`). */
  target(id: string): string;
}

/** Lists in one cell are joined with this: a full-width semicolon, which no name or target text holds. */
export const CELL_JOIN = '；';

/** The columns, in order: name, type, what the data page says of it, and how it is cut from a clause. */
export const CLAUSE_CSV_COLUMNS: ReadonlyArray<CsvColumn<ClauseCsvInput, ClauseCsvNames, 'string' | 'integer'>> = [
  { name: 'id', type: 'string', description: '条款 ID（同 clauses.json）。', value: (c) => c.id },
  { name: 'documentId', type: 'string', description: '所属文件 ID。', value: (c) => c.documentId },
  { name: 'documentTitle', type: 'string', description: '所属文件标题。', value: (c, n) => n.documentTitle(c.documentId) },
  { name: 'province', type: 'string', description: '省份 ID（jiangsu、anhui…）；综述中不属于某一省的段落为空。', value: (c) => c.province },
  { name: 'label', type: 'string', description: '原文编号：3、——、一是、（一），或为空。', value: (c) => c.label },
  { name: 'heading', type: 'string', description: '条款开头的小标题，或为空。', value: (c) => c.heading },
  { name: 'text', type: 'string', description: '条款全文（规范化后，同 clauses.json 的 text）。', value: (c) => c.text },
  {
    name: 'departments',
    type: 'string',
    description: `责任部门：规范名称加角色（牵头、配合、承接、推定），以“${CELL_JOIN}”分隔。`,
    value: (c) => c.departments.map((d) => `${d.name}（${ROLE_LABEL[d.role]}）`).join(CELL_JOIN),
  },
  {
    name: 'mentions',
    type: 'string',
    description: `正文提及的部门：条款正文（责任括注之外）写到的部门的规范名称，每个一次，以“${CELL_JOIN}”分隔；提及不是分工。`,
    value: (c) => [...new Set(c.mentions.map((m) => m.name))].join(CELL_JOIN),
  },
  { name: 'sectors', type: 'string', description: `领域名称，以“${CELL_JOIN}”分隔。`, value: (c, n) => c.sectors.map(n.sector).join(CELL_JOIN) },
  { name: 'measures', type: 'string', description: `政策工具名称，以“${CELL_JOIN}”分隔。`, value: (c, n) => c.measures.map(n.measure).join(CELL_JOIN) },
  { name: 'targets', type: 'string', description: `条款中量化目标的原文片段，以“${CELL_JOIN}”分隔（数值、单位、年份等见 targets.csv，按 clauseId 对应）。`, value: (c, n) => c.targets.map(n.target).join(CELL_JOIN) },
  { name: 'sourceFile', type: 'string', description: `原始文本的文件名（${SOURCE_FILES_AT}）。`, value: (c) => c.source.file },
  { name: 'startLine', type: 'integer', description: '原文起始行号。', value: (c) => c.source.startLine },
  { name: 'endLine', type: 'integer', description: '原文结束行号。', value: (c) => c.source.endLine },
  { name: 'repairs', type: 'integer', description: '相对原文所做修改的记录条数，与 clauses.json 的 repairs 相同：规范化每行每类记一条，勘误和断行拼接每处一条。repairNotes 把规范化合为一项，所以项数可能较少。', value: (c) => c.repairs.length },
  {
    name: 'repairNotes',
    type: 'string',
    description: `相对原文所做的修改：每处勘误和断行拼接各一项，全半角、空格、拼音、繁简等规范化合为一项，以“${CELL_JOIN}”分隔。`,
    value: (c) => repairTexts(c.repairs).join(CELL_JOIN),
  },
];
