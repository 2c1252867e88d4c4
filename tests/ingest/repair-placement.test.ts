// Where repairs land once a line is split into clauses (一是…二是…) or shown as a heading: a correction
// only on the clause that shows it, a line's width or spacing repair on every clause of that line.
import { describe, expect, it } from 'vitest';
import { normaliseLine } from '../../scripts/ingest/normalise-line.ts';
import { traceOffsets } from '../../scripts/ingest/normalise/trace-offsets.ts';
import { checkSpanRepairs } from '../../scripts/ingest/check-span-repairs.ts';
import { corpus as vocab, ingestBytes, realBytes } from '../robustness/ingest-harness.ts';
import { corpus, clausesOf, documentOf, rawLines } from '../helpers/corpus.ts';
import { IngestError } from '../../scripts/ingest/ingest-error.ts';

const JIANGXI = 'jiangxi-six-actions-interpretation-2024.txt';
const FIVE_BY_100 = 'jiangsu-5x100-action-plan-2024.txt';
const kinds = (id: string) => clausesOf('jiangxi-six-actions-interpretation').find((c) => c.id === `jiangxi-six-actions-interpretation/${id}`)!.repairs.map((r) => r.kind);

describe('traceOffsets', () => {
  it('follows an offset through the removal of layout spaces (5个100 plan line 29)', () => {
    const before = '（一）着力推进 100 项重大前沿技术攻关';
    const after = '（一）着力推进100项重大前沿技术攻关';
    const map = traceOffsets(before, after)!;
    expect(after.slice(map(before.indexOf('重大')), map(before.length))).toBe('重大前沿技术攻关');
    expect(map(before.indexOf('100'))).toBe(after.indexOf('100'));
  });
  it('refuses an edit that is not deletions and one-for-one replacements', () => {
    expect(traceOffsets('網際網路', '互联网')).toBeNull();
  });
});

describe('an erratum knows where its correction stands in the normalised line', () => {
  it('Jiangxi line 43: 科创 产业 → 科创+产业, after the commas turned full width', () => {
    const erratum = { file: JIANGXI, line: 43, original: '科创 产业', correction: '科创+产业', reason: '“+”号疑在转载时丢失。' };
    const line = normaliseLine(rawLines(JIANGXI)[42], 43, { file: JIANGXI, script: 'simplified', errata: [erratum] });
    const span = line.repairs.find((r) => r.kind === 'erratum')!.span!;
    expect(line.text.slice(span.start, span.end)).toBe('科创+产业');
    expect(line.text.slice(span.start - 3, span.end + 2)).toBe('探索“科创+产业”等');
  });
  it('5个100 plan line 41: the offsets follow the removed “4. ” space and both “**”', () => {
    // The line is real; the erratum is one a reviewer could declare on it.
    const erratum = { file: FIVE_BY_100, line: 41, original: '国家信标委', correction: '全国信标委', reason: 'test' };
    const line = normaliseLine(rawLines(FIVE_BY_100)[40], 41, { file: FIVE_BY_100, script: 'simplified', errata: [erratum] });
    expect(line.text.startsWith('4.加强重点领域标准研制。加强与全国信标委')).toBe(true);
    const span = line.repairs.find((r) => r.kind === 'erratum')!.span!;
    expect(line.text.slice(span.start, span.end)).toBe('全国信标委');
  });
});

describe('a split line: the erratum goes only to the clause that holds its correction', () => {
  it('Jiangxi line 43: only 二是 (s3-p6-e2) carries 科创+产业; every clause of the line keeps the width repair', () => {
    expect(kinds('s3-p6-e2')).toEqual(['erratum', 'width']);
    for (const id of ['s3-p6', 's3-p6-e3', 's3-p6-e4', 's3-p6-e5']) expect(kinds(id), id).toEqual(['width']);
  });
  it('Jiangxi line 45: only 三是 (s3-p7-e3) carries 投资+孵化', () => {
    expect(kinds('s3-p7-e3')).toEqual(['erratum', 'width']);
    for (const id of ['s3-p7', 's3-p7-e2']) expect(kinds(id), id).toEqual(['width']);
  });
  it('every erratum of errata.yaml lands on exactly one clause, whose text shows the correction at its span', () => {
    const placed = corpus.clauses.flatMap((c) => c.repairs.filter((r) => r.kind === 'erratum').map((r) => ({ clause: c, repair: r })));
    const declared = vocab.errata.map((e) => `${e.file}:${e.line}`).sort();
    expect(placed.map(({ clause, repair }) => `${clause.source.file}:${repair.line}`).sort()).toEqual(declared);
    const shown = placed.map(({ clause, repair }) => clause.text.slice(repair.span!.start, repair.span!.end));
    // The roundup is traditional: its correction 深海空間 shows simplified, like the rest of the line.
    expect(shown.sort()).toEqual(['投资+孵化', '深海空间', '科创+产业', '科创+产业'].sort());
  });
  it('a page break inside 三是 of line 43: the rejoin and the second line go to the clauses that hold them', () => {
    // Break line 43 after “建设高标准技术市场,” onto line 44 (blank in the source), as a PDF page would.
    const raw = new TextDecoder().decode(realBytes(JIANGXI));
    const line43 = rawLines(JIANGXI)[42];
    const cut = line43.indexOf('建设高标准技术市场,') + '建设高标准技术市场,'.length;
    const broken = raw.replace(`${line43}\n\n`, `${line43.slice(0, cut)}\n${line43.slice(cut)}\n`);
    expect(broken).not.toBe(raw);
    const clauses = ingestBytes(JIANGXI, new TextEncoder().encode(broken)).clauses;
    const of = (id: string) => clauses.find((c) => c.id === `jiangxi-six-actions-interpretation/${id}`)!;
    const lines = (id: string) => [of(id).source.startLine, of(id).source.endLine];
    expect([lines('s3-p6'), lines('s3-p6-e2'), lines('s3-p6-e3'), lines('s3-p6-e4'), lines('s3-p6-e5')]).toEqual([[43, 43], [43, 43], [43, 44], [44, 44], [44, 44]]);
    expect(of('s3-p6-e2').repairs.map((r) => [r.kind, r.line])).toEqual([['erratum', 43], ['width', 43]]);
    expect(of('s3-p6-e4').repairs.map((r) => [r.kind, r.line])).toEqual([['width', 44]]);
    const e3 = of('s3-p6-e3');
    const rejoin = e3.repairs.find((r) => r.kind === 'rejoin')!;
    expect(e3.text.slice(0, rejoin.span!.start).endsWith('建设高标准技术市场，')).toBe(true);
    expect(e3.text.slice(rejoin.span!.start).startsWith('壮大技术转移转化服务队伍')).toBe(true);
    expect(clauses.filter((c) => c.repairs.some((r) => r.kind === 'rejoin')).map((c) => c.id)).toEqual([e3.id]);
  });
});

describe('the build checks that every correction stands in the text it is attached to', () => {
  it('passes on the corpus, and stops naming file and line when 二是’s erratum is put on the lead-in clause s3-p6', () => {
    const clauses = clausesOf('jiangxi-six-actions-interpretation');
    const parts = clauses.map((c) => ({ name: c.id, text: c.text, repairs: c.repairs }));
    expect(() => checkSpanRepairs(JIANGXI, 'simplified', parts)).not.toThrow();
    const erratum = clauses.find((c) => c.id.endsWith('/s3-p6-e2'))!.repairs.find((r) => r.kind === 'erratum')!;
    const leadIn = clauses.find((c) => c.id.endsWith('/s3-p6'))!;
    const misplaced = [{ name: leadIn.id, text: leadIn.text, repairs: [...leadIn.repairs, erratum] }];
    expect(() => checkSpanRepairs(JIANGXI, 'simplified', misplaced)).toThrow(IngestError);
    expect(() => checkSpanRepairs(JIANGXI, 'simplified', misplaced)).toThrow(`${JIANGXI}:43: the erratum's correction “科创+产业” is attached to jiangxi-six-actions-interpretation/s3-p6`);
  });

  it('stops when an erratum records a shown text the clause does not read', () => {
    const clause = clausesOf('jiangxi-six-actions-interpretation').find((c) => c.id.endsWith('/s3-p6-e2'))!;
    expect(clause.repairs.find((r) => r.kind === 'erratum')!.shown).toBe('科创+产业');
    const drifted = clause.repairs.map((r) => (r.kind === 'erratum' ? { ...r, shown: '科创 产业' } : r));
    expect(() => checkSpanRepairs(JIANGXI, 'simplified', [{ name: clause.id, text: clause.text, repairs: drifted }])).toThrow(
      `${JIANGXI}:43: the erratum's correction is recorded as shown “科创 产业”, but ${clause.id} reads “科创+产业”`,
    );
  });
});

describe('headings carry the repairs of their line', () => {
  it('every heading shown differently from its source line says why; one shown as printed has no repair', () => {
    for (const document of corpus.documents.filter((d) => d.source)) {
      const raw = rawLines(document.source!.file);
      for (const section of document.sections) {
        const printed = raw[section.line - 1].trim();
        const kinds = section.repairs.map((r) => r.kind);
        if (printed === section.marker + section.title) expect(kinds, `${document.id} ${section.id}`).toEqual([]);
        else expect(kinds.length, `${document.id} ${section.id}: “${printed}”`).toBeGreaterThan(0);
      }
    }
  });
  it('5个100 plan line 29 （一）着力推进 100 项… lost its spaces; the roundup’s 重慶市 was simplified', () => {
    expect(rawLines(FIVE_BY_100)[28].trim()).toBe('（一）着力推进 100 项重大前沿技术攻关');
    expect(documentOf('jiangsu-5x100-plan').sections.find((s) => s.id === 's2.1')).toMatchObject({
      title: '着力推进100项重大前沿技术攻关', repairs: [{ kind: 'spacing', line: 29 }],
    });
    expect(rawLines('provinces-pilot-zone-roundup-2024.txt')[19].trim()).toBe('重慶市');
    expect(documentOf('pilot-zones-roundup-2024').sections.find((s) => s.id === 'chongqing')).toMatchObject({
      title: '重庆市', repairs: [{ kind: 'simplified', line: 20 }],
    });
  });
});
