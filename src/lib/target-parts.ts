// How the compare page, compare.csv and the reader say that targets are parts of a whole (targets.json partOf, parts;
// reviewed in content/vocab/same-targets.yaml): beside the whole, what its parts are and whether they add up to it;
// beside each part, that it is one and must not be added to the whole.
import { amountRange } from './target-labels.ts';
import { anchorLabel, documentById, shortName, hrefOf, targetAmount, targetAnchor, targetById, targetStatement, wholeOf, wholeWithParts, type Target } from './atlas.ts';

/** A target named in a note, linked to where it is printed. */
export interface NamedTarget {
  /** Its words, a long middle elided: 国家标准30项, 100家左右…未来产业标杆孵化器. */
  text: string;
  href: string;
  /** Document title · clause name (tooltip). */
  title: string;
}

/**
 * A note with targets linked in it: `lead`, the links joined by 、, then `tail`. Beside a whole:
 * 其中：|地方标准或行业标准60项、国家标准30项、国际标准10项左右|（第41行），合计约100项. Beside a part:
 * 属|“着力研制100项未来产业标准规范”|（第39行）的一部分，不应与之相加.
 */
export interface TargetNote {
  /** 其中： where the parts make up the whole, 该任务下另列： where they are only set under its task; 属 or 列于 before a part's whole. */
  lead: string;
  links: NamedTarget[];
  /** Where they are printed (第41行, or “5个100”行动方案第41行 seen from another text), then whether they add up. */
  tail: string;
  /** The note in one line. */
  text: string;
}

/** Past this many characters, a part's words are cut to its amount … its subject. */
const NAME_LENGTH = 16;

/** @returns a target named for a note: its words, with a long middle elided where its amount comes first (100家左右…未来产业标杆孵化器) */
export function nameOf(target: Target, words = target.text): NamedTarget {
  const amount = targetAmount(target);
  const subject = target.subject ?? '';
  const text = words.length > NAME_LENGTH && words.startsWith(amount) && subject && words.endsWith(subject) && words.length > amount.length + subject.length
    ? `${amount}…${subject}`
    : words;
  return { text, href: hrefOf(target.id), title: anchorLabel(targetAnchor(target)) };
}

/** @returns where statements are printed, for a reader of `from`: 第41行, 第73、77行, “5个100”行动方案第41行 */
function placeOf(statements: readonly Target[], from: Pick<Target, 'documentId'>): string {
  return [...Map.groupBy(statements, (t) => t.documentId)].map(([documentId, own]) => {
    const document = documentById.get(documentId);
    const text = documentId === from.documentId ? '' : (document ? shortName(document) : documentId);
    return `${text}第${[...new Set(own.map((t) => t.line))].join('、')}行`;
  }).join('，');
}

/** @returns the note, with its text in one line */
const note = (lead: string, links: NamedTarget[], tail: string): TargetNote => ({ lead, links, tail, text: `${lead}${links.map((l) => l.text).join('、')}${tail}` });


/**
 * @param target any statement of a target
 * @returns what its declared parts are, for a reader of this statement; null when its target has none
 */
export function partsNote(target: Target): TargetNote | null {
  const whole = wholeWithParts(target.id);
  if (!whole) return null;
  const parts = whole.parts.map((id) => targetById.get(id)!);
  const min = parts.reduce((n, p) => n + p.min, 0);
  const max = parts.reduce((n, p) => n + p.max, 0);
  // Parts set under the whole's task are not said to be in its count: the text does not say so (100 + 10 parks under 100).
  const lead = whole.partsSum === 'under' ? '该任务下另列：' : '其中：';
  const sum = whole.partsSum === 'under' ? '，原文未说明与这一总数的关系，不宜直接相加' : `，合计${whole.partsSum === 'about' ? '约' : ''}${amountRange(min, max)}${whole.unit}`;
  return note(lead, parts.map((p) => nameOf(p)), `（${placeOf(parts, target)}）${sum}`);
}

/** @returns the badge a list gives a declared part: 组成部分, or 任务下另列 where the text only sets it under the whole's task */
export function partLabel(target: Target): string | null {
  const whole = wholeOf(target.id);
  return whole ? (whole.partsSum === 'under' ? '任务下另列' : '组成部分') : null;
}

/**
 * @param target a statement
 * @returns that it is a declared part of a whole and must not be added to it; null when it is part of none
 */
export function partOfNote(target: Target): TargetNote | null {
  const whole = wholeOf(target.id);
  if (!whole) return null;
  const quoted = nameOf(whole, `“${targetStatement(whole)}”`);
  if (whole.partsSum === 'under') return note('列于', [quoted], `（${placeOf([whole], target)}）任务之下，原文未说明是否计入其数，不宜直接相加`);
  return note('属', [quoted], `（${placeOf([whole], target)}）的一部分，不应与之相加`);
}
