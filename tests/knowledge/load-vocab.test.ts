import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkVocabIntegrity, loadSearchSynonyms, loadVocab, parseVocabFile, VocabError } from '../../scripts/knowledge/load-vocab.ts';
import { DepartmentRegistrySchema } from '../../src/schemas/department.ts';
import { DepartmentFunctionVocabSchema } from '../../src/schemas/department-function.ts';
import { MeasureVocabSchema } from '../../src/schemas/measure.ts';
import { SectorVocabSchema } from '../../src/schemas/sector.ts';
import { normalise, rawLine, ROUNDUP } from './source-lines.ts';
import { loadCorpus } from '../../scripts/ingest/load-corpus.ts';
import { assembleCorpus } from '../../scripts/build-data.ts';

const SECTORS_FILE = 'content/vocab/sectors.yaml';
const DEPARTMENTS_FILE = 'content/vocab/departments.yaml';
const FUNCTIONS_FILE = 'content/vocab/department-functions.yaml';
const read = (file: string) => readFileSync(file, 'utf8');

/**
 * Integrity issues of the real vocabulary files, with some of them replaced by other texts.
 * @param texts the texts to check in place of the real files, by vocabulary
 */
function integrityIssues(texts: { departments?: string; functions?: string; sectors?: string; measures?: string }) {
  return checkVocabIntegrity({
    departments: parseVocabFile(texts.departments ?? read(DEPARTMENTS_FILE), DEPARTMENTS_FILE, DepartmentRegistrySchema),
    functions: parseVocabFile(texts.functions ?? read(FUNCTIONS_FILE), FUNCTIONS_FILE, DepartmentFunctionVocabSchema),
    sectors: parseVocabFile(texts.sectors ?? read(SECTORS_FILE), SECTORS_FILE, SectorVocabSchema),
    measures: parseVocabFile(texts.measures ?? read('content/vocab/measures.yaml'), 'content/vocab/measures.yaml', MeasureVocabSchema),
  });
}

/** Runs a function expected to throw a VocabError and returns it. */
function vocabErrorOf(run: () => unknown): VocabError {
  try {
    run();
  } catch (error) {
    if (error instanceof VocabError) return error;
    throw error;
  }
  throw new Error('expected a VocabError');
}

/** Integrity issues of a sectors text checked together with the real departments and measures files. */
function sectorIssues(sectorsText: string) {
  return integrityIssues({ sectors: sectorsText });
}

describe('loadVocab on the real files', () => {
  it('loads and cross-checks the three vocabularies', () => {
    const vocab = loadVocab();
    expect(Object.keys(vocab.departments.provinces).sort()).toEqual(['anhui', 'chongqing', 'gansu', 'guangdong', 'hubei', 'jiangsu', 'jiangxi']);
    expect(vocab.sectors.sectors.filter((sector) => sector.parent === undefined).map((sector) => sector.name)).toEqual([
      '未来制造', '未来信息', '未来材料', '未来能源', '未来空间', '未来健康',
    ]);
    expect(vocab.measures.measures.length).toBeGreaterThanOrEqual(20);
  });

  it('every priority quote occurs in its source line (roundup converted to simplified), punctuation width aside', () => {
    const foldWidth = (text: string) => text.replace(/[，：；（）？！]/g, (c) => ({ '，': ',', '：': ':', '；': ';', '（': '(', '）': ')', '？': '?', '！': '!' })[c] as string);
    for (const priority of loadVocab().sectors.priorities) {
      const file = join('content/sources', priority.source);
      const line = normalise(rawLine(file, priority.line), file === ROUNDUP);
      expect(foldWidth(line), `${priority.province} ${file}:${priority.line}`).toContain(foldWidth(priority.quote));
    }
  });

  it('writes each policy title as the site writes titles, with full-width brackets beside the titles of documents', () => {
    for (const priority of loadVocab().sectors.priorities) expect(priority.policy, priority.province).not.toMatch(/[()]/u);
  });

  it('records every province, with an explicit note where the text names no sector', () => {
    const priorities = loadVocab().sectors.priorities;
    expect(new Set(priorities.map((priority) => priority.province))).toEqual(new Set(['jiangsu', 'guangdong', 'anhui', 'hubei', 'gansu', 'chongqing', 'jiangxi']));
    for (const priority of priorities.filter((candidate) => candidate.sectors.length === 0)) {
      expect(priority.note, priority.province).toMatch(/没有列出任何未来产业领域/u);
    }
    const count = (province: string) => priorities.find((priority) => priority.province === province)?.sectors.length;
    // Jiangsu 10 + 5 named X; Guangdong 7; Anhui 7; Hubei 6 directions; Gansu its 6 方面 (the same directions) and 15 fields.
    expect([count('jiangsu'), count('guangdong'), count('anhui'), count('hubei'), count('gansu')]).toEqual([15, 7, 7, 6, 21]);
  });
});

describe('errors name the file and the YAML line', () => {
  it('a YAML syntax error gives file:line', () => {
    const broken = ['sectors:', '  - id: future-manufacturing', '    name: [未来制造', 'priorities: []', ''].join('\n');
    const error = vocabErrorOf(() => parseVocabFile(broken, SECTORS_FILE, SectorVocabSchema));
    expect(error.issues[0].file).toBe(SECTORS_FILE);
    expect(error.message).toMatch(/^content\/vocab\/sectors\.yaml:[34]: YAML syntax/);
  });

  it('a schema error points at the offending value', () => {
    const text = [
      'provinces:', //                                       1
      '  jiangsu:', //                                       2
      '    name: 江苏省', //                                  3
      '    departments:', //                                 4
      '      - id: science-technology', //                   5
      '        name: 江苏省科学技术厅', //                     6
      '        short: 省科技厅', //                           7
      '        kind: ministry', //                            8
    ].join('\n');
    const error = vocabErrorOf(() => parseVocabFile(text, 'content/vocab/departments.yaml', DepartmentRegistrySchema));
    const kindIssue = error.issues.find((issue) => issue.path === 'provinces.jiangsu.departments[0].kind');
    expect(kindIssue?.line).toBe(8);
    expect(error.message).toContain('content/vocab/departments.yaml:8: provinces.jiangsu.departments[0].kind:');
    // The six other provinces are missing: reported at the object that should hold them.
    expect(error.issues.find((issue) => issue.path === 'provinces.anhui')?.line).toBe(2);
  });

  it('a missing key is reported at its object, an unknown key at the key itself', () => {
    const text = ['measures:', '  - id: pilot-zone', '    name: 先导区', '    patterns: [先导区]', '    weight: 3'].join('\n');
    const error = vocabErrorOf(() => parseVocabFile(text, 'content/vocab/measures.yaml', MeasureVocabSchema));
    expect(error.issues.find((issue) => issue.path === 'measures[0].description')?.line).toBe(2);
    expect(error.issues.find((issue) => issue.path === 'measures[0].weight')?.line).toBe(5);
  });

  it('an invalid regex pattern is rejected at its line', () => {
    const text = ['measures:', '  - id: fiscal-tax', '    name: 财政与税收支持', '    description: 财税支持。', '    patterns:', '      - 专项资金', "      - { regex: '首台[(（' }"].join('\n');
    const error = vocabErrorOf(() => parseVocabFile(text, 'content/vocab/measures.yaml', MeasureVocabSchema));
    expect(error.message).toContain('content/vocab/measures.yaml:7:');
  });

  it('a regex pattern that matches empty text is rejected at its line (it would tag every clause)', () => {
    const text = ['measures:', '  - id: fiscal-tax', '    name: 财政与税收支持', '    description: 财税支持。', '    patterns:', '      - 专项资金', "      - { regex: '首台?' }", "      - { regex: '(首台)?' }"].join('\n');
    const error = vocabErrorOf(() => parseVocabFile(text, 'content/vocab/measures.yaml', MeasureVocabSchema));
    expect(error.message).toContain('content/vocab/measures.yaml:8:');
    expect(error.message).toContain('matches empty text');
    expect(error.message).not.toContain('measures.yaml:7:');
  });
});

describe('measures: blockers', () => {
  const measuresWith = (blockers: string[]) => {
    const text = [read('content/vocab/measures.yaml').replace(/\nblockers:[\s\S]*$/u, ''), 'blockers:', ...blockers].join('\n');
    return integrityIssues({ measures: text });
  };

  it('a blocker that holds no pattern, or is a pattern, is reported: it would block nothing, or a measure', () => {
    const issues = measuresWith(['  - phrase: 人民代表大会', '    note: legislature', '  - phrase: 常务委员会', '    note: typo', '  - phrase: 大会', '    note: same']);
    expect(issues.map((issue) => issue.message)).toEqual(['blocker "常务委员会" contains no pattern, so it blocks nothing', 'blocker "大会" is itself a pattern of "popularisation"']);
  });
});

describe('departments: names tied to no department on purpose', () => {
  it('a name listed as unmapped that is also a written form of a department is reported on its line', () => {
    const real = read('content/vocab/departments.yaml');
    const conflicting = real.replace('      - written: 江苏科技', '      - written: 省科技厅');
    expect(conflicting).not.toBe(real);
    const issues = integrityIssues({ departments: conflicting });
    const line = conflicting.split('\n').indexOf('      - written: 省科技厅') + 1;
    expect(issues).toEqual([{ file: 'content/vocab/departments.yaml', line, path: 'provinces.jiangsu.unmapped[0]', message: '"省科技厅" is listed as unmapped but is a written form of "science-technology" in jiangsu' }]);
  });
});

describe('referential integrity, with file:line', () => {
  const base = ['sectors:', '  - id: future-energy', '    name: 未来能源', '  - id: hydrogen', '    name: 氢能', '    parent: future-energy'];

  it('accepts a consistent file', () => {
    expect(sectorIssues([...base, 'priorities: []'].join('\n'))).toEqual([]);
  });

  it('an unknown parent is reported on the parent line', () => {
    const text = [...base, '  - id: new-energy-storage', '    name: 新型储能', '    parent: future-power', 'priorities: []'].join('\n');
    expect(sectorIssues(text)).toEqual([
      { file: SECTORS_FILE, line: 9, path: 'sectors[2].parent', message: 'unknown parent sector "future-power"' },
    ]);
  });

  it('a third level is refused: the parent must be a top-level direction', () => {
    const text = [...base, '  - id: green-hydrogen', '    name: 绿氢', '    parent: hydrogen', 'priorities: []'].join('\n');
    expect(sectorIssues(text).map((issue) => `${issue.line} ${issue.message}`)).toEqual(['9 parent "hydrogen" is not a top-level direction (two levels only)']);
  });

  it('duplicate ids and a written form shared by two sectors are reported', () => {
    const text = [...base, '  - id: hydrogen', '    name: 氢能源', '    parent: future-energy', '    aliases: [氢能]', 'priorities: []'].join('\n');
    expect(sectorIssues(text).map((issue) => `${issue.line} ${issue.message}`)).toEqual([
      '7 duplicate sector id "hydrogen"',
      '7 written form "氢能" already belongs to "hydrogen"',
    ]);
  });

  it('a priority naming an unknown sector, or words not in its quote, is reported on that line', () => {
    const text = [
      ...base,
      'priorities:', //                                                        7
      '  - province: gansu', //                                                8
      '    policy: 《甘肃省推动未来产业创新发展行动方案》', //                     9
      '    source: provinces-pilot-zone-roundup-2024.txt', //  10
      '    line: 47', //                                                       11
      '    quote: 未来能源（新型核能、氢能、新型储能）', //                        12
      '    sectors:', //                                                       13
      '      - { sector: advanced-nuclear, as: 新型核能 }', //                  14
      '      - { sector: hydrogen, as: 氢能源 }', //                            15
    ].join('\n');
    expect(sectorIssues(text).map((issue) => `${issue.line} ${issue.path} ${issue.message}`)).toEqual([
      '14 priorities[0].sectors[0].sector unknown sector "advanced-nuclear"',
      '15 priorities[0].sectors[1].as "氢能源" does not occur in the priority\'s quote',
    ]);
  });

  it('a reader term that is a sector’s written form, or is given to two sectors in any case, is reported on its line', () => {
    const text = [...base, '    readerTerms: [氢能, 6G]', '  - id: new-energy-storage', '    name: 新型储能', '    parent: future-energy', '    readerTerms: [6g]', 'priorities: []'].join('\n');
    expect(sectorIssues(text).map((issue) => `${issue.line} ${issue.path} ${issue.message}`)).toEqual([
      '7 sectors[1].readerTerms[0] reader term "氢能" is a written form of "hydrogen"',
      '11 sectors[2].readerTerms[0] reader term "6g" already belongs to "hydrogen"',
    ]);
  });

  it('loadVocab throws one VocabError listing every integrity issue as file:line', () => {
    const issues = sectorIssues([...base, '  - id: robots', '    name: 机器人', '    parent: future-manufacturing', 'priorities: []'].join('\n'));
    expect(new VocabError(issues).message).toBe('content/vocab/sectors.yaml:9: sectors[2].parent: unknown parent sector "future-manufacturing"');
  });
});

// The real file, against the built texts: tests/site/search-query.test.ts.
describe('search synonyms (content/vocab/search-synonyms.yaml)', () => {
  const withFile = <T>(text: string, run: (file: string) => T): T => {
    const dir = mkdtempSync(join(tmpdir(), 'synonyms-'));
    try {
      const file = join(dir, 'search-synonyms.yaml');
      writeFileSync(file, text);
      return run(file);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  };

  it('a group no text writes loads: another corpus may lack it (the real texts are checked in tests/site)', () => {
    const groups = withFile('synonyms:\n  - forms: [发展改革委, 发改委]\n  - forms: [集成电路, 芯片]\n', (file) => loadSearchSynonyms(file));
    expect(groups).toEqual([['发展改革委', '发改委'], ['集成电路', '芯片']]);
  });

  it('a form in two groups, in any case, stops the build at the second', () => {
    const text = 'synonyms:\n  - forms: [人工智能, AI]\n  - forms: [发改委, ai]\n';
    const error = withFile(text, (file) => vocabErrorOf(() => loadSearchSynonyms(file)));
    expect(error.message).toMatch(/search-synonyms\.yaml:3: synonyms\[1\]\.forms\[1\]: form "ai" already belongs to group 1$/u);
  });

  it('a form with a space, or one form alone, is refused by the schema', () => {
    const error = withFile('synonyms:\n  - forms: [发改委]\n  - forms: [发展 改革委, 发改委]\n', (file) => vocabErrorOf(() => loadSearchSynonyms(file)));
    expect(error.issues.map((issue) => `${issue.line}: ${issue.message}`)).toEqual([
      '2: a group needs at least two forms',
      '3: a form is Han characters, or Latin letters and digits, with no spaces',
    ]);
  });
});

describe('department functions (职能)', () => {
  const realDepartments = read(DEPARTMENTS_FILE);
  /** The real registry with one line replaced, and that line's 1-based number. */
  const replaceLine = (from: string, to: string) => {
    const lines = realDepartments.split('\n');
    const index = lines.indexOf(from);
    expect(index, from).toBeGreaterThanOrEqual(0);
    lines[index] = to;
    return { text: lines.join('\n'), line: index + 1 };
  };

  it('loads: the registry names only reviewed functions, each held in at least two provinces and by one body per province', () => {
    const { departments, functions } = loadVocab();
    const holders = new Map<string, string[]>();
    for (const [province, registry] of Object.entries(departments.provinces)) {
      for (const entry of registry.departments) if (entry.function) holders.set(entry.function, [...(holders.get(entry.function) ?? []), `${province}/${entry.id}`]);
    }
    expect([...holders.keys()].sort()).toEqual(functions.functions.map((fn) => fn.id).sort());
    for (const [fn, ids] of holders) {
      const provinces = ids.map((id) => id.split('/')[0]);
      expect(new Set(provinces).size, fn).toBe(provinces.length);
      expect(provinces.length, fn).toBeGreaterThanOrEqual(2);
    }
    expect(holders.get('science-technology')).toEqual(['jiangsu/science-technology', 'jiangxi/science-technology']);
    // Chongqing's 经济和信息化委员会 is its counterpart of a province's 工业和信息化厅.
    expect(holders.get('industry-it')).toEqual(['jiangsu/industry-it', 'chongqing/economy-it', 'gansu/industry-it']);
    // Bodies with no counterpart elsewhere carry none.
    const functionOf = (province: string, id: string) => departments.provinces[province as 'jiangsu']!.departments.find((d) => d.id === id)!.function;
    expect([functionOf('jiangsu', 'provincial-party-committee'), functionOf('anhui', 'hefei-high-tech-zone'), functionOf('chongqing', 'district-county-departments')]).toEqual([undefined, undefined, undefined]);
  });

  it('an unknown function id stops the load with the registry file and the line of the function', () => {
    const { text, line } = replaceLine('        function: science-technology', '        function: science-and-technology');
    expect(integrityIssues({ departments: text })).toEqual([
      { file: DEPARTMENTS_FILE, line, path: 'provinces.jiangsu.departments[3].function', message: `unknown function "science-and-technology" (not in ${FUNCTIONS_FILE})` },
    ]);
    // loadVocab, which the build runs first, throws it as file:line.
    const dir = mkdtempSync(join(tmpdir(), 'vocab-functions-'));
    try {
      cpSync('content/vocab', dir, { recursive: true });
      writeFileSync(join(dir, 'departments.yaml'), text);
      const error = vocabErrorOf(() => loadVocab(dir));
      expect(error.message).toBe(`${join(dir, 'departments.yaml')}:${line}: provinces.jiangsu.departments[3].function: unknown function "science-and-technology" (not in ${join(dir, 'department-functions.yaml')})`);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('a priority list quoted from a file the manifest does not list stops the build on its line in sectors.yaml', () => {
    const sectors = readFileSync('content/vocab/sectors.yaml', 'utf8');
    const written = '    source: jiangxi-six-actions-interpretation-2024.txt';
    expect(sectors.split('\n').filter((l) => l === written)).toHaveLength(1);
    const line = sectors.split('\n').indexOf(written) + 1;
    const dir = mkdtempSync(join(tmpdir(), 'vocab-priorities-'));
    try {
      cpSync('content/vocab', dir, { recursive: true });
      // The plan the 解读 explains, which the site holds only by its title.
      writeFileSync(join(dir, 'sectors.yaml'), sectors.replace(written, '    source: jiangxi-six-actions-plan-2023.txt'));
      const manifest = new Set(loadCorpus('content/sources', 'content/vocab').manifest.map((entry) => entry.file));
      expect(manifest.has('jiangxi-six-actions-interpretation-2024.txt')).toBe(true);
      const index = loadVocab(dir).sectors.priorities.findIndex((p) => p.province === 'jiangxi');
      const error = vocabErrorOf(() => loadVocab(dir, manifest));
      expect(error.message).toBe(`${join(dir, 'sectors.yaml')}:${line}: priorities[${index}].source: "jiangxi-six-actions-plan-2023.txt" is not a source file the manifest (sources.yaml) lists`);
      // The real file passes.
      expect(loadVocab('content/vocab', manifest).sectors.priorities.length).toBeGreaterThan(0);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('a second body of one province with the same function is reported on the later one\'s line', () => {
    // 省教育厅 (listed before 省科技厅) given the function of 科技部门: 省科技厅 is then the second holder.
    const { text } = replaceLine('        short: 省教育厅', '        short: 省教育厅\n        function: science-technology');
    const line = text.split('\n').findLastIndex((l, i, all) => l === '        function: science-technology' && all[i - 2] === '        aliases: [江苏省科技厅]') + 1;
    expect(line).toBeGreaterThan(0);
    expect(integrityIssues({ departments: text })).toEqual([
      { file: DEPARTMENTS_FILE, line, path: 'provinces.jiangsu.departments[3].function', message: 'function "science-technology" is already held by "education" in jiangsu' },
    ]);
  });

  it('a function no body holds, and a repeated function id, are reported in the functions file', () => {
    const functions = `${read(FUNCTIONS_FILE)}  - id: education\n    name: 教育部门\n    note: 省教育厅。\n  - id: education\n    name: 教育部门\n    note: 重复。\n`;
    const last = functions.split('\n').length - 1;
    expect(integrityIssues({ functions }).map((issue) => `${issue.file}:${issue.line} ${issue.message}`)).toEqual([
      `${FUNCTIONS_FILE}:${last - 2} duplicate function id "education"`,
      `${FUNCTIONS_FILE}:${last - 5} function "education" is held by no department in ${DEPARTMENTS_FILE}`,
      `${FUNCTIONS_FILE}:${last - 2} function "education" is held by no department in ${DEPARTMENTS_FILE}`,
    ]);
  });
});

describe('sector reader terms (readerTerms): words no held text writes', () => {
  it('a reader term a held text writes stops the build on its line in sectors.yaml, naming where the text writes it', () => {
    const dir = mkdtempSync(join(tmpdir(), 'atlas-reader-terms-'));
    try {
      cpSync('content/vocab', dir, { recursive: true });
      const real = read(SECTORS_FILE);
      // 光明科学城: Shenzhen's carrier, roundup line 34, printed in traditional characters (光明科學城), read simplified;
      // achie: the roundup's source line (line 17, 高新院 achie.org), page chrome, in another case.
      const bad = real.replace('    readerTerms: [6G]', '    readerTerms: [6G, 光明科学城, ACHIE]');
      expect(bad).not.toBe(real);
      writeFileSync(join(dir, 'sectors.yaml'), bad);
      const line = bad.split('\n').indexOf('    readerTerms: [6G, 光明科学城, ACHIE]') + 1;
      const at = bad.split('\n').slice(0, line).filter((l) => l.startsWith('  - id: ')).length - 1;
      const error = vocabErrorOf(() => assembleCorpus('content/sources', dir));
      expect(error.message).toBe([
        `${join(dir, 'sectors.yaml')}:${line}: sectors[${at}].readerTerms[2]: reader term "ACHIE" is written in provinces-pilot-zone-roundup-2024.txt:17; a word a held text writes is no reader term (add it to aliases if it names the field)`,
        `${join(dir, 'sectors.yaml')}:${line}: sectors[${at}].readerTerms[1]: reader term "光明科学城" is written in provinces-pilot-zone-roundup-2024.txt:34; a word a held text writes is no reader term (add it to aliases if it names the field)`,
      ].join('\n'));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('the real file’s reader terms load: 6G, no text’s word, points to 下一代移动通信', () => {
    const mobile = loadVocab().sectors.sectors.find((s) => s.id === 'next-generation-mobile');
    expect(mobile?.readerTerms).toEqual(['6G']);
    expect(normalise(rawLine(ROUNDUP, 34), true)).toContain('下一代移动通信');
  });
});
