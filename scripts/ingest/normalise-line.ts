import type { Erratum } from '../../src/schemas/erratum.ts';
import type { Repair } from '../../src/schemas/provenance.ts';
import { IngestError } from './ingest-error.ts';
import { findCorruptedRuns, type CorruptedRun } from './find-corrupted-runs.ts';
import { removeControlCharacters } from './normalise/remove-control-characters.ts';
import { stripPinyin } from './normalise/strip-pinyin.ts';
import { toSimplified } from './normalise/to-simplified.ts';
import { normaliseWidth } from './normalise/normalise-width.ts';
import { normaliseSpacing } from './normalise/normalise-spacing.ts';
import { stripMarkdownBold } from './normalise/strip-markdown-bold.ts';
import { traceOffsets } from './normalise/trace-offsets.ts';

export interface NormalisedLine {
  /** 1-based raw line number. */
  line: number;
  /** The raw line, exactly as in the file (after decoding). */
  raw: string;
  /** The line after errata, pinyin removal and simplification, before spacing and width: what metadata is read from. */
  plain: string;
  /** The line as the site shows it. */
  text: string;
  /** An erratum's `span` is where its correction stands in `text`. */
  repairs: Repair[];
  /** Damaged runs found in this line, with the erratum that corrected each, if any. */
  corrupted: Array<CorruptedRun & { corrected: boolean; correctedAs?: string }>;
  /** Control characters removed. */
  controlRemoved: number;
  /** Ideograph–ideograph spaces kept (possible lost characters). */
  suspiciousSpaces: number;
}

export interface NormaliseOptions {
  file: string;
  script: 'simplified' | 'traditional-pinyin';
  /** Errata declared for this line. */
  errata: Erratum[];
}

/**
 * Normalise one raw line: control characters, declared errata, pinyin, simplified characters,
 * markdown residue, spacing and punctuation width. Every change is returned as a repair.
 * @param raw the raw line
 * @param line its 1-based number
 * @param options the source's script and the errata declared for this line
 * @returns the normalised line with its repairs
 */
export function normaliseLine(raw: string, line: number, options: NormaliseOptions): NormalisedLine {
  const repairs: Repair[] = [];
  const control = removeControlCharacters(raw);
  let text = control.text;
  if (control.removed > 0) repairs.push({ kind: 'control', line, note: `删除了${control.removed}个控制字符` });

  let pinyinRemoved = 0;
  if (options.script === 'traditional-pinyin') {
    const stripped = stripPinyin(text);
    text = stripped.text;
    pinyinRemoved = stripped.removed;
  }

  const found = findCorruptedRuns(text);
  // Where each correction stands, followed through every later stage so that a clause split from
  // the line can tell whether it holds the correction.
  const corrections: Array<{ repair: Repair; start: number; end: number }> = [];
  for (const erratum of options.errata) {
    const at = text.indexOf(erratum.original);
    if (at === -1) {
      throw new IngestError(options.file, line, `erratum expects “${erratum.original}” on this line but it is not there; fix content/vocab/errata.yaml`);
    }
    text = text.slice(0, at) + erratum.correction + text.slice(at + erratum.original.length);
    const shift = erratum.correction.length - erratum.original.length;
    for (const c of corrections) {
      if (c.start >= at + erratum.original.length) {
        c.start += shift;
        c.end += shift;
      }
    }
    const repair: Repair = { kind: 'erratum', line, note: erratum.reason, original: erratum.original, correction: erratum.correction };
    repairs.push(repair);
    corrections.push({ repair, start: at, end: at + erratum.correction.length });
  }
  const trace = (before: string, after: string) => {
    if (corrections.length === 0 || before === after) return;
    const map = traceOffsets(before, after);
    if (!map) throw new IngestError(options.file, line, 'cannot follow the erratum’s correction through normalisation (a stage changed the length of a character); fix content/vocab/errata.yaml or the stage');
    for (const c of corrections) {
      c.start = map(c.start);
      c.end = map(c.end);
    }
  };
  const corrupted: NormalisedLine['corrupted'] = found.map((run) => ({
    ...run,
    corrected: options.errata.some((e) => e.original.includes(run.text)),
  }));

  if (pinyinRemoved > 0) repairs.push({ kind: 'pinyin', line, note: `删除了${pinyinRemoved}处拼音注音` });
  if (options.script === 'traditional-pinyin') {
    const simplified = toSimplified(text);
    if (simplified !== text) repairs.push({ kind: 'simplified', line, note: '繁体字已用 OpenCC 转为简体字' });
    trace(text, simplified);
    text = simplified;
  }
  const plain = text;
  const bold = stripMarkdownBold(text);
  if (bold.removed > 0) repairs.push({ kind: 'markdown', line, note: '删除了 PDF 转换残留的 Markdown 加粗标记“**”' });
  trace(text, bold.text);
  text = bold.text;
  const spacing = normaliseSpacing(text);
  if (spacing.changed && spacing.text !== text.trim()) repairs.push({ kind: 'spacing', line, note: '删除了中文与数字、字母或标点之间的排版空格' });
  trace(text, spacing.text);
  text = spacing.text;
  const width = normaliseWidth(text);
  if (width.changed) repairs.push({ kind: 'width', line, note: '统一了标点宽度（中文语境使用全角标点）' });
  trace(text, width.text);
  text = width.text;
  // Each correction as the site's text reads it, in the site's script (深海空间, not the erratum's 深海空間):
  // the source view, the reader and the ingest's notes all read it from the repair.
  for (const c of corrections) Object.assign(c.repair, { span: { start: c.start, end: c.end }, shown: text.slice(c.start, c.end) });
  // A corrected run is named by the erratum's extent (深??臻g), which the detector's pattern may start inside (??臻g):
  // a note saying “??臻g” became “深海空间” would read as if the text now said 深深海空间.
  for (const run of corrupted) {
    const c = corrections.find((k) => k.repair.original!.includes(run.text));
    if (c) Object.assign(run, { text: c.repair.original!, offset: raw.indexOf(c.repair.original!), correctedAs: c.repair.shown });
  }

  return { line, raw, plain, text, repairs, corrupted, controlRemoved: control.removed, suspiciousSpaces: spacing.suspiciousSpaces.length };
}
