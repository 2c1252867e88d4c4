// What the search page's hints look for (public/scripts/search.js sectorHints and departmentHints), and the synonyms
// and corrections it also searches with (synonymVariants, erratumVariants), served as /search/hint-terms.json.
import { holdingOfDocuments } from './province-holdings.ts';
import { type AtlasClause, type AtlasDocument, clauses, DEPARTMENT_ROLES, departmentHref, departments, documentBySourceFile, documentsOfProvince, ingestReport, shortName, provinces, ROLE_LABEL, sectorsFile } from './atlas.ts';
import { MENTION_LABEL } from './labels.ts';
import { correctionShown } from './repair-notes.ts';
import { join } from 'node:path';
import { loadSearchSynonyms } from '../../scripts/knowledge/load-vocab.ts';

/**
 * The groups of forms a query is also searched with (content/vocab/search-synonyms.yaml, or the folder ATLAS_VOCAB_DIR
 * names, as for the other vocabularies).
 */
export const synonymGroups = loadSearchSynonyms(join(process.env.ATLAS_VOCAB_DIR || 'content/vocab', 'search-synonyms.yaml'));

/** Each sector's page, every name it gathers (its name and aliases) and the readers' words no text writes (6G), if any. */
export const sectorTerms = sectorsFile.sectors.map((s) => ({
  name: s.name, href: `/sectors/${s.id}/`, terms: [s.name, ...s.aliases], ...(s.readerTerms.length > 0 && { readerTerms: s.readerTerms }),
}));

/**
 * @param lines source lines, in any order
 * @param blank whether a line of the file is blank: a gap of blank lines only does not break a range (a 解读's
 *   paragraphs 17 and 19 are 17–19), a line of other text does (a heading, another province's paragraph)
 * @returns the lines as ranges in words: `18、27–29`
 */
function lineRanges(lines: number[], blank: (line: number) => boolean): string {
  const ranges: number[][] = [];
  for (const line of [...new Set(lines)].sort((a, b) => a - b)) {
    const last = ranges.at(-1);
    if (last && Array.from({ length: line - last[1]! - 1 }, (_, i) => last[1]! + 1 + i).every(blank)) last[1] = line;
    else ranges.push([line, line]);
  }
  return ranges.map(([a, b]) => (a === b ? `${a}` : `${a}–${b}`)).join('、');
}

/** A held text a province's clauses stand in, when the site holds none of its policy documents (search.js Summarised). */
export interface HeldInPart {
  province: string;
  texts: { source: string; kind: AtlasDocument['kind']; lines: string }[];
}

/**
 * The provinces none of whose policy documents (kind plan) the site holds in text, each with the texts it does hold
 * and the lines its clauses stand on, as the province pages list their texts: a search filtered to one that finds
 * nothing says the site has no policy document of it, only a summary in a digest (安徽省: 先导区新闻综述 lines 18,
 * 27–29) or an interpretation of one (江西省: 六大行动解读), so no reader takes the silence for the policy's. A text
 * none of the province's clauses stands in is left out: it has no lines to name.
 * @param provinceList the provinces, in the order the notes name them
 * @param documentsOf a province's documents (held or only referenced)
 * @param clauseList every clause, with its province and source lines
 * @param blank whether a line of a held text's file is blank (see lineRanges)
 */
export function heldInPart(
  provinceList: ReadonlyArray<{ id: string; name: string }>,
  documentsOf: (province: string) => ReadonlyArray<Pick<AtlasDocument, 'id' | 'kind' | 'source' | 'title' | 'shortTitle'>>,
  clauseList: ReadonlyArray<Pick<AtlasClause, 'documentId' | 'province' | 'source'>>,
  blank: (file: string, line: number) => boolean,
): HeldInPart[] {
  return provinceList.flatMap((p) => {
    const held = documentsOf(p.id).filter((d) => d.source !== null);
    if (held.length === 0 || holdingOfDocuments(held) === 'plan') return [];
    const texts = held.flatMap((d) => {
      const lines = clauseList.filter((c) => c.documentId === d.id && c.province === p.id)
        .flatMap((c) => Array.from({ length: c.source.endLine - c.source.startLine + 1 }, (_, i) => c.source.startLine + i));
      return lines.length === 0 ? [] : [{ source: shortName(d), kind: d.kind, lines: lineRanges(lines, (line) => blank(d.source!.file, line)) }];
    });
    return [{ province: p.name, texts }];
  });
}

/** The non-blank lines of each held file, as the ingest report lists them. */
const writtenLines = new Map(ingestReport.sources.map((s) => [s.file, new Set(s.lines.map((l) => l.line))]));

/** {@link heldInPart} of the site's provinces: served to the search page as hint-terms.json `summarised`. */
export const summarisedProvinces = heldInPart(provinces, documentsOfProvince, clauses, (file, line) => !writtenLines.get(file)?.has(line));

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

/** @returns how the search status names a raw file: its text's short name */
function sourceName(file: string): string {
  const document = documentBySourceFile.get(file);
  return document ? shortName(document) : file;
}

/**
 * The declared errata (content/vocab/errata.yaml, or ATLAS_VOCAB_DIR's) as the ingest applied them, from its report: a
 * query pasted from a raw source holds the original, which the site's text no longer has, and is also searched with the
 * correction as that text reads it (shown: 深海空间, where the errata file writes 深海空間). One entry per file, original
 * and correction, with every line it stands on (科创 产业 on lines 29 and 43), and the short title of the text whose
 * raw file prints it: the status says where the pasted wording comes from.
 */
export const errataTerms = [
  ...Map.groupBy(
    ingestReport.sources.flatMap((source) =>
      source.repairs.filter((r) => r.kind === 'erratum').map((r) => ({ file: source.file, line: r.line, original: r.original ?? '', shown: correctionShown(r) })),
    ),
    (e) => JSON.stringify([e.file, e.original, e.shown]),
  ).values(),
].map((same) => ({
  file: same[0]!.file,
  source: sourceName(same[0]!.file),
  lines: [...new Set(same.map((e) => e.line))].sort((a, b) => a - b), original: same[0]!.original, shown: same[0]!.shown }));
