/** Control characters other than newline and tab: invisible, never policy text, unsafe in HTML. */
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/gu;

/**
 * Remove control characters from one line.
 * @param line raw line
 * @returns the line without them and how many were removed
 */
export function removeControlCharacters(line: string): { text: string; removed: number } {
  let removed = 0;
  const text = line.replace(CONTROL, () => {
    removed++;
    return '';
  });
  return { text, removed };
}
