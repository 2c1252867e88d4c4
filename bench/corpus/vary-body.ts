// Vary the body of a plan or interpretation copy the way real documents differ: clauses dropped and
// reordered (then renumbered so the numbering stays valid), sentences dropped or borrowed from other
// clauses of the same source, responsible departments permuted, target figures changed.
import type { Rng } from './prng.ts';

type BlockType = 'numbered' | 'goal' | 'enumerated';

interface Block {
  kind: 'block';
  type: BlockType;
  lines: string[];
  /** Restart group of a numbered block: a new group begins where the original numbering restarts at a lower number. */
  group: number;
  endsSentence: boolean;
  /** Holds a manifest quote: never dropped, moved or edited. */
  pinned: boolean;
}
interface Free {
  kind: 'free';
  line: string;
}
type Item = Block | Free;

const NUMBERED = /^(\s*)(\d{1,3})(\.)/u;
const GOAL = /^\s*——/u;
const ENUMERATED = /^(\s*)([一二三四五六七八九十])(是)/u;
const HEADING = /^\s*([一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[)）])/u;
const NUMERALS = '一二三四五六七八九十';

export interface VaryBodyOptions {
  rng: Rng;
  /** Returns true when a line holds a phrase the manifest quotes (such lines stay as written). */
  isPinned: (line: string) => boolean;
  /** Probability that a clause of a run is dropped. */
  dropClause?: number;
  /** Probability that a run of clauses is reordered. */
  reorderRun?: number;
}

/**
 * Vary the body lines of one source copy.
 * @param lines raw lines (already renamed)
 * @param options random source and pinned-line test
 * @returns the varied lines
 */
export function varyBody(lines: string[], options: VaryBodyOptions): string[] {
  const { rng } = options;
  const items = segment(lines, options.isPinned);
  const pool = borrowablePool(items);
  const runs = findRuns(items);
  const dropped = new Set<Block>();
  for (const run of runs) {
    if (run.length < 2) continue;
    for (const block of run) {
      if (block.pinned || !block.endsSentence) continue;
      if (run.length - countIn(run, dropped) <= 1) break;
      if (rng.chance(options.dropClause ?? 0.15)) dropped.add(block);
    }
  }
  const order = new Map<Block, Block>();
  for (const run of runs) {
    const movable = run.filter((b) => !dropped.has(b) && !b.pinned && b.endsSentence);
    if (movable.length < 2 || !rng.chance(options.reorderRun ?? 0.35)) continue;
    const shuffled = rng.shuffle(movable);
    movable.forEach((slot, i) => order.set(slot, shuffled[i]));
  }
  const placed: Item[] = items
    .filter((item) => item.kind === 'free' || !dropped.has(item))
    .map((item) => (item.kind === 'block' ? (order.get(item) ?? item) : item));

  renumber(placed);
  const out: string[] = [];
  for (const item of placed) {
    if (item.kind === 'free') {
      out.push(item.line);
      continue;
    }
    if (item.pinned) {
      out.push(...item.lines);
      continue;
    }
    const varied = item.lines.map((line) => varyTargets(varySentences(line, rng, pool), rng));
    const last = lastNonBlank(varied);
    if (last >= 0) varied[last] = permuteDepartments(varied[last], rng);
    out.push(...varied);
  }
  return out;
}

const countIn = (run: Block[], set: Set<Block>) => run.filter((b) => set.has(b)).length;

function lastNonBlank(lines: string[]): number {
  for (let i = lines.length - 1; i >= 0; i--) if (lines[i].trim() !== '') return i;
  return -1;
}

function blockType(line: string): BlockType | null {
  if (NUMBERED.test(line)) return 'numbered';
  if (GOAL.test(line)) return 'goal';
  if (ENUMERATED.test(line)) return 'enumerated';
  return null;
}

const isMarker = (line: string) => blockType(line) !== null || HEADING.test(line);

/** The ingest's rule for where a paragraph may end, on raw text (half- or full-width). */
function endsSentence(text: string): boolean {
  const t = text.trim();
  return /[。！？；：…]$/u.test(t) || /[。！？][”’）」)]$/u.test(t) || (/[)）]$/u.test(t) && t.includes('。'));
}

/** Cut lines into blocks (a marker line and the lines a page break split from it) and free lines. */
function segment(lines: string[], isPinned: (line: string) => boolean): Item[] {
  const items: Item[] = [];
  let group = 0;
  let previousNumber = Infinity;
  for (let i = 0; i < lines.length; i++) {
    const type = blockType(lines[i]);
    if (!type) {
      items.push({ kind: 'free', line: lines[i] });
      continue;
    }
    const block: Block = { kind: 'block', type, lines: [lines[i]], group: 0, endsSentence: endsSentence(lines[i]), pinned: false };
    if (type === 'numbered') {
      const n = Number(NUMBERED.exec(lines[i])![2]);
      if (n <= previousNumber) group++;
      previousNumber = n;
      block.group = group;
    }
    // A sentence broken by a page break continues on the next non-blank line unless that line starts a marker.
    while (!block.endsSentence) {
      let j = i + 1;
      while (j < lines.length && lines[j].trim() === '') j++;
      if (j >= lines.length || isMarker(lines[j])) break;
      block.lines.push(...lines.slice(i + 1, j + 1));
      i = j;
      block.endsSentence = endsSentence(lines[j]);
    }
    block.pinned = block.lines.some(isPinned) || block.lines.some((l) => l.includes('*'));
    items.push(block);
  }
  return items;
}

/** Runs: blocks of the same type separated only by blank lines. */
function findRuns(items: Item[]): Block[][] {
  const runs: Block[][] = [];
  let run: Block[] = [];
  for (const item of items) {
    if (item.kind === 'free') {
      if (item.line.trim() === '') continue;
      if (run.length) runs.push(run);
      run = [];
      continue;
    }
    if (run.length && (run[0].type !== item.type || run[0].group !== item.group)) {
      runs.push(run);
      run = [];
    }
    run.push(item);
  }
  if (run.length) runs.push(run);
  return runs;
}

/** Renumber numbered blocks within their restart group, and 一是… ordinals within their run, in the new order. */
function renumber(items: Item[]): void {
  const counters = new Map<number, number>();
  let ordinal = 0;
  for (const item of items) {
    if (item.kind === 'free') {
      if (item.line.trim() !== '') ordinal = 0;
      continue;
    }
    if (item.type === 'numbered') {
      const n = (counters.get(item.group) ?? 0) + 1;
      counters.set(item.group, n);
      item.lines = [item.lines[0].replace(NUMBERED, (_m, pre: string, _n: string, dot: string) => `${pre}${n}${dot}`), ...item.lines.slice(1)];
    }
    if (item.type === 'enumerated') {
      ordinal++;
      if (ordinal <= NUMERALS.length) {
        const numeral = NUMERALS[ordinal - 1];
        item.lines = [item.lines[0].replace(ENUMERATED, (_m, pre: string, _x: string, shi: string) => `${pre}${numeral}${shi}`), ...item.lines.slice(1)];
      }
    } else ordinal = 0;
  }
}

/** Sentences that can stand anywhere: whole, balanced, no citation, abbreviation, enumeration or markup. */
function isPortable(sentence: string): boolean {
  if (sentence.length < 8 || !sentence.endsWith('。')) return false;
  if (/[《》*]|简称|^[一二三四五六七八九十]是/u.test(sentence)) return false;
  const count = (re: RegExp) => (sentence.match(re) ?? []).length;
  return count(/[（(]/gu) === count(/[)）]/gu) && count(/“/gu) === count(/”/gu);
}

function splitSentences(line: string): string[] {
  return line.split(/(?<=。)/u);
}

function borrowablePool(items: Item[]): string[] {
  const pool: string[] = [];
  for (const item of items) {
    if (item.kind !== 'block' || item.pinned) continue;
    for (const line of item.lines) pool.push(...splitSentences(line).slice(1, -1).filter(isPortable));
  }
  return pool;
}

/** Drop middle sentences or insert one borrowed from another clause; the first (title) and last piece stay. */
function varySentences(line: string, rng: Rng, pool: string[]): string {
  const pieces = splitSentences(line);
  if (pieces.length < 3) return line;
  const out = [pieces[0]];
  for (const piece of pieces.slice(1, -1)) {
    if (!(isPortable(piece) && rng.chance(0.15))) out.push(piece);
    if (pool.length > 0 && rng.chance(0.06)) out.push(rng.pick(pool));
  }
  out.push(pieces[pieces.length - 1]);
  return out.join('');
}

const DEPARTMENTS = /([（(])([^（）()]*?)(等?按职责分工负责)([^（）()]*)([)）])(\s*)$/u;

/** Permute the departments of a closing responsibility parenthetical, sometimes dropping one co-department. */
function permuteDepartments(line: string, rng: Rng): string {
  const m = DEPARTMENTS.exec(line);
  if (!m) return line;
  const comma = m[2].search(/[,，]/u);
  const listed = comma === -1 ? m[2] : m[2].slice(0, comma);
  const rest = comma === -1 ? '' : m[2].slice(comma);
  let names = listed.split('、');
  if (names.length < 2) return line;
  names = rng.shuffle(names);
  if (names.length >= 3 && rng.chance(0.2)) names.splice(1 + rng.int(names.length - 1), 1);
  return `${line.slice(0, m.index)}${m[1]}${names.join('、')}${rest}${m[3]}${m[4]}${m[5]}${m[6]}`;
}

// A figure with its measure word: 100项, 200 家左右, 30-40项. Not 5个100 (a plan's name), not 第3批.
const TARGET = /(?<![\d第.\-A-Za-z])(\d{1,4})(?:-(\d{1,4}))?(\s?)(项|个|家|名|所|批|座)(?!100)/gu;
const FACTORS = [0.5, 0.6, 0.8, 1.2, 1.5, 2, 3];

function roundNice(value: number, original: number): number {
  if (original >= 100) return Math.max(10, Math.round(value / 10) * 10);
  if (original >= 20) return Math.max(5, Math.round(value / 5) * 5);
  return Math.max(1, Math.round(value));
}

/** Change about half of the target figures of a line by a plausible factor. */
function varyTargets(line: string, rng: Rng): string {
  return line.replace(TARGET, (m, low: string, high: string | undefined, space: string, unit: string) => {
    if (!rng.chance(0.5)) return m;
    const factor = rng.pick(FACTORS);
    const a = roundNice(Number(low) * factor, Number(low));
    if (high === undefined) return `${a}${space}${unit}`;
    let b = roundNice(Number(high) * factor, Number(high));
    if (b <= a) b = a + (Number(high) - Number(low));
    return `${a}-${b}${space}${unit}`;
  });
}
