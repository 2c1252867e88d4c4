import type { Erratum } from '../../src/schemas/erratum.ts';
import type { SourceManifestEntry } from '../../src/schemas/manifest.ts';
import type { PageChrome } from '../../src/schemas/page-chrome.ts';
import { CLAUSE_LEVEL, type Repair } from '../../src/schemas/provenance.ts';
import { decodeSource } from './decode-source.ts';
import { IngestError } from './ingest-error.ts';
import { normaliseLine } from './normalise-line.ts';
import { createLineClassifier, METADATA_KIND_WHY, type ClassifiedLine } from './classify-lines.ts';
import { parseMetadata } from './parse-metadata.ts';
import { rejoinParagraphs } from './rejoin-paragraphs.ts';
import { structureDocument, type NumberingIrregularity, type SectionNode } from './structure-document.ts';
import { extractDepartments, type WrittenDepartment } from './extract-departments.ts';
import { normaliseText } from './normalise-text.ts';
import { checkSpanRepairs } from './check-span-repairs.ts';

export interface IngestedClause {
  id: string;
  documentId: string;
  province: string | null;
  label: string;
  marker: string;
  heading: string;
  path: string[];
  text: string;
  departments: WrittenDepartment[];
  /** Offsets of the printed department parenthetical in `text`, when there is one. */
  departmentTag: { start: number; end: number; unclosed: boolean } | null;
  source: { file: string; sha256: string; encoding: string; startLine: number; endLine: number };
  repairs: Repair[];
}

export interface IngestedDocument {
  id: string;
  kind: 'plan' | 'interpretation' | 'digest' | 'referenced';
  province: string | null;
  provinces: string[];
  title: string;
  /** The manifest's short name, for tight spaces (the compare table); null for referenced documents. */
  shortTitle: string | null;
  /** Every printed form of the title (cover notice, repeats), for citation matching. */
  titleVariants: string[];
  issuers: string[];
  /** Registry ids of the issuers, filled by the knowledge layer. */
  issuerIds?: Array<string | null>;
  issuersBasis: string | null;
  publisher: string | null;
  /** Registry id of the publisher, filled by the knowledge layer; null for a website or an unknown body. */
  publisherId?: string | null;
  interpreter: string | null;
  docNumber: string | null;
  date: string | null;
  periodStart: number | null;
  periodEnd: number | null;
  interprets: string | null;
  truncated: boolean;
  metadata: Record<string, string>;
  sections: Array<SectionNode & { province: string | null }>;
  source: { file: string; sha256: string; encoding: string } | null;
  /** For a referenced document: the source section that summarises or names it. */
  knownFrom: { documentId: string; sectionId: string | null; clauseId: string | null; quote: string } | null;
  aliases: string[];
  abbreviations: Record<string, string>;
  /** Data-quality notes shown on the page. */
  notes: string[];
  corruptedRuns: Array<{ line: number; text: string; corrected: boolean }>;
}

export interface LedgerLine {
  line: number;
  role: 'boilerplate' | 'metadata' | 'clause' | 'heading';
  rule?: string;
  why?: string;
  text: string;
}

export interface SourceLedger {
  file: string;
  sha256: string;
  encoding: string;
  totalLines: number;
  nonBlankLines: number;
  counts: Record<LedgerLine['role'], number>;
  lines: LedgerLine[];
  controlCharactersRemoved: number;
  repairs: Repair[];
  suspiciousSpaces: Array<{ line: number; text: string }>;
  /** Paragraphs whose text repeats an earlier paragraph word for word: both are kept as clauses. */
  duplicateParagraphs: Array<{ line: number; duplicateOf: number; text: string }>;
  /** Printed clause numbers out of sequence or repeated (`3.` twice): each kept under a distinct id. */
  numberingIrregularities: NumberingIrregularity[];
}

export interface IngestContext {
  chrome: PageChrome;
  errata: Erratum[];
  /** Province heading text → province id. */
  provinceHeadings: Map<string, string>;
}

/**
 * Run the ingest stages for one raw source: decode → normalise → classify → metadata → paragraphs →
 * structure → departments, and check that every non-blank line is accounted for.
 * @param entry the manifest entry for the file
 * @param bytes the raw file
 * @param context vocabularies
 * @returns the document, documents it declares by reference, its clauses and its coverage ledger
 */
export function ingestSource(entry: SourceManifestEntry, bytes: Uint8Array, context: IngestContext): { documents: IngestedDocument[]; clauses: IngestedClause[]; ledger: SourceLedger } {
  const decoded = decodeSource(entry.file, bytes);
  const rawLines = decoded.text.split('\n');
  if (rawLines.length > 1 && rawLines[rawLines.length - 1] === '') rawLines.pop();
  const errataByLine = new Map<number, Erratum[]>();
  for (const erratum of context.errata.filter((e) => e.file === entry.file)) {
    if (erratum.line > rawLines.length) throw new IngestError(entry.file, erratum.line, 'erratum points past the end of the file');
    errataByLine.set(erratum.line, [...(errataByLine.get(erratum.line) ?? []), erratum]);
  }
  const title = normaliseText(entry.title);
  const classify = createLineClassifier(context.chrome, title);
  const lines: ClassifiedLine[] = rawLines.map((raw, i) =>
    classify(normaliseLine(raw, i + 1, { file: entry.file, script: entry.script, errata: errataByLine.get(i + 1) ?? [] })),
  );
  const metadata = parseMetadata(lines, context.chrome);
  const isHeading = (text: string) => context.provinceHeadings.has(text) || (/^([一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[)）])/u.test(text) && !text.includes('。'));
  const { paragraphs, endsMidSentence } = rejoinParagraphs(lines, isHeading);
  if (paragraphs.length === 0) {
    throw new IngestError(entry.file, null, 'no policy text found: every line is chrome or metadata; expected at least one paragraph');
  }
  const provinceHeadings = entry.kind === 'digest' ? context.provinceHeadings : new Map<string, string>();
  const { sections, clauses: structured, numbering } = structureDocument(paragraphs, { file: entry.file, provinceHeadings });
  const duplicateParagraphs = findDuplicateParagraphs(paragraphs);

  const sourceRef = { file: entry.file, sha256: decoded.sha256, encoding: decoded.encoding };
  const sectionProvince = (path: string[]) => (path[0] && [...provinceHeadings.values()].includes(path[0]) ? path[0] : null);

  // Departments: printed tags, then the note that later clauses inherit a body, then the lead issuer as a fallback.
  let inherited: string[] = [];
  const clauses: IngestedClause[] = structured.map((c) => {
    const tag = extractDepartments(c.text);
    const departments: WrittenDepartment[] = tag ? [...tag.departments] : [];
    for (const name of inherited) if (!departments.some((d) => d.written === name)) departments.push({ written: name, role: 'inherited' });
    if (tag) inherited = [...new Set([...inherited, ...tag.inheritedByLater])];
    const repairs = [...c.repairs];
    if (tag?.unclosed) repairs.push({ kind: 'unclosed-parenthetical', line: c.endLine, note: '责任单位括注缺少右括号，已按读到段末处理' });
    return {
      id: `${entry.id}/${c.localId}`,
      documentId: entry.id,
      province: entry.province ?? sectionProvince(c.path),
      label: c.label,
      marker: c.marker,
      heading: c.heading,
      path: c.path,
      text: c.text,
      departments,
      departmentTag: tag ? { start: tag.start, end: tag.end, unclosed: tag.unclosed } : null,
      source: { ...sourceRef, startLine: c.startLine, endLine: c.endLine },
      repairs,
    };
  });

  checkSpanRepairs(entry.file, entry.script, [
    ...clauses.map((c) => ({ name: c.id, text: c.text, repairs: c.repairs })),
    ...sections.map((s) => ({ name: `the heading ${s.id}`, text: s.title, repairs: s.repairs })),
  ]);

  const field = (name: string) => metadata.fields[name]?.value ?? null;
  const interpreter = field('interpreter');
  // The policy's author and the page's publisher differ for republished texts: keep both.
  const publisher = entry.publisher ?? field('publisher');
  let issuers: string[] = [];
  let issuersBasis = entry.issuersBasis ?? null;
  if (interpreter) issuers = [interpreter];
  else if (metadata.signatories.length > 0) issuers = metadata.signatories.map((s) => s.name);
  else if (entry.issuers.length > 0) issuers = entry.issuers;
  else if (entry.publisher && field('publisher')) {
    // A republished page names no author, only the 发布机构 of the page it copied: say so.
    issuers = [field('publisher')!];
    issuersBasis = `原文未署作者；这里照录第${metadata.fields.publisher.line}行“发布机构”一栏的写法，以之为发文机关是推定。`;
  }
  // A plan that names no responsible body anywhere: its numbered tasks are its lead issuer's to carry out, the one
  // named first (the 5个100 plan's 解读: 省科技厅会同省发改委制定); a co-issuer is not given every task. Its preamble,
  // purpose paragraphs and —— goals assign nothing, so they get no inferred department.
  if (entry.kind === 'plan' && !clauses.some((c) => c.departments.length > 0)) {
    for (const c of clauses) if (c.label !== '' && c.label !== '——') c.departments = issuers.slice(0, 1).map((written) => ({ written, role: 'inferred' }));
  }

  const documents: IngestedDocument[] = [];
  const notes: string[] = [];
  if (endsMidSentence) notes.push(`原文在第${paragraphs[paragraphs.length - 1].endLine}行句子中途结束，文本不完整。`);
  const corruptedRuns = lines.flatMap((l) => l.corrupted.map((run) => ({ line: l.line, text: run.text, corrected: run.corrected })));
  for (const l of lines) {
    for (const run of l.corrupted) notes.push(`第${l.line}行有乱码“${run.text}”${run.corrected ? `，已按勘误更正${run.correctedAs ? `为“${run.correctedAs}”` : ''}` : '，未更正，按原样保留'}。`);
  }
  for (const d of duplicateParagraphs) notes.push(`第${d.line}行与第${d.duplicateOf}行文字完全相同：两段都保留，未合并。`);
  for (const n of numbering) {
    notes.push(`第${n.line}行的条款编号“${n.label}.”${n.kind === 'repeated' ? '与前文重复' : `不连续（应为“${n.expected}.”）`}：按原文保留，条款标识为 ${entry.id}/${n.localId}。`);
  }

  // Referenced documents are declared in the manifest; their quote must stand in this text.
  for (const ref of entry.references) {
    const quote = normaliseText(ref.quote);
    const holder = clauses.find((c) => c.text.includes(quote)) ?? null;
    const inTitle = metadata.titles.some((t) => t.text.includes(quote));
    if (!holder && !inTitle) throw new IngestError(entry.file, null, `content/sources/sources.yaml declares reference ${ref.id} with quote “${ref.quote}”, which is not in the text`);
    if (holder && entry.kind === 'digest' && holder.province === null && ref.province) {
      // An opening paragraph about one province's policy is that province's; it still stands before the
      // sections, so its path stays empty (a path names the sections the source prints it under).
      holder.province = ref.province;
    }
    documents.push({
      id: ref.id, kind: 'referenced', province: ref.province, provinces: ref.province ? [ref.province] : [],
      title: normaliseText(ref.title), shortTitle: null, titleVariants: [], issuers: ref.issuers, issuersBasis: null, publisher: ref.publisher ?? null, interpreter: null,
      docNumber: null, date: ref.date, periodStart: null, periodEnd: null, interprets: null, truncated: false, metadata: {}, sections: [], source: null,
      knownFrom: { documentId: entry.id, sectionId: holder?.path[0] ?? null, clauseId: holder?.id ?? null, quote },
      aliases: ref.aliases.map(normaliseText), abbreviations: {}, notes: [], corruptedRuns: [],
    });
  }

  const provinces = entry.province ? [entry.province] : [...new Set(clauses.map((c) => c.province).filter((p): p is string => p !== null))];
  documents.unshift({
    id: entry.id,
    kind: entry.kind,
    province: entry.province,
    provinces,
    title,
    shortTitle: entry.shortTitle ?? null,
    titleVariants: [...new Set(metadata.titles.map((t) => t.text))],
    issuers,
    issuersBasis,
    publisher,
    interpreter,
    docNumber: field('docNumber') ?? metadata.docNumber?.value ?? null,
    date: field('date') ?? entry.date,
    periodStart: entry.periodStart,
    periodEnd: entry.periodEnd,
    interprets: entry.interprets ?? null,
    truncated: endsMidSentence,
    metadata: Object.fromEntries(Object.entries(metadata.fields).map(([k, v]) => [k, v.value])),
    sections: sections.map((s) => ({ ...s, province: sectionProvince([s.id]) })),
    source: sourceRef,
    knownFrom: null,
    aliases: entry.aliases.map(normaliseText),
    abbreviations: Object.fromEntries(Object.entries(entry.abbreviations).map(([k, v]) => [k, normaliseText(v)])),
    notes,
    corruptedRuns,
  });

  const ledger = buildLedger(entry.file, decoded, lines, clauses, sections);
  return { documents, clauses, ledger: { ...ledger, duplicateParagraphs, numberingIrregularities: numbering } };
}

/** @returns each paragraph whose text equals an earlier one's, with the line of the first */
function findDuplicateParagraphs(paragraphs: Array<{ text: string; startLine: number }>): SourceLedger['duplicateParagraphs'] {
  const first = new Map<string, number>();
  const duplicates: SourceLedger['duplicateParagraphs'] = [];
  for (const p of paragraphs) {
    const earlier = first.get(p.text);
    if (earlier === undefined) first.set(p.text, p.startLine);
    else duplicates.push({ line: p.startLine, duplicateOf: earlier, text: p.text.slice(0, 60) });
  }
  return duplicates;
}

function buildLedger(file: string, decoded: { sha256: string; encoding: string; hadBom: boolean; hadCrlf: boolean }, lines: ClassifiedLine[], clauses: IngestedClause[], sections: SectionNode[]): Omit<SourceLedger, 'duplicateParagraphs' | 'numberingIrregularities'> {
  const headingLines = new Set(sections.map((s) => s.line));
  const clauseLines = new Set(clauses.flatMap((c) => Array.from({ length: c.source.endLine - c.source.startLine + 1 }, (_, i) => c.source.startLine + i)));
  const ledgerLines: LedgerLine[] = [];
  for (const line of lines) {
    if (line.role === 'blank') continue;
    if (line.role === 'boilerplate') ledgerLines.push({ line: line.line, role: 'boilerplate', rule: line.rule, why: line.why, text: line.raw });
    else if (line.role === 'metadata') ledgerLines.push({ line: line.line, role: 'metadata', rule: line.metadataKind, why: METADATA_KIND_WHY[line.metadataKind!], text: line.raw });
    else if (headingLines.has(line.line) && !clauseLines.has(line.line)) ledgerLines.push({ line: line.line, role: 'heading', text: line.raw });
    else if (clauseLines.has(line.line)) ledgerLines.push({ line: line.line, role: 'clause', text: line.raw });
    else throw new IngestError(file, line.line, `line is not accounted for as clause text, heading, metadata or boilerplate: “${line.text.slice(0, 40)}”`);
  }
  const counts = { boilerplate: 0, metadata: 0, clause: 0, heading: 0 };
  for (const l of ledgerLines) counts[l.role]++;
  // The report lists repairs by line; offsets belong to the clause or heading that shows them.
  const repairs: Repair[] = lines.flatMap((l) => l.repairs.map(({ span: _span, ...repair }) => repair));
  // Rejoins and an unclosed parenthetical are made to paragraphs and clauses, not lines: listed here too, once
  // each, though the clauses of one split line all carry them, so the report holds every repair.
  const clauseLevel = new Map<string, Repair>();
  for (const { span: _span, ...repair } of [...clauses, ...sections].flatMap((c) => c.repairs)) {
    if (CLAUSE_LEVEL.has(repair.kind)) clauseLevel.set(`${repair.line}\u0000${repair.kind}\u0000${repair.note}`, repair);
  }
  repairs.push(...clauseLevel.values());
  repairs.sort((a, b) => a.line - b.line);
  if (decoded.hadBom) repairs.unshift({ kind: 'bom', line: 1, note: '删除了文件开头的字节顺序标记（BOM）' });
  if (decoded.hadCrlf) repairs.unshift({ kind: 'crlf', line: 1, note: '换行符 CRLF 统一为 LF' });
  if (decoded.encoding !== 'utf-8') repairs.unshift({ kind: 'encoding', line: 1, note: `按 ${decoded.encoding} 编码解码` });
  return {
    file,
    sha256: decoded.sha256,
    encoding: decoded.encoding,
    totalLines: lines.length,
    nonBlankLines: ledgerLines.length,
    counts,
    lines: ledgerLines,
    controlCharactersRemoved: lines.reduce((n, l) => n + l.controlRemoved, 0),
    repairs,
    suspiciousSpaces: lines.filter((l) => l.role === 'body' && l.suspiciousSpaces > 0).map((l) => ({ line: l.line, text: l.text })),
  };
}
