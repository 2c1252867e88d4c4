import type { PageChrome } from '../../src/schemas/page-chrome.ts';
import type { NormalisedLine } from './normalise-line.ts';

/** What a source line is. The coverage ledger counts every non-blank line under one of these. */
export type LineRole = 'blank' | 'boilerplate' | 'metadata' | 'body';

/** Finer kinds of metadata lines, which decide where their content goes. */
export type MetadataKind = 'fields' | 'title' | 'signatories' | 'signing-date' | 'doc-number' | 'attachment-marker';

/** What each kind of metadata line is, in the words the source view shows. */
export const METADATA_KIND_WHY: Record<MetadataKind, string> = {
  fields: '信息栏字段', title: '文件标题', signatories: '落款机关', 'signing-date': '落款日期', 'doc-number': '文号', 'attachment-marker': '附件标记',
};

export interface ClassifiedLine extends NormalisedLine {
  role: LineRole;
  /** For boilerplate: the chrome rule that matched. */
  rule?: string;
  /** For boilerplate: what the rule matches, as its vocabulary entry says (页脚联系方式…). */
  why?: string;
  /** For metadata: which kind. */
  metadataKind?: MetadataKind;
}

const SIGNATORY = /^[\u4e00-\u9fff]{4,}(厅|委|局|办|会|委员会|政府|院|部)$/u;
const SIGNING_DATE = /^\d{4}年\d{1,2}月\d{1,2}日$/u;
const DOC_NUMBER = /^[\u4e00-\u9fff]{2,}〔\d{4}〕\d+号$/u;

/**
 * Build the classifier for one source.
 * @param chrome the reviewed chrome rules and metadata keys
 * @param title the document's declared title (normalised)
 * @returns a function that gives a line its role
 */
export function createLineClassifier(chrome: PageChrome, title: string) {
  const rules = chrome.chrome.map((rule) => ({ id: rule.id, why: rule.why, pattern: new RegExp(rule.pattern, 'u') }));
  const keyPattern = metadataKeyPattern(Object.keys(chrome.metadataKeys));
  const bareTitle = title.replace(/^《(.*)》/u, '$1');
  return (line: NormalisedLine): ClassifiedLine => {
    const text = line.text;
    if (text === '') return { ...line, role: 'blank' };
    const rule = rules.find((r) => r.pattern.test(text));
    if (rule) return { ...line, role: 'boilerplate', rule: rule.id, why: rule.why };
    const rawTrim = line.plain.trim().replace(/^-\s*/u, '');
    if (keyPattern.test(rawTrim)) return { ...line, role: 'metadata', metadataKind: 'fields' };
    if (!text.includes('。') && (text.includes(bareTitle) || text === title)) return { ...line, role: 'metadata', metadataKind: 'title' };
    const tokens = line.raw.trim().split(/\s+/u);
    if (tokens.every((t) => SIGNATORY.test(t))) return { ...line, role: 'metadata', metadataKind: 'signatories' };
    if (SIGNING_DATE.test(text)) return { ...line, role: 'metadata', metadataKind: 'signing-date' };
    if (DOC_NUMBER.test(text)) return { ...line, role: 'metadata', metadataKind: 'doc-number' };
    if (/^附件\d*$/u.test(text)) return { ...line, role: 'metadata', metadataKind: 'attachment-marker' };
    return { ...line, role: 'body' };
  };
}

/** A line is a metadata line when it starts with a known key (spaces inside the key allowed) and a separator. */
function metadataKeyPattern(keys: string[]): RegExp {
  const alternatives = [...keys].sort((a, b) => b.length - a.length).map(spacedKey);
  return new RegExp(`^(${alternatives.join('|')})(\\s*[:：]|\\s+\\S)`, 'u');
}

/** @returns a regex source matching the key with optional spaces between its characters */
export function spacedKey(key: string): string {
  return [...key].join('\\s*');
}
