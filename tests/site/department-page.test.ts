// The department pages' data on the real corpus.
import { describe, expect, test } from 'vitest';
import { departmentById } from '../../src/lib/atlas.ts';
import { departmentIndex, departmentPage, departmentRoleLists } from '../../src/lib/department-page.ts';
import { departments } from '../../src/lib/atlas.ts';

describe('departmentPage: 江苏省科学技术厅', () => {
  const page = departmentPage(departmentById.get('jiangsu/science-technology')!);
  const role = (r: string) => page.roles.find((x) => x.role === r)!;

  test('leads c1 and c3 of the three-year plan (printed first in their parentheticals)', () => {
    const ids = role('lead').clauses.map((c) => c.id);
    expect(ids).toEqual(expect.arrayContaining(['jiangsu-3yr-plan/c1', 'jiangsu-3yr-plan/c3']));
    expect(role('lead').clauses.find((c) => c.id === 'jiangsu-3yr-plan/c3')!.text).toContain('建设20个概念验证中心');
    expect(role('lead').label).toBe('牵头');
  });

  test('the 5个100 plan prints no parenthetical, so its numbered tasks are inferred from the issuers', () => {
    const inferred = role('inferred').clauses;
    expect(inferred.length).toBe(17);
    expect(inferred.every((c) => c.documentId === 'jiangsu-5x100-plan' && /^\d+$/u.test(c.label))).toBe(true);
  });

  test('counts add up over the four roles; the clauses that only mention it are listed apart and not counted', () => {
    expect(page.total).toBe(page.roles.filter((r) => r.role !== 'mentioned').reduce((n, r) => n + r.clauses.length, 0));
    expect(page.roles.map((r) => r.role)).toEqual(['lead', 'co', 'inherited', 'inferred', 'mentioned']);
  });

  test('partners are the bodies its responsibility notes list with it, not inferred or inherited ones', () => {
    // Listed together in 20 of the three-year plan's notes; the 5个100 plan's inferred issuers do not count.
    expect(page.partners.slice(0, 2).map((p) => [p.partner.short, p.shared])).toEqual([['省工业和信息化厅', 20], ['省发展改革委', 17]]);
    expect(page.partners.map((p) => p.partner.id)).not.toContain('jiangsu/city-departments');
    const shared = page.partners.map((p) => p.shared);
    expect(shared).toEqual([...shared].sort((a, b) => b - a));
  });

  test('it issued the three-year plan', () => {
    expect(page.documents.map((d) => d.id)).toContain('jiangsu-3yr-plan');
  });
});

test('各设区市相应职能部门 is listed in clause 1’s note and carries out every clause after it (以下均需各设区市相应职能部门落实)', () => {
  const page = departmentPage(departmentById.get('jiangsu/city-departments')!);
  // c1's note lists it after the provincial bodies (配合 there), then makes it the implementing tier of the clauses below.
  const co = page.roles.find((r) => r.role === 'co')!.clauses;
  expect(co.map((c) => c.id)).toEqual(['jiangsu-3yr-plan/c1']);
  expect(co[0]!.text).toContain('（省科技厅、省教育厅、省发展改革委，各设区市相应职能部门按职责分工负责，以下均需各设区市相应职能部门落实，不再单独列出）');
  const inherited = page.roles.find((r) => r.role === 'inherited')!.clauses;
  expect(inherited).toHaveLength(24);
  expect(inherited[0]!.id).toBe('jiangsu-3yr-plan/c2');
  expect(page.total).toBe(25);
  // Listed with them in that one note.
  expect(page.partners.map((p) => [p.partner.short, p.shared]).sort()).toEqual([['省发展改革委', 1], ['省教育厅', 1], ['省科技厅', 1]]);
});

test('a department that only issued a document (重庆市经济信息委) has no clauses but its document', () => {
  const page = departmentPage(departmentById.get('chongqing/economy-it')!);
  expect(page.total).toBe(0);
  expect(page.documents.map((d) => d.title)).toContain('关于开展未来产业先导区建设工作的通知');
});

test('departmentIndex: provinces in site order, departments by clauses led', () => {
  const index = departmentIndex();
  expect(index[0]!.province.id).toBe('jiangsu');
  const leads = index[0]!.departments.map((d) => d.department.counts.lead);
  expect(leads).toEqual([...leads].sort((a, b) => b - a));
  expect(index[0]!.departments[0]!.department.short).toBe('省发展改革委');
});

describe('capped roles and their subpages', () => {
  test('省科技厅: 6 led (all shown), 15 co-owned (12 shown, 3 more), 17 inferred (12 shown, 5 more)', () => {
    const page = departmentPage(departmentById.get('jiangsu/science-technology')!);
    const role = (r: string) => page.roles.find((x) => x.role === r)!;
    expect([role('lead').shown.length, role('lead').more]).toEqual([6, 0]);
    expect([role('co').shown.length, role('co').more]).toEqual([12, 3]);
    expect([role('inferred').shown.length, role('inferred').more]).toEqual([12, 5]);
    expect(role('inferred').shown).toEqual(role('inferred').clauses.slice(0, 12));
    expect(role('inferred').allHref).toBe('/departments/jiangsu/science-technology/inferred/');
  });

  test('subpages exist exactly for the roles over the cap (12, and a cap of 2), listing all their clauses', () => {
    for (const cap of [12, 2]) {
      // Each role's clauses, and the clauses that only mention the department (省科技厅: 4 at 1×, so a subpage at a cap of 2).
      const listsOf = (d: (typeof departments)[number]) => ({ ...d.clauses, mentioned: d.mentions });
      const expected = departments.flatMap((d) => Object.entries(listsOf(d)).filter(([, ids]) => ids.length > cap).map(([r]) => `${d.id}/${r}`)).sort();
      const lists = departmentRoleLists(cap);
      expect(lists.map((l) => `${l.params.province}/${l.params.id}/${l.params.role}`).sort()).toEqual(expected);
      for (const l of lists) expect(l.clauses.map((c) => c.id)).toEqual(listsOf(l.department)[l.role]);
      if (cap === 2) expect(expected).toContain('jiangsu/science-technology/mentioned');
    }
    expect(departmentRoleLists().map((l) => `${l.department.id}/${l.role}`)).toEqual(
      expect.arrayContaining(['jiangsu/science-technology/inferred', 'jiangsu/science-technology/co', 'jiangsu/city-departments/inherited']),
    );
  });
});
