// Document metadata says what the source says: an empty field gives no value, a joint issue stays
// joint, and a 发布机构 is shown as printed, not turned into a department.
import { describe, expect, it } from 'vitest';
import { createLineClassifier } from '../../scripts/ingest/classify-lines.ts';
import { normaliseLine } from '../../scripts/ingest/normalise-line.ts';
import { parseMetadata } from '../../scripts/ingest/parse-metadata.ts';
import { corpus as ingestVocab } from '../robustness/ingest-harness.ts';
import { clausesOf, corpus, documentOf, rawLines } from '../helpers/corpus.ts';

const ROUNDUP = 'provinces-pilot-zone-roundup-2024.txt';
const FIVE_BY_100_INTERPRETATION = 'jiangsu-5x100-interpretation-2024.txt';

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

describe('issuers are what the text says', () => {
  it('Gansu’s plan was issued by 甘肃省工信厅等7部门 (roundup line 46): the count stays, the lead is linked', () => {
    const gansu = documentOf('gansu-future-industries-action-plan-2024');
    expect(gansu).toMatchObject({ issuers: ['甘肃省工信厅等7部门'], issuerIds: ['gansu/industry-it'] });
    const text = clausesOf('pilot-zones-roundup-2024').find((c) => c.id === gansu.knownFrom!.clauseId)!.text;
    expect(text).toContain('甘肃省工信厅等7部门联合印发');
  });
  it('the 5个100 interpretation shows its 发布机构 江苏科技 as printed (line 10), with the basis, and links no department', () => {
    expect(rawLines(FIVE_BY_100_INTERPRETATION)[9]).toBe('发布机构 江苏科技');
    expect(documentOf('jiangsu-5x100-interpretation')).toMatchObject({
      issuers: ['江苏科技'], issuerIds: [null], publisher: '江苏化工网',
      issuersBasis: '原文未署作者；这里照录第10行“发布机构”一栏的写法，以之为发文机关是推定。',
    });
    const departments = corpus.documents.flatMap((d) => (d.issuerIds ?? []).map((id) => [d.id, id]));
    expect(departments).not.toContainEqual(['jiangsu-5x100-interpretation', 'jiangsu/science-technology']);
    expect(corpus.unknownDepartments).toEqual([]);
  });
  it('a publisher is tied to a department only by a registry name: 安义县人民政府 is, the websites are not', () => {
    expect(documentOf('jiangxi-six-actions-interpretation')).toMatchObject({ publisher: '安义县人民政府', publisherId: 'jiangxi/anyi-county-government' });
    for (const id of ['jiangsu-5x100-interpretation', 'pilot-zones-roundup-2024', 'guangdong-future-industries-action-plan-2024']) {
      expect(documentOf(id).publisherId, id).toBeNull();
    }
  });
  it('Guangdong’s plan was published on 广东省政府官网 (roundup line 31): that is its publisher, and no issuer is claimed', () => {
    const guangdong = documentOf('guangdong-future-industries-action-plan-2024');
    expect(guangdong).toMatchObject({ issuers: [], issuerIds: [], publisher: '广东省政府官网', date: '2024-09-30' });
    expect(clausesOf('pilot-zones-roundup-2024').find((c) => c.id === guangdong.knownFrom!.clauseId)!.text).toContain('9月30日，广东省政府官网发布《关于加快培育发展未来产业的行动方案》');
  });
  it('every issuer of a document known from the roundup is printed in the paragraph that names it', () => {
    for (const document of corpus.documents.filter((d) => d.knownFrom?.documentId === 'pilot-zones-roundup-2024')) {
      const text = clausesOf('pilot-zones-roundup-2024').find((c) => c.id === document.knownFrom!.clauseId)!.text;
      for (const issuer of document.issuers) expect(text, document.id).toContain(issuer);
      if (document.publisher) expect(text, document.id).toContain(document.publisher);
    }
  });
});
