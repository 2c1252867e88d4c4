import { CJK_CHAR } from './char-classes.ts';

// A pinyin syllable with tone marks, as the roundup's site annotates almost every character: 當(dāng).
// Only lower-case Latin letters with tone diacritics qualify, so real parentheticals such as
// (以下簡稱《通知》), (團隊) or (S基金) never match: they contain ideographs or capitals.
const ANNOTATION = new RegExp(`([${CJK_CHAR}])\\(([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüêńňǹḿ]{1,6})\\)`, 'gu');

/**
 * Remove inline pinyin annotations that follow a character.
 * @param line one line of a `traditional-pinyin` source
 * @returns the line without annotations and how many were removed
 */
export function stripPinyin(line: string): { text: string; removed: number } {
  let removed = 0;
  const text = line.replace(ANNOTATION, (_match, char: string) => {
    removed++;
    return char;
  });
  return { text, removed };
}
