import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isNode, LineCounter, parseDocument, type Document } from 'yaml';
import type { z } from 'zod';
import { DepartmentRegistrySchema, type DepartmentRegistry } from '../../src/schemas/department.ts';
import { DepartmentFunctionVocabSchema, type DepartmentFunctionVocab } from '../../src/schemas/department-function.ts';
import { MeasureVocabSchema, type MeasureVocab } from '../../src/schemas/measure.ts';
import { SectorVocabSchema, type SectorVocab } from '../../src/schemas/sector.ts';
import { SearchSynonymVocabSchema } from '../../src/schemas/search-synonym.ts';

/** The knowledge-layer vocabularies: the department registry and the functions its entries name, sectors, measures. */
export interface Vocab {
  departments: DepartmentRegistry;
  functions: DepartmentFunctionVocab;
  sectors: SectorVocab;
  measures: MeasureVocab;
}

/** A path into a YAML document, as zod reports it. */
export type DataPath = readonly PropertyKey[];

/** One problem in a vocabulary file, located by file and 1-based line. */
export interface VocabIssue {
  file: string;
  line: number;
  path: string;
  message: string;
}

/** Thrown when a vocabulary file is not valid; the message lists every issue as `file:line: path: message`. */
export class VocabError extends Error {
  readonly issues: VocabIssue[];
  constructor(issues: VocabIssue[]) {
    super(issues.map((issue) => `${issue.file}:${issue.line}: ${issue.path ? `${issue.path}: ` : ''}${issue.message}`).join('\n'));
    this.name = 'VocabError';
    this.issues = issues;
  }
}

/** A parsed, schema-valid file plus a way to locate any of its paths. */
export interface ParsedVocabFile<T> {
  value: T;
  file: string;
  lineOf: (path: DataPath) => number;
}

function formatPath(path: DataPath): string {
  return path.map((key, i) => (typeof key === 'number' ? `[${key}]` : `${i === 0 ? '' : '.'}${String(key)}`)).join('');
}

function locator(doc: Document, lineCounter: LineCounter): (path: DataPath) => number {
  return (path) => {
    // Walk up to the nearest node that exists (a missing key is reported at its parent object).
    for (let depth = path.length; depth >= 0; depth -= 1) {
      const node = depth === 0 ? doc.contents : doc.getIn(path.slice(0, depth) as unknown[], true);
      if (isNode(node) && node.range) return lineCounter.linePos(node.range[0]).line;
    }
    return 1;
  };
}

/**
 * Parses one vocabulary file's text and validates it with a zod schema.
 * @param text YAML text
 * @param file path used in error messages
 * @param schema zod schema of the whole file
 * @returns the validated value and a path-to-line locator; throws VocabError naming file and line
 */
export function parseVocabFile<S extends z.ZodType>(text: string, file: string, schema: S): ParsedVocabFile<z.output<S>> {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: true });
  if (doc.errors.length > 0) {
    throw new VocabError(
      doc.errors.map((error) => ({
        file,
        line: error.linePos?.[0].line ?? lineCounter.linePos(error.pos[0]).line,
        path: '',
        message: `YAML syntax: ${error.message.split('\n')[0]}`,
      })),
    );
  }
  const lineOf = locator(doc, lineCounter);
  const result = schema.safeParse(doc.toJS());
  if (!result.success) {
    throw new VocabError(
      result.error.issues.map((issue) => {
        // Point an unknown key at the key itself rather than at its object.
        const path = issue.code === 'unrecognized_keys' ? [...issue.path, issue.keys[0]] : issue.path;
        return { file, line: lineOf(path), path: formatPath(path), message: issue.message };
      }),
    );
  }
  return { value: result.data, file, lineOf };
}

/** Collects issues that reference another part of a file, with their line. */
export class IssueList {
  readonly issues: VocabIssue[] = [];
  add(parsed: ParsedVocabFile<unknown>, path: DataPath, message: string): void {
    this.issues.push({ file: parsed.file, line: parsed.lineOf(path), path: formatPath(path), message });
  }
}

function checkDepartments(parsed: ParsedVocabFile<DepartmentRegistry>, functions: ParsedVocabFile<DepartmentFunctionVocab>, issues: IssueList): void {
  const functionIds = new Set<string>();
  functions.value.functions.forEach((fn, i) => {
    if (functionIds.has(fn.id)) issues.add(functions, ['functions', i, 'id'], `duplicate function id "${fn.id}"`);
    functionIds.add(fn.id);
  });
  const held = new Set<string>();
  for (const [province, registry] of Object.entries(parsed.value.provinces)) {
    if (!registry) continue;
    const ids = new Set<string>();
    const written = new Map<string, string>();
    // A function names a province's counterpart of other provinces' bodies: one body per province.
    const holder = new Map<string, string>();
    registry.departments.forEach((entry, i) => {
      const at = ['provinces', province, 'departments', i];
      if (ids.has(entry.id)) issues.add(parsed, [...at, 'id'], `duplicate department id "${entry.id}" in ${province}`);
      ids.add(entry.id);
      if (entry.function !== undefined) {
        held.add(entry.function);
        if (!functionIds.has(entry.function)) issues.add(parsed, [...at, 'function'], `unknown function "${entry.function}" (not in ${functions.file})`);
        else if (holder.has(entry.function)) issues.add(parsed, [...at, 'function'], `function "${entry.function}" is already held by "${holder.get(entry.function)}" in ${province}`);
        else holder.set(entry.function, entry.id);
      }
      // A form may repeat within its own entry (name === short), never across entries.
      for (const form of new Set([entry.name, entry.short, ...entry.aliases])) {
        const owner = written.get(form);
        if (owner !== undefined) issues.add(parsed, at, `written form "${form}" already belongs to "${owner}" in ${province}`);
        else written.set(form, entry.id);
      }
    });
    registry.unmapped.forEach((name, i) => {
      const owner = written.get(name.written);
      if (owner !== undefined) issues.add(parsed, ['provinces', province, 'unmapped', i], `"${name.written}" is listed as unmapped but is a written form of "${owner}" in ${province}`);
    });
  }
  // A reviewed function no body holds is stale (or its holders' ids are misspelt).
  functions.value.functions.forEach((fn, i) => {
    if (!held.has(fn.id)) issues.add(functions, ['functions', i], `function "${fn.id}" is held by no department in ${parsed.file}`);
  });
}

/** @returns a word as search compares it: full-width forms folded (６Ｇ), in any case (6g) */
export const foldCase = (text: string) => text.normalize('NFKC').toLowerCase();

function checkSectors(parsed: ParsedVocabFile<SectorVocab>, issues: IssueList, sourceFiles?: ReadonlySet<string>): void {
  const byId = new Map<string, SectorVocab['sectors'][number]>();
  const written = new Map<string, string>();
  parsed.value.sectors.forEach((sector, i) => {
    if (byId.has(sector.id)) issues.add(parsed, ['sectors', i, 'id'], `duplicate sector id "${sector.id}"`);
    byId.set(sector.id, sector);
    for (const form of new Set([sector.name, ...sector.aliases])) {
      const owner = written.get(form);
      if (owner !== undefined) issues.add(parsed, ['sectors', i], `written form "${form}" already belongs to "${owner}"`);
      else written.set(form, sector.id);
    }
  });
  // A reader's word is one the texts do not write: a sector's written form is not one, and it points to one sector only.
  const readerOwner = new Map<string, string>();
  const writtenFolded = new Map([...written].map(([form, owner]) => [foldCase(form), owner]));
  parsed.value.sectors.forEach((sector, i) => {
    sector.readerTerms.forEach((term, j) => {
      const at = ['sectors', i, 'readerTerms', j];
      const key = foldCase(term);
      if (writtenFolded.has(key)) issues.add(parsed, at, `reader term "${term}" is a written form of "${writtenFolded.get(key)}"`);
      else if (readerOwner.has(key)) issues.add(parsed, at, `reader term "${term}" already belongs to "${readerOwner.get(key)}"`);
      else readerOwner.set(key, sector.id);
    });
  });
  parsed.value.sectors.forEach((sector, i) => {
    if (sector.parent === undefined) return;
    const parent = byId.get(sector.parent);
    if (!parent) issues.add(parsed, ['sectors', i, 'parent'], `unknown parent sector "${sector.parent}"`);
    else if (parent.parent !== undefined) issues.add(parsed, ['sectors', i, 'parent'], `parent "${sector.parent}" is not a top-level direction (two levels only)`);
  });
  parsed.value.priorities.forEach((priority, i) => {
    // Pages name the held text a list is quoted from and link its line: a file the manifest lacks is a broken citation.
    if (sourceFiles && !sourceFiles.has(priority.source)) {
      issues.add(parsed, ['priorities', i, 'source'], `"${priority.source}" is not a source file the manifest (sources.yaml) lists`);
    }
    priority.sectors.forEach((item, j) => {
      const at = ['priorities', i, 'sectors', j];
      const sector = byId.get(item.sector);
      if (!sector) {
        issues.add(parsed, [...at, 'sector'], `unknown sector "${item.sector}"`);
        return;
      }
      if (!priority.quote.includes(item.as)) issues.add(parsed, [...at, 'as'], `"${item.as}" does not occur in the priority's quote`);
      if (![sector.name, ...sector.aliases].some((form) => item.as.includes(form))) {
        issues.add(parsed, [...at, 'as'], `"${item.as}" contains no written form of sector "${item.sector}"`);
      }
    });
  });
}

function checkMeasures(parsed: ParsedVocabFile<MeasureVocab>, issues: IssueList): void {
  const ids = new Set<string>();
  const literals = new Map<string, string>();
  parsed.value.measures.forEach((measure, i) => {
    if (ids.has(measure.id)) issues.add(parsed, ['measures', i, 'id'], `duplicate measure id "${measure.id}"`);
    ids.add(measure.id);
    measure.patterns.forEach((pattern, j) => {
      const key = typeof pattern === 'string' ? pattern : `/${pattern.regex}/`;
      const owner = literals.get(key);
      if (owner !== undefined) issues.add(parsed, ['measures', i, 'patterns', j], `pattern "${key}" already belongs to "${owner}"`);
      else literals.set(key, measure.id);
    });
  });
  const patterns = parsed.value.measures.flatMap((measure) => measure.patterns);
  parsed.value.blockers.forEach((blocker, i) => {
    const at = ['blockers', i, 'phrase'];
    if (literals.has(blocker.phrase)) issues.add(parsed, at, `blocker "${blocker.phrase}" is itself a pattern of "${literals.get(blocker.phrase)}"`);
    // A blocker holding no pattern blocks nothing: a typo, or a pattern since renamed.
    else if (!patterns.some((p) => (typeof p === 'string' ? blocker.phrase.includes(p) : new RegExp(p.regex, 'u').test(blocker.phrase)))) {
      issues.add(parsed, at, `blocker "${blocker.phrase}" contains no pattern, so it blocks nothing`);
    }
  });
}

/**
 * Checks ids, references and written-form uniqueness across the parsed files.
 * @param sourceFiles the manifest's source files, which priority lists must be quoted from (unchecked when absent)
 * @returns every issue found, each with file and line (empty when consistent)
 */
export function checkVocabIntegrity(files: {
  departments: ParsedVocabFile<DepartmentRegistry>;
  functions: ParsedVocabFile<DepartmentFunctionVocab>;
  sectors: ParsedVocabFile<SectorVocab>;
  measures: ParsedVocabFile<MeasureVocab>;
}, sourceFiles?: ReadonlySet<string>): VocabIssue[] {
  const issues = new IssueList();
  checkDepartments(files.departments, files.functions, issues);
  checkSectors(files.sectors, issues, sourceFiles);
  checkMeasures(files.measures, issues);
  return issues.issues;
}

/**
 * Reads and validates one vocabulary file, keeping the line of each of its entries (for checks against the corpus).
 * @param dir the vocabulary folder
 * @param name the file's name in it
 * @param schema zod schema of the whole file
 * @returns the parsed file; throws VocabError naming file and line
 */
export function readVocabFile<S extends z.ZodType>(dir: string, name: string, schema: S): ParsedVocabFile<z.output<S>> {
  const file = join(dir, name);
  return parseVocabFile(readFileSync(file, 'utf8'), file, schema);
}

/**
 * Reads and validates departments.yaml, department-functions.yaml, sectors.yaml and measures.yaml, each with its line
 * map, so a later check (the sectors' reader terms) can name a line without parsing a file again.
 * @param dir directory holding the four files
 * @returns the parsed files; throws VocabError with `file:line` for a file its schema rejects
 */
export function readVocabFiles(dir = 'content/vocab') {
  const read = <S extends z.ZodType>(name: string, schema: S) => readVocabFile(dir, name, schema);
  return {
    departments: read('departments.yaml', DepartmentRegistrySchema),
    functions: read('department-functions.yaml', DepartmentFunctionVocabSchema),
    sectors: read('sectors.yaml', SectorVocabSchema),
    measures: read('measures.yaml', MeasureVocabSchema),
  };
}

/**
 * Reads, validates and cross-checks departments.yaml, department-functions.yaml, sectors.yaml and measures.yaml.
 * @param dir directory holding the four files
 * @param sourceFiles the manifest's source files: a priority list quoted from another file stops the build
 * @param files the four files already read (readVocabFiles), else read from `dir`
 * @returns the vocabularies; throws VocabError with `file:line` for every problem
 */
export function loadVocab(dir = 'content/vocab', sourceFiles?: ReadonlySet<string>, files = readVocabFiles(dir)): Vocab {
  const issues = checkVocabIntegrity(files, sourceFiles);
  if (issues.length > 0) throw new VocabError(issues);
  return { departments: files.departments.value, functions: files.functions.value, sectors: files.sectors.value, measures: files.measures.value };
}

/**
 * Reads content/vocab/search-synonyms.yaml: a form belongs to one group only, in any case (AI, ai). A group no text
 * writes is allowed (another corpus may lack it; searching its forms adds nothing and says nothing); that the real
 * texts write a form of every group is a test (tests/site/search-query.test.ts).
 * @param file the synonyms file
 * @returns each group's forms; throws VocabError with `file:line` for every problem
 */
export function loadSearchSynonyms(file = 'content/vocab/search-synonyms.yaml'): string[][] {
  const parsed = parseVocabFile(readFileSync(file, 'utf8'), file, SearchSynonymVocabSchema);
  const issues = new IssueList();
  const owner = new Map<string, number>();
  parsed.value.synonyms.forEach(({ forms }, i) => {
    forms.forEach((form, j) => {
      const other = owner.get(form.toLowerCase());
      if (other !== undefined) issues.add(parsed, ['synonyms', i, 'forms', j], `form "${form}" already belongs to group ${other + 1}`);
      else owner.set(form.toLowerCase(), i);
    });
  });
  if (issues.issues.length > 0) throw new VocabError(issues.issues);
  return parsed.value.synonyms.map((group) => group.forms);
}
