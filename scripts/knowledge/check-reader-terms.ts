// A sector's reader terms (sectors.yaml readerTerms) are words no held text writes: the search page tells a reader who
// types one that the texts lack it. Checked against every text the site holds, as captured and as the site reads it.
import type { SectorVocab } from '../../src/schemas/sector.ts';
import { foldCase, IssueList, VocabError, type ParsedVocabFile } from './load-vocab.ts';

/** One line of a held text: where it stands (`file:line`, or the file and what it is) and its text (raw, or as the site reads it). */
export interface HeldLine {
  where: string;
  text: string;
}

/**
 * @param sectors sectors.yaml as parsed, with the line of each entry
 * @param held every line of the held texts: the raw lines, and the clauses, titles and headings as normalised
 * @throws VocabError naming the line of sectors.yaml of each reader term a held text writes, and where it is written
 */
export function checkReaderTerms(sectors: ParsedVocabFile<SectorVocab>, held: Iterable<HeldLine>): void {
  const terms = sectors.value.sectors.flatMap((sector, i) => sector.readerTerms.map((term, j) => ({ term, key: foldCase(term), at: ['sectors', i, 'readerTerms', j] })));
  if (terms.length === 0) return;
  const issues = new IssueList();
  const reported = new Set<string>();
  for (const { where, text } of held) {
    const folded = foldCase(text);
    for (const { term, key, at } of terms) {
      if (reported.has(key) || !folded.includes(key)) continue;
      reported.add(key);
      issues.add(sectors, at, `reader term "${term}" is written in ${where}; a word a held text writes is no reader term (add it to aliases if it names the field)`);
    }
  }
  if (issues.issues.length > 0) throw new VocabError(issues.issues);
}
