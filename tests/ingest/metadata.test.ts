// Document metadata says what the source says: an empty field gives no value.
import { describe, expect, it } from 'vitest';
import { createLineClassifier } from '../../scripts/ingest/classify-lines.ts';
import { normaliseLine } from '../../scripts/ingest/normalise-line.ts';
import { parseMetadata } from '../../scripts/ingest/parse-metadata.ts';
import { corpus as ingestVocab } from '../robustness/ingest-harness.ts';
import { documentOf, rawLines } from '../helpers/corpus.ts';

const ROUNDUP = 'provinces-pilot-zone-roundup-2024.txt';

/** @returns the metadata fields read from one raw line of the roundup */
function roundupFields(raw: string) {
  const classify = createLineClassifier(ingestVocab.chrome, '多地发布政策，支持建设未来产业先导区');
  const line = classify(normaliseLine(raw, 17, { file: ROUNDUP, script: 'traditional-pinyin', errata: [] }));
  return Object.fromEntries(Object.entries(parseMetadata([line], ingestVocab.chrome).fields).map(([k, v]) => [k, v.value]));
}

describe('an empty metadata field gives no value', () => {
  it('roundup line 17 prints 點擊:次 with no count: no hits, not the unit', () => {
    const raw = rawLines(ROUNDUP)[16];
    expect(raw.endsWith('點(diǎn)擊:次')).toBe(true);
    expect(roundupFields(raw)).toEqual({ publisher: '高新院 achie.org', date: '2024-10-18' });
    expect(documentOf('pilot-zones-roundup-2024').metadata).not.toHaveProperty('hits');
  });
  it('the same line with a count keeps the count as printed', () => {
    expect(roundupFields(rawLines(ROUNDUP)[16].replace(':次', ':128次')).hits).toBe('128次');
  });
});

