/**
 * Remove markdown bold residue left by a PDF-to-text conversion: `**加强重点领域标准研制。**`.
 * @param line one line
 * @returns the line without the `**` markers and how many pairs were removed
 */
export function stripMarkdownBold(line: string): { text: string; removed: number } {
  let removed = 0;
  const text = line.replace(/\*\*([^*\n]+?)\*\*/gu, (_m, inner: string) => {
    removed++;
    return inner;
  });
  return { text, removed };
}
