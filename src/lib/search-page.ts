// What the search page's hints look for (public/scripts/search.js sectorHints and departmentHints), and the synonyms
// it also searches with (synonymVariants), served as /search/hint-terms.json.
import { DEPARTMENT_ROLES, departmentHref, departments, provinces, ROLE_LABEL, sectorsFile } from './atlas.ts';
import { MENTION_LABEL } from './labels.ts';
import { loadSearchSynonyms } from '../../scripts/knowledge/load-vocab.ts';

/** The groups of forms a query is also searched with (content/vocab/search-synonyms.yaml). */
export const synonymGroups = loadSearchSynonyms();

/** Each sector's page and every name it gathers (its name and aliases). */
export const sectorTerms = sectorsFile.sectors.map((s) => ({ name: s.name, href: `/sectors/${s.id}/`, terms: [s.name, ...s.aliases] }));

/**
 * Each department's page, the names the texts write it by (full, short, aliases; 省科技厅 is a short name in every
 * province), and what its page holds, as its counts read: a reader who types a department learns where its duties are
 * gathered, which a verbatim search of one of its names cannot show.
 */
export const departmentTerms = departments.map((d) => {
  const duties = DEPARTMENT_ROLES.filter((role) => d.counts[role] > 0).map((role) => `${ROLE_LABEL[role]}${d.counts[role]}条`);
  if (d.mentions.length > 0) duties.push(`${MENTION_LABEL}${d.mentions.length}条`);
  return {
    name: d.name,
    province: provinces.find((p) => p.id === d.province)?.name ?? '',
    href: departmentHref(d.id),
    terms: [...new Set([d.name, d.short, ...d.aliases].filter(Boolean))],
    /** Whether its page lists clauses (duties or mentions), not only documents. */
    gathers: duties.length > 0,
    holds: duties.length > 0 ? duties.join('、') : d.documents.length > 0 ? `发文、解读或发布的文件${d.documents.length}份` : '没有条款分工',
  };
});
