// Every change the ingest made to a source's words is visible: under its clause on the reader, on its
// line in the raw source view, in clauses.csv, and counted on the about page. Read back from the built
// pages against the open data.
import type { Element, Root } from 'hast';
import { parse } from 'csv-parse/sync';
import { htmlToHast } from 'satteri';
import { describe, expect, test } from 'vitest';
import { readDistFile, readDistPage } from './dist.ts';
import { builtPages } from '../browser/helpers.ts';
import { classesOf, findAll, textOf } from '../helpers/hast.ts';
import { clauseById, clauses, clausesByDocument, documents, hrefOf, ingestReport } from '../../src/lib/atlas.ts';
import { CELL_JOIN } from '../../src/lib/clause-csv.ts';
import { MENTION_LEGEND_NOTE, ROLE_NOTE } from '../../src/lib/labels.ts';
import { NOTED_ALONE } from '../../src/lib/repair-notes.ts';

const page = (path: string) => htmlToHast(readDistPage(path)) as Root;
const byClass = (root: Root | Element, name: string) => findAll(root, (e) => classesOf(e).includes(name));
const slug = (file: string) => file.replace(/\.txt$/u, '');
const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');

describe('under each clause on the reader', () => {
  const metaOf = new Map<string, string>();
  // The sidebar's 全文规范化 paragraph: what every clause of the document had done to it.
  const sharedOf = new Map<string, string>();
  for (const document of documents.filter((d) => clausesByDocument.has(d.id))) {
    const root = page(`/documents/${document.id}/`);
    for (const article of findAll(root, (e) => e.tagName === 'article' && classesOf(e).includes('clause'))) {
      metaOf.set(String(article.properties.dataClause), textOf(byClass(article, 'clause-meta')[0]!));
    }
    sharedOf.set(document.id, byClass(root, 'shared-normalisations').map(textOf).join(''));
  }

  test('every repair of every clause is named with its line: corrections and rejoins in full, normalisations in the 规范化 line or, when every clause of the document has one, once beside the text', () => {
    const kinds = new Set<string>();
    for (const clause of clauses) {
      const meta = metaOf.get(clause.id)!;
      for (const r of clause.repairs) {
        kinds.add(r.kind);
        if (r.kind === 'erratum') {
          // The correction as the clause shows it, which the clause's text holds.
          const shown = new RegExp(`编辑说明（第${r.line}行）：原文“${escapeRegExp(r.original!)}”更正为“([^”]+)”`, 'u').exec(meta)?.[1];
          expect(shown, clause.id).toBeDefined();
          expect(clause.text, clause.id).toContain(shown);
        }
        else if (NOTED_ALONE.has(r.kind)) expect(meta, clause.id).toContain(`编辑说明（第${r.line}行）：${r.note}`);
        else if (meta.includes('规范化：') && meta.slice(meta.indexOf('规范化：')).includes(r.note)) {
          expect(meta.slice(meta.indexOf('规范化：')), `${clause.id} ${r.kind}`).toMatch(new RegExp(`第[0-9、]*\\b${r.line}\\b[0-9、]*行[^；]*${escapeRegExp(r.note)}`, 'u'));
        } else {
          // Said once for the document: then every one of its clauses has it.
          expect(sharedOf.get(clause.documentId), `${clause.id} ${r.kind}`).toContain(r.note);
          for (const other of clausesByDocument.get(clause.documentId)!) expect(other.repairs.map((x) => x.note), other.id).toContain(r.note);
        }
      }
      if (!clause.repairs.some((r) => !NOTED_ALONE.has(r.kind))) expect(meta, clause.id).not.toContain('规范化：');
    }
    // Every kind of repair this corpus needed was checked.
    expect([...kinds].sort()).toEqual(['erratum', 'markdown', 'pinyin', 'rejoin', 'simplified', 'spacing', 'width']);
  });

  test('the roundup’s Anhui paragraph says its pinyin was removed and its punctuation converted; the script conversion of every paragraph is said once', () => {
    expect(metaOf.get('pilot-zones-roundup-2024/p1')).toContain('规范化：第18行删除了27处拼音注音，统一了标点宽度（中文语境使用全角标点）。');
    expect(sharedOf.get('pilot-zones-roundup-2024')).toBe('每一条都经过以下规范化：繁体字已用 OpenCC 转为简体字。各行的修改见原文逐行视图。');
    // The three-year plan's 28 clauses all had their punctuation widened: one sentence, not 28 lines.
    expect(sharedOf.get('jiangsu-3yr-plan')).toContain('统一了标点宽度');
    expect([...metaOf].filter(([id, meta]) => id.startsWith('jiangsu-3yr-plan/') && meta.includes('统一了标点宽度'))).toEqual([]);
  });

  test('a correction on a line split into several clauses is noted only under the clause that holds it', () => {
    // Lines 43 and 45 of the Jiangxi interpretation each hold one paragraph and its 一是…五是 items.
    const noted = (line: number, original: string) => [...metaOf].filter(([, meta]) => meta.includes(`编辑说明（第${line}行）：原文“${original}”`)).map(([id]) => id);
    expect(noted(43, '科创 产业')).toEqual(['jiangxi-six-actions-interpretation/s3-p6-e2']);
    expect(noted(45, '投资 孵化')).toEqual(['jiangxi-six-actions-interpretation/s3-p7-e3']);
  });

  test('the 深海空间 correction is shown in the clause’s simplified script, the rejoin notes as sentences that say where the join is marked', () => {
    expect(metaOf.get('pilot-zones-roundup-2024/guangdong-p5')).toContain('编辑说明（第35行）：原文“深??臻g”更正为“深海空间”。');
    expect(metaOf.get('jiangsu-5x100-plan/c5')).toContain('第43行与第45行是被分页断开的同一句话，已接合，接合处在正文中标为“跨页”。');
  });

  test('the 5个100 plan’s clause 5 names its Markdown residue on line 43 and its rejoin with line 45', () => {
    const meta = metaOf.get('jiangsu-5x100-plan/c5')!;
    expect(meta).toContain('编辑说明（第45行）：第43行与第45行是被分页断开的同一句话，已接合');
    expect(meta).toContain('规范化：第43行删除了 PDF 转换残留的 Markdown 加粗标记“**”，删除了中文与数字、字母或标点之间的排版空格。');
  });

  test('a document whose clauses name departments explains each role it uses; 牵头 says it comes from the order', () => {
    const side = findAll(page('/documents/jiangsu-3yr-plan/'), (e) => e.tagName === 'aside')[0]!;
    const terms = findAll(side, (e) => e.tagName === 'dl' && classesOf(e).includes('role-notes'))[0]!;
    expect(findAll(terms, (e) => e.tagName === 'dt').map(textOf)).toEqual(['牵头', '配合', '承接']);
    expect(findAll(terms, (e) => e.tagName === 'dd').map(textOf)).toEqual([ROLE_NOTE.lead, ROLE_NOTE.co, ROLE_NOTE.inherited]);
    expect(ROLE_NOTE.lead).toContain('按列举顺序');
    // The roundup has no responsibility note: its legend says only what its 提及 chips are.
    const roundup = findAll(page('/documents/pilot-zones-roundup-2024/'), (e) => e.tagName === 'aside')[0]!;
    const roundupTerms = findAll(roundup, (e) => classesOf(e).includes('role-notes'))[0]!;
    expect(findAll(roundupTerms, (e) => e.tagName === 'dt').map(textOf)).toEqual(['提及']);
    expect(findAll(roundupTerms, (e) => e.tagName === 'dd').map(textOf)).toEqual([MENTION_LEGEND_NOTE]);
  });

  test('a clause’s text naming a body gets a 提及 chip to its page, apart from the duties, also where the body is only inferred', () => {
    const chipsOf = (id: string) => {
      const clause = clauseById.get(id)!;
      const article = findAll(page(`/documents/${clause.documentId}/`), (e) => e.tagName === 'article' && e.properties.id === id.split('/')[1])[0]!;
      const list = findAll(article, (e) => e.tagName === 'ul' && e.properties.ariaLabel === '正文提及的部门')[0];
      return list ? findAll(list, (e) => e.tagName === 'a').map((a) => [textOf(a), String(a.properties.href)]) : [];
    };
    // Roundup line 24: 各区县经信部门将会同有关单位填写…报送至市经济信息委。市经济信息委将组织专家…
    expect(chipsOf('pilot-zones-roundup-2024/chongqing-p4')).toEqual([
      ['各区县经信部门提及', '/departments/chongqing/district-county-departments/'],
      ['市经济信息委提及', '/departments/chongqing/economy-it/'],
    ]);
    // 成立省科技厅…工作专班: inferred from the issuers, and named by the text too, as the data records it.
    expect(clauseById.get('jiangsu-5x100-plan/s3-c1')!.mentions.map((m) => m.written)).toEqual(['省科技厅']);
    expect(chipsOf('jiangsu-5x100-plan/s3-c1')).toEqual([['省科技厅提及', '/departments/jiangsu/science-technology/']]);
    // A body its note lists as 牵头 or 配合 gets no 提及 chip: the data leaves it out.
    expect(clauses.every((c) => c.mentions.every((m) => !c.departments.some((d) => d.id === m.id && (d.role === 'lead' || d.role === 'co'))))).toBe(true);
  });
});

describe('on the raw source view', () => {
  const rowsOf = (file: string) => new Map(findAll(page(`/sources/${slug(file)}/`), (e) => e.tagName === 'tr' && String(e.properties.id ?? '').startsWith('L')).map((row) => [Number(String(row.properties.id).slice(1)), row]));

  test('each clause is linked from every clause line it comes from, also where one line holds several clauses', () => {
    for (const source of ingestReport.sources) {
      const rows = rowsOf(source.file);
      const roles = new Map(source.lines.map((l) => [l.line, l.role]));
      for (const clause of clauses.filter((c) => c.source.file === source.file)) {
        for (let line = clause.source.startLine; line <= clause.source.endLine; line += 1) {
          if (roles.get(line) !== 'clause') continue;
          const hrefs = findAll(rows.get(line)!, (e) => e.tagName === 'a').map((a) => String(a.properties.href));
          expect(hrefs, `${clause.id} line ${line}`).toContain(hrefOf(clause.id));
        }
      }
    }
    // 一是…二是…三是…四是 on one line of the 5个100 interpretation: four clauses.
    const line41 = findAll(rowsOf('jiangsu-5x100-interpretation-2024.txt').get(41)!, (e) => classesOf(e).includes('to-clause')).map(textOf);
    // Each named by its heading, as links elsewhere name a clause, not by its anchor id.
    expect(line41).toEqual(['一是加强组织推进', '二是统筹区域布局', '三是加大资金投入', '四是建立评估机制']);
  });

  test('each line says how its text was normalised on the site, except lines the site drops', () => {
    for (const source of ingestReport.sources) {
      const rows = rowsOf(source.file);
      const roles = new Map(source.lines.map((l) => [l.line, l.role]));
      for (const r of source.repairs.filter((x) => !NOTED_ALONE.has(x.kind))) {
        const shown = byClass(rows.get(r.line)!, 'normalised').map(textOf).join('');
        if (roles.get(r.line) === 'boilerplate') expect(shown, `${source.file}:${r.line}`).toBe('');
        else expect(shown, `${source.file}:${r.line}`).toContain(r.note);
      }
    }
    const heading = textOf(rowsOf('jiangsu-future-industries-three-year-plan-2024.txt').get(19)!);
    expect(heading).toContain('一、科技创新攻关行动');
  });

  test('a rejoined line says so', () => {
    expect(textOf(rowsOf('jiangsu-5x100-action-plan-2024.txt').get(45)!)).toContain('第43行与第45行是被分页断开的同一句话，已接合');
  });
});

test('clauses.csv lists every repair of a clause in words: the 深海空间 erratum and the roundup’s normalisations', () => {
  const rows = parse(readDistFile('/data/clauses.csv'), { bom: true, columns: true }) as Array<Record<string, string>>;
  const row = rows.find((r) => r.id === 'pilot-zones-roundup-2024/guangdong-p5')!;
  expect(row.repairNotes!.split(CELL_JOIN)).toEqual([
    '第35行原文“深??臻g”更正为“深海空间”',
    expect.stringMatching(/^第35行删除了\d+处拼音注音，繁体字已用 OpenCC 转为简体字，统一了标点宽度（中文语境使用全角标点）$/u),
  ]);
  for (const r of rows) if (clauseById.get(r.id)!.repairs.length === 0) expect(r.repairNotes, r.id).toBe('');
});

test('wherever a corrected clause is quoted outside the reader (cards, index rows), its corrections are said beside it', () => {
  const corrected = clauses.filter((c) => c.repairs.some((r) => r.kind === 'erratum'));
  expect(corrected.map((c) => c.id).sort()).toEqual(['jiangxi-six-actions-interpretation/s2.3', 'jiangxi-six-actions-interpretation/s3-p6-e2', 'jiangxi-six-actions-interpretation/s3-p7-e3', 'pilot-zones-roundup-2024/guangdong-p5']);
  let quoted = 0;
  // The reader, the source views and the errata tables say each correction their own way (tested above).
  for (const path of builtPages().filter((p) => !/^\/(documents|sources|data|about)\//u.test(p) && p.endsWith('/'))) {
    const root = page(path);
    for (const c of corrected) {
      for (const quote of findAll(root, (e) => e.properties.dataClause === c.id)) {
        quoted += 1;
        for (const r of c.repairs.filter((r) => r.kind === 'erratum')) expect(textOf(quote), `${path} ${c.id}`).toContain(`编辑说明：第${r.line}行原文“${r.original}”更正为“`);
      }
    }
  }
  // The sector pages of 深海空间 and the measure pages of the two 解读 items quote them.
  expect(quoted).toBeGreaterThan(10);
});

test('the about page counts the rejoins, which only clauses hold', () => {
  const about = page('/about/');
  const rejoinRow = findAll(about, (e) => e.tagName === 'tr' && textOf(e).startsWith('断行拼接'))[0]!;
  const rejoined = new Set(clauses.flatMap((c) => c.repairs.filter((r) => r.kind === 'rejoin').map((r) => `${c.source.file}:${r.line}`)));
  expect(rejoined.size).toBe(7);
  expect(textOf(findAll(rejoinRow, (e) => e.tagName === 'td')[0]!)).toBe(String(rejoined.size));
});
