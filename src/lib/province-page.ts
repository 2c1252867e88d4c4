import {
  clauses, departments, documentsOfProvince, DEPARTMENT_ROLES, measures, provinces, restatementOf, sectorsFile, sectorById, sourceHref, targets, KIND_LABEL, KIND_ORDER,
  type AtlasDocument, type Department, type Target,
} from './atlas.ts';
import { targetCategories, UNCATEGORISED_LABEL } from './target-categories.ts';
import { issuerOf } from './document-summary.ts';
import { noSectorsNote, priorityLineLabel } from './priority-source.ts';

/** One document row of a province page. */
export interface ProvinceDocument {
  document: AtlasDocument;
  kindLabel: string;
  /** Where to read it: the document, or for a digest the section about this province. */
  href: string;
  /** Who issued it, as written; the publisher when no issuer is printed. */
  issuer: string;
}

/**
 * Groups targets by category in the vocabulary's display order; uncategorised targets come last.
 * @param list targets
 * @returns non-empty groups
 */
export function targetsByCategory(list: Target[]): Array<{ id: string | null; label: string; targets: Target[]; repeats: number }> {
  const groups = targetCategories.map((c) => ({ id: c.id as string | null, label: c.label, targets: list.filter((t) => t.category === c.id) }));
  groups.push({ id: null, label: UNCATEGORISED_LABEL, targets: list.filter((t) => !targetCategories.some((c) => c.id === t.category)) });
  // How many of a group's statements restate a target stated before (links of type same-target).
  return groups.filter((g) => g.targets.length > 0).map((g) => ({ ...g, repeats: g.targets.filter((t) => restatementOf.has(t.id)).length }));
}

/**
 * @param department a department record
 * @returns how many clauses it carries in any role
 */
export function clauseCount(department: Department): number {
  return DEPARTMENT_ROLES.reduce((sum, role) => sum + department.counts[role], 0);
}

/**
 * Everything a province page shows.
 * @param provinceId province id
 * @returns its documents, priority lists, policy measures, targets by category and departments
 */
export function provincePage(provinceId: string) {
  const province = provinces.find((p) => p.id === provinceId);
  if (!province) throw new Error(`unknown province ${provinceId}`);
  const docs: ProvinceDocument[] = documentsOfProvince(province.id)
    .map((document) => {
      const section = document.province === null ? document.sections.find((s) => s.province === province.id) : undefined;
      return {
        document,
        kindLabel: KIND_LABEL[document.kind],
        href: `/documents/${document.id}/${section ? `#${section.id}` : ''}`,
        issuer: issuerOf(document),
      };
    })
    .sort((a, b) => KIND_ORDER.indexOf(a.document.kind) - KIND_ORDER.indexOf(b.document.kind) || (b.document.date ?? '').localeCompare(a.document.date ?? ''));
  // Each part only when the list has what it explains: the roundup has no section for some provinces (Jiangxi).
  const documentsNote = [
    docs.some((d) => d.document.kind === 'digest' && d.href.includes('#')) ? `“${KIND_LABEL.digest}”链接到综述中关于${province.short}的段落` : '',
    docs.some((d) => d.document.kind === 'referenced') ? `“${KIND_LABEL.referenced}”的文件本站没有全文，只知道其他文本对它的引用或概述` : '',
  ].filter(Boolean).join('；');
  const priorities = sectorsFile.priorities
    .filter((p) => p.province === province.id)
    .map((p) => ({
      ...p,
      href: sourceHref(p.source, p.line),
      // The quote's line is named by the text it is in (先导区新闻综述第28行), not taken for the policy's own.
      lineLabel: priorityLineLabel(p),
      noSectors: p.sectors.length === 0 ? noSectorsNote(p) : null,
      sectors: p.sectors.map((s) => ({ ...s, name: sectorById.get(s.sector)?.name ?? s.sector })),
    }));
  const ownTargets = targets.filter((t) => t.province === province.id);
  const ownDepartments = departments
    .filter((d) => d.province === province.id)
    .map((department) => ({ department, clauses: clauseCount(department) }))
    .sort((a, b) => b.department.counts.lead - a.department.counts.lead || b.clauses - a.clauses || b.department.documents.length - a.department.documents.length);
  // The policy measures its clauses use, most used first: what support a reader in this province can look for.
  const ownMeasures = measures
    .map((measure) => ({ measure, clauses: measure.clausesByProvince[province.id]?.length ?? 0, href: `/measures/${measure.id}/#p-${province.id}` }))
    .filter((m) => m.clauses > 0)
    .sort((a, b) => b.clauses - a.clauses);
  return {
    province,
    documents: docs,
    /** What the kind labels of the document list mean, or '' when it shows neither a roundup section nor a reference. */
    documentsNote: documentsNote && `${documentsNote}。`,
    measures: ownMeasures,
    fullTextCount: docs.filter((d) => d.document.source !== null).length,
    priorities,
    targetGroups: targetsByCategory(ownTargets),
    targetCount: ownTargets.length,
    /** Targets that restate another (links of type same-target): listed here, folded under it on /compare/. */
    restatementCount: ownTargets.filter((t) => restatementOf.has(t.id)).length,
    /** Clauses of this province: when there are any, the page offers a search within them. */
    clauseCount: clauses.filter((c) => c.province === province.id).length,
    departments: ownDepartments,
  };
}

/**
 * One summary row per province for the province index.
 * @returns documents (full text / referenced), clauses, targets and distinct priority sectors per province
 */
export function provinceIndex() {
  return provinces.map((province) => {
    const docs = documentsOfProvince(province.id);
    const fullText = docs.filter((d) => d.source !== null).length;
    return {
      province,
      fullText,
      referenced: docs.length - fullText,
      clauses: clauses.filter((c) => c.province === province.id).length,
      // Counted as the home and compare pages count them: a restatement of a target is not another target.
      targets: targets.filter((t) => t.province === province.id && !restatementOf.has(t.id)).length,
      restatements: targets.filter((t) => t.province === province.id && restatementOf.has(t.id)).length,
      prioritySectors: new Set(sectorsFile.priorities.filter((p) => p.province === province.id).flatMap((p) => p.sectors.map((s) => s.sector))).size,
    };
  });
}
