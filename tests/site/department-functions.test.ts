// The cross-province view of departments of one function (职能): the built pages read back with an HTML parser and
// checked against the built open data, so the counts asserted are the ones the data holds, not numbers typed here.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Element, Root } from 'hast';
import { htmlToHast } from 'satteri';
import { describe, expect, test } from 'vitest';
import { distDir, readDistFile, readDistPage } from './dist.ts';
import { findAll, textOf } from '../helpers/hast.ts';
import { DEPARTMENT_ROLES, hrefOf, type Department, type DepartmentFunction } from '../../src/lib/atlas.ts';

const departments = JSON.parse(readDistFile('/data/departments.json')) as Department[];
const functions = JSON.parse(readDistFile('/data/department-functions.json')) as DepartmentFunction[];
const departmentById = new Map(departments.map((d) => [d.id, d]));

const mainOf = (path: string) => findAll(htmlToHast(readDistPage(path)) as Root, (el) => el.tagName === 'main')[0]!;
const hrefsIn = (node: Element) => findAll(node, (el) => el.tagName === 'a').map((a) => String(a.properties.href));
/** The section of a page headed by the heading with this id. */
const sectionHeaded = (node: Element, id: string) =>
  findAll(node, (el) => el.tagName === 'section' && findAll(el, (h) => /^h[2-4]$/u.test(h.tagName))[0]?.properties.id === id)[0];
const provincesOf = (fn: DepartmentFunction) => new Set(fn.departments.map((id) => departmentById.get(id)!.province));
/** The functions a page is built for: held by bodies of two provinces or more. */
const withPage = functions.filter((fn) => provincesOf(fn).size >= 2);

describe('the open data', () => {
  test('departments.json gives every body its function: a published function id, or null', () => {
    const ids = new Set(functions.map((fn) => fn.id));
    for (const d of departments) {
      expect(d, d.id).toHaveProperty('function');
      if (d.function !== null) expect(ids, `${d.id}: ${d.function}`).toContain(d.function);
    }
    expect(departments.filter((d) => d.function !== null).length).toBeGreaterThan(0);
    expect(departments.filter((d) => d.function === null).length).toBeGreaterThan(0);
  });

  test('department-functions.json lists exactly the bodies whose record names the function, one per province', () => {
    for (const fn of functions) {
      expect(fn.departments, fn.id).toEqual(departments.filter((d) => d.function === fn.id).map((d) => d.id));
      expect(provincesOf(fn).size, fn.id).toBe(fn.departments.length);
    }
  });

  test('the data dictionary and the README describe the field', () => {
    expect(readDistFile('/data/README.md')).toMatch(/`departments\.json` 中每个部门的 `function` 字段是它的职能 ID/u);
    // The 字段说明 row of departments.json's `function`.
    const rows = findAll(mainOf('/data/'), (el) => el.tagName === 'tr').filter((tr) => textOf(findAll(tr, (c) => c.tagName === 'code')[0] ?? tr) === 'function');
    expect(rows).toHaveLength(1);
    expect(textOf(rows[0]!)).toContain('职能 ID（见 department-functions.json）');
  });
});

describe('/departments/functions/science-technology/', () => {
  const main = mainOf('/departments/functions/science-technology/');
  const fn = functions.find((f) => f.id === 'science-technology')!;
  const rows = findAll(main, (el) => el.tagName === 'tr' && findAll(el, (th) => th.tagName === 'th' && th.properties.scope === 'row').length > 0);

  test('lists 江苏省科学技术厅 and 江西省科学技术厅, each linked, with its counts as departments.json gives them', () => {
    expect(fn.departments).toEqual(['jiangsu/science-technology', 'jiangxi/science-technology']);
    expect(rows).toHaveLength(fn.departments.length);
    for (const [i, id] of fn.departments.entries()) {
      const d = departmentById.get(id)!;
      const row = rows[i]!;
      expect(hrefsIn(row)).toEqual([`/departments/${id}/`]);
      expect(textOf(row)).toContain(d.name);
      const shown = (n: number) => (n > 0 ? String(n) : '');
      const cells = findAll(row, (el) => el.tagName === 'td').map((td) => textOf(td).trim());
      expect(cells, id).toEqual([...DEPARTMENT_ROLES.map((r) => shown(d.counts[r])), shown(d.mentions.length), shown(d.documents.length)]);
    }
    expect(['江苏省科学技术厅', '江西省科学技术厅']).toEqual(fn.departments.map((id) => departmentById.get(id)!.name));
  });

  test('Jiangsu’s section lists the clauses its notes make it lead, each linked to its place in the reader', () => {
    const jiangsu = departmentById.get('jiangsu/science-technology')!;
    expect(jiangsu.clauses.lead.length).toBeGreaterThan(0);
    const lead = sectionHeaded(main, 'jiangsu-lead')!;
    expect(textOf(lead)).toContain(`${jiangsu.clauses.lead.length}条`);
    expect(hrefsIn(lead).filter((h) => h.includes('#'))).toEqual(jiangsu.clauses.lead.map(hrefOf));
  });

  test('Jiangxi’s body holds no clause duty: the page says so and lists the documents it is known by', () => {
    const jiangxi = departmentById.get('jiangxi/science-technology')!;
    expect(DEPARTMENT_ROLES.map((r) => jiangxi.counts[r])).toEqual([0, 0, 0, 0]);
    const section = sectionHeaded(main, 'jiangxi')!;
    const note = findAll(section, (el) => el.tagName === 'p' && el.properties.className?.toString() === 'note')[0]!;
    expect(textOf(note)).toBe(`这个机关不在收录文本的任何责任括注中，没有条款挂在它名下；正文中写到它做的事，本站不计为分工。它是下列${jiangxi.documents.length}份文件的发文、解读或发布机关。`);
    expect(jiangxi.documents.length).toBeGreaterThan(0);
    for (const id of jiangxi.documents) expect(hrefsIn(section)).toContain(`/documents/${id}/`);
    // No role list: nothing is filed under it.
    expect(findAll(section, (el) => el.tagName === 'h3')).toEqual([]);
  });
});

test('a body with no duty is described in the same words on its function page and on its own page', () => {
  let compared = 0;
  for (const fn of withPage) {
    for (const id of fn.departments) {
      const department = departmentById.get(id)!;
      if (DEPARTMENT_ROLES.some((r) => department.counts[r] > 0)) continue;
      const section = sectionHeaded(mainOf(`/departments/functions/${fn.id}/`), department.province)!;
      const note = findAll(section, (el) => el.tagName === 'p' && el.properties.className?.toString() === 'note')[0]!;
      expect(textOf(note), id).toMatch(/^这个机关不在收录文本的任何责任括注中/u);
      expect(textOf(mainOf(`/departments/${id}/`)), id).toContain(textOf(note));
      compared++;
    }
  }
  // 江西省科学技术厅 and 安徽省发展和改革委员会 at least (science-technology, development-reform).
  expect(compared).toBeGreaterThanOrEqual(2);
});

describe('links to and from the function pages', () => {
  test('a page is built for each function held in two provinces or more, and the departments index lists them', () => {
    expect(withPage.length).toBeGreaterThan(0);
    expect(readdirSync(join(distDir, 'departments', 'functions')).sort()).toEqual(withPage.map((fn) => fn.id).sort());
    const index = sectionHeaded(mainOf('/departments/'), 'functions')!;
    expect(textOf(index)).toContain('按职能跨省查看');
    expect(hrefsIn(index)).toEqual(withPage.map((fn) => `/departments/functions/${fn.id}/`));
  });

  test('each member body’s page links to the function page and to its counterparts in the other provinces', () => {
    for (const fn of withPage) {
      for (const id of fn.departments) {
        const section = sectionHeaded(mainOf(`/departments/${id}/`), 'counterparts');
        expect(section, id).toBeDefined();
        expect(textOf(section!)).toContain('其他省份的同类部门');
        expect(hrefsIn(section!).sort(), id).toEqual([`/departments/functions/${fn.id}/`, ...fn.departments.filter((other) => other !== id).map((other) => `/departments/${other}/`)].sort());
      }
    }
  });

  test('a body with no function has no such section and no link to a function page', () => {
    const without = departments.filter((d) => d.function === null);
    expect(without.map((d) => d.id)).toContain('jiangsu/education');
    for (const d of without) {
      const main = mainOf(`/departments/${d.id}/`);
      expect(sectionHeaded(main, 'counterparts'), d.id).toBeUndefined();
      expect(hrefsIn(main).filter((h) => h.startsWith('/departments/functions/')), d.id).toEqual([]);
    }
  });
});
