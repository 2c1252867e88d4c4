// Whole-corpus checks of the ingest: the "done when" of the ingest issue, on the real five sources.
import { describe, expect, it } from 'vitest';
import { corpus, rawLines, clausesOf, documentOf } from '../helpers/corpus.ts';

const THREE_YEAR = 'jiangsu-future-industries-three-year-plan-2024.txt';

describe('coverage ledger', () => {
  it('accounts for every non-blank line of every source exactly once', () => {
    for (const ledger of corpus.ledgers) {
      const nonBlank = rawLines(ledger.file).map((l, i) => [l, i + 1] as const).filter(([l]) => l.trim() !== '').map(([, n]) => n);
      expect(ledger.lines.map((l) => l.line), ledger.file).toEqual(nonBlank);
      const counted = ledger.counts.clause + ledger.counts.heading + ledger.counts.metadata + ledger.counts.boilerplate;
      expect(counted, ledger.file).toBe(nonBlank.length);
    }
  });
  it('classifies web-page chrome as boilerplate and keeps it out of clauses', () => {
    const interpretation = corpus.ledgers.find((l) => l.file === 'jiangsu-5x100-interpretation-2024.txt')!;
    const boilerplate = interpretation.lines.filter((l) => l.role === 'boilerplate').map((l) => l.line);
    expect(boilerplate).toEqual(expect.arrayContaining([1, 3, 5, 7, 43, 45, 53, 59, 61, 95]));
    const jiangxi = corpus.ledgers.find((l) => l.file === 'jiangxi-six-actions-interpretation-2024.txt')!;
    expect(jiangxi.lines.find((l) => l.line === 65)).toMatchObject({ role: 'boilerplate', rule: 'qr-code' });
    const allText = corpus.clauses.map((c) => c.text).join('\n');
    for (const chrome of ['苏ICP备13033418号-1', '扫一扫在手机打开当前页', 'jshghyxh@163.com', '欢迎来到江苏化工网']) expect(allText).not.toContain(chrome);
  });
});

describe('Jiangsu three-year plan', () => {
  const clauses = clausesOf('jiangsu-3yr-plan');
  const numbered = clauses.filter((c) => /^\d+$/u.test(c.label));

  it('yields 25 numbered clauses under 8 sections', () => {
    expect(numbered.map((c) => c.label)).toEqual(Array.from({ length: 25 }, (_, i) => String(i + 1)));
    expect(documentOf('jiangsu-3yr-plan').sections.map((s) => s.title)).toEqual([
      '科技创新攻关行动', '应用场景开源行动', '产业主体培育行动', '产业人才引培行动', '科技金融支撑行动', '产业开放合作行动', '产业创新治理行动', '保障措施',
    ]);
    expect(new Set(numbered.map((c) => c.path[0])).size).toBe(8);
  });

  it('gives each clause exactly the departments printed on it, in order, lead first, plus the inherited 各设区市相应职能部门', () => {
    for (const clause of numbered) {
      // Read the parenthetical straight from the raw line, independently of the ingest's parser.
      const raw = rawLines(THREE_YEAR)[clause.source.startLine - 1];
      const printed = /\(([^()]*)\)$/u.exec(raw)![1].split(/按职责分工负责/u)[0].split(/[、,]/u).map((n) => n.replace(/等$/u, '')).filter(Boolean);
      // Clause 1 lists the city tier in its own note, so it is co there; its 以下均需…落实 gives it to every clause after.
      const own = clause.departments.filter((d) => d.role !== 'inherited');
      expect(own.map((d) => d.written), clause.id).toEqual(printed);
      expect(own[0].role).toBe('lead');
      expect(own.slice(1).every((d) => d.role === 'co')).toBe(true);
      expect(clause.departments.at(-1)).toMatchObject({ written: '各设区市相应职能部门', role: clause.label === '1' ? 'co' : 'inherited' });
    }
  });

  it('resolves every department to the registry (省文化旅游厅 is 江苏省文化和旅游厅)', () => {
    expect(corpus.unknownDepartments).toEqual([]);
    const c6 = clauses.find((c) => c.id === 'jiangsu-3yr-plan/c6')!;
    expect(c6.departments.find((d) => d.written === '省文化旅游厅')).toMatchObject({ id: 'jiangsu/culture-tourism', name: '江苏省文化和旅游厅' });
  });

  it('reads its metadata block and signatories', () => {
    expect(documentOf('jiangsu-3yr-plan')).toMatchObject({
      docNumber: '苏发改高技发〔2024〕229号', date: '2024-02-27', publisher: '江苏省发展改革委', truncated: false,
      metadata: expect.objectContaining({ indexNumber: '014001303/2024-00702', category: '政策文件', topic: '综合政务' }),
    });
    expect(documentOf('jiangsu-3yr-plan').issuers).toHaveLength(7);
  });

  it('carries provenance: file, sha256 and the raw line range', () => {
    const c3 = clauses.find((c) => c.id === 'jiangsu-3yr-plan/c3')!;
    expect(c3.source).toMatchObject({ file: THREE_YEAR, startLine: 22, endLine: 22 });
    expect(c3.source.sha256).toMatch(/^[0-9a-f]{64}$/u);
    expect(rawLines(THREE_YEAR)[21].startsWith('3.加速创新成果转化。')).toBe(true);
  });
});

describe('Jiangsu 5个100 plan (PDF extraction)', () => {
  it('rejoins sentences broken across page breaks and marks the document truncated', () => {
    const c3 = clausesOf('jiangsu-5x100-plan').find((c) => c.id === 'jiangsu-5x100-plan/c3')!;
    expect(c3.source).toMatchObject({ startLine: 35, endLine: 37 });
    expect(c3.text).toContain('加强前沿新材料、未来网络、第三代半导体等前沿领域攻关部署');
    expect(documentOf('jiangsu-5x100-plan').truncated).toBe(true);
  });
  it('lists each of its seven page-break rejoins in the ingest report, once, at the second line', () => {
    const ledger = corpus.ledgers.find((l) => l.file === 'jiangsu-5x100-action-plan-2024.txt')!;
    const rejoins = ledger.repairs.filter((r) => r.kind === 'rejoin');
    expect(rejoins.map((r) => r.line)).toEqual([15, 37, 45, 55, 63, 69, 77]);
    expect(rejoins[1]!.note).toBe('第35行与第37行是被分页断开的同一句话，已接合');
    // Every rejoin a clause carries is in the report: the report is the whole list of repairs.
    const carried = new Set(clausesOf('jiangsu-5x100-plan').flatMap((c) => c.repairs.filter((r) => r.kind === 'rejoin').map((r) => r.line)));
    expect([...carried].sort((a, b) => a - b)).toEqual(rejoins.map((r) => r.line));
    expect(ledger.repairs.map((r) => r.line)).toEqual(ledger.repairs.map((r) => r.line).sort((a, b) => a - b));
  });
  it('falls back to its lead issuer, marked inferred, on its numbered tasks only, since no clause prints departments', () => {
    const clauses = clausesOf('jiangsu-5x100-plan');
    const c1 = clauses.find((c) => c.id === 'jiangsu-5x100-plan/c1')!;
    // Issued by 省科技厅 and 省发改委; its 解读 says 省科技厅会同省发改委制定, so the co-issuer is not given every task.
    expect(c1.departments.map((d) => [d.name, d.role])).toEqual([['江苏省科学技术厅', 'inferred']]);
    expect(clauses.some((c) => c.departments.some((d) => d.name === '江苏省发展和改革委员会'))).toBe(false);
    // The preamble (…特制定本行动方案), the purpose paragraphs and the —— goals assign no task to anyone.
    const untagged = clauses.filter((c) => c.departments.length === 0);
    expect(untagged.map((c) => c.id.split('/')[1])).toEqual(['p1', 's1-p1', 's1-p2', 's1-g1', 's1-g2', 's1-g3', 's1-g4', 's1-g5']);
    expect(untagged[0]!.text.endsWith('特制定本行动方案。')).toBe(true);
    expect(untagged[3]!.text.startsWith('——突破100项前沿技术。')).toBe(true);
    expect(clauses.filter((c) => c.departments.length > 0)).toHaveLength(17);
  });
  it('normalises spacing and removes bold residue', () => {
    const c4 = clausesOf('jiangsu-5x100-plan').find((c) => c.id === 'jiangsu-5x100-plan/c4')!;
    expect(c4.text.startsWith('4.加强重点领域标准研制。加强与国家信标委')).toBe(true);
    expect(c4.repairs.map((r) => r.kind)).toContain('markdown');
    expect(clausesOf('jiangsu-5x100-plan').some((c) => /[\u4e00-\u9fff] \d|\d [\u4e00-\u9fff]/u.test(c.text))).toBe(false);
  });
});

describe('the roundup (traditional with pinyin)', () => {
  const clauses = clausesOf('pilot-zones-roundup-2024');
  it('yields six province sections, and its opening paragraph about Anhui’s list belongs to Anhui, though not to its section', () => {
    expect(documentOf('pilot-zones-roundup-2024').sections.map((s) => s.id)).toEqual(['chongqing', 'anhui', 'guangdong', 'jiangsu', 'gansu', 'hubei']);
    // Line 18 stands before the first heading (重庆市, line 20; 安徽省 is line 26): no section path.
    expect(clauses[0]).toMatchObject({ province: 'anhui', path: [], source: { startLine: 18 } });
    expect(clauses[0].text).toContain('安徽省发展改革委公布了2024年省级未来产业先导区拟筹建名单');
  });
  it('is simplified, with no pinyin left and every real parenthetical kept', () => {
    const text = clauses.map((c) => c.text).join('');
    expect(text).not.toMatch(/[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ]/u);
    expect(text).not.toMatch(/[產業區發]/u);
    for (const kept of ['（以下简称《通知》）', '领军人才（团队）30个', '区县（自治县）政府（管委会）', '无锡高新区（新吴区）', '未来制造（人工智能、机器人）']) expect(text).toContain(kept);
  });
  it('models each summarised policy as a referenced document with issuer and date', () => {
    expect(documentOf('hubei-future-industries-implementation-plan-2024')).toMatchObject({
      kind: 'referenced', title: '湖北省加快未来产业发展实施方案（2024—2026年）', issuers: ['湖北省政府'], date: '2024-06-19',
      knownFrom: { documentId: 'pilot-zones-roundup-2024', sectionId: 'hubei' },
    });
  });
  it('applies the declared erratum for 深??臻g and reports it', () => {
    const zhuhai = clauses.find((c) => c.source.startLine === 35)!;
    expect(zhuhai.text).toContain('深海空间等细分产业');
    // The correction is written in the source's script; the repair records it as the site's text reads it.
    expect(zhuhai.repairs.find((r) => r.kind === 'erratum')).toMatchObject({ original: '深??臻g', correction: '深海空間', shown: '深海空间' });
    expect(documentOf('pilot-zones-roundup-2024').corruptedRuns).toEqual([{ line: 35, text: '深??臻g', corrected: true }]);
    // The page's data-quality note says what the run became, as the clause reads it.
    expect(documentOf('pilot-zones-roundup-2024').notes).toContain('第35行有乱码“深??臻g”，已按勘误更正为“深海空间”。');
  });
});

describe('publisher is not always the author', () => {
  it('keeps both for the Jiangxi interpretation', () => {
    expect(documentOf('jiangxi-six-actions-interpretation')).toMatchObject({ publisher: '安义县人民政府', interpreter: '江西省科技厅', issuers: ['江西省科技厅'] });
  });
});
