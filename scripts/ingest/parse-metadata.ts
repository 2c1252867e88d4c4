import type { PageChrome } from '../../src/schemas/page-chrome.ts';
import type { ClassifiedLine } from './classify-lines.ts';
import { spacedKey } from './classify-lines.ts';

/** Fields read from a source's header and footer lines, keyed by document field name. */
export interface SourceMetadata {
  fields: Record<string, { value: string; line: number }>;
  /** Title lines as printed (normalised), in order. */
  titles: Array<{ text: string; line: number }>;
  /** Signatory bodies of a cover notice, in printed order. */
  signatories: Array<{ name: string; line: number }>;
  signingDate: { value: string; line: number } | null;
  docNumber: { value: string; line: number } | null;
}

/**
 * Read metadata from the lines classified as metadata.
 * @param lines classified lines of one source
 * @param chrome the metadata key vocabulary
 * @returns the metadata, each value with the line it came from
 */
export function parseMetadata(lines: ClassifiedLine[], chrome: PageChrome): SourceMetadata {
  const metadata: SourceMetadata = { fields: {}, titles: [], signatories: [], signingDate: null, docNumber: null };
  const keys = Object.keys(chrome.metadataKeys).sort((a, b) => b.length - a.length);
  const keyRegex = new RegExp(`(?<=^|\\s)(${keys.map(spacedKey).join('|')})(?:\\s*[:：]\\s*|\\s+|$)`, 'gu');
  for (const line of lines) {
    if (line.role !== 'metadata') continue;
    switch (line.metadataKind) {
      case 'fields': {
        const raw = line.plain.trim().replace(/^-\s*/u, '');
        const hits = [...raw.matchAll(keyRegex)];
        hits.forEach((hit, i) => {
          const key = hit[1].replace(/\s+/gu, '');
          const field = chrome.metadataKeys[key];
          const end = i + 1 < hits.length ? hits[i + 1].index : raw.length;
          const value = raw.slice(hit.index + hit[0].length, end).trim();
          // A page template prints the unit of an empty count (点击：次): that is no value either.
          const empty = value === '' || (field !== undefined && value === chrome.metadataUnits[field]);
          // A key printed twice (发布日期 and 制发日期) keeps its first non-empty value.
          if (field && !empty && !metadata.fields[field]) metadata.fields[field] = { value, line: line.line };
        });
        break;
      }
      case 'title':
        metadata.titles.push({ text: line.text, line: line.line });
        break;
      case 'signatories':
        for (const name of line.raw.trim().split(/\s+/u)) metadata.signatories.push({ name, line: line.line });
        break;
      case 'signing-date':
        metadata.signingDate = { value: line.text, line: line.line };
        break;
      case 'doc-number':
        metadata.docNumber = { value: line.text, line: line.line };
        break;
      default:
        break;
    }
  }
  return metadata;
}
