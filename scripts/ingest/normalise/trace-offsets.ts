// Every stage after the errata (simplification, bold residue, spacing, width) only deletes layout
// characters or replaces a character by one other, so offsets can follow the text through them.
const DELETABLE = /[\s*]/u;

/**
 * Map offsets of a line through one normalisation stage, by aligning its input and output on the
 * assumption that the stage deleted white space or `*` and replaced any other unit one for one.
 * @param before the line the stage received
 * @param after the line it returned
 * @returns a function from an offset in `before` to the same place in `after` (an offset inside a
 *   deleted run maps to where the run was), or null when `after` is not such an edit of `before`
 */
export function traceOffsets(before: string, after: string): ((offset: number) => number) | null {
  if (before === after) return (offset) => offset;
  const map = new Int32Array(before.length + 1);
  let j = 0;
  for (let i = 0; i < before.length; i++) {
    map[i] = j;
    // A deleted unit is white space or `*` that does not stand next in the output; a stage never
    // deletes part of a run it keeps, so a match means the unit was kept.
    const deleted = DELETABLE.test(before[i]) && before[i] !== after[j];
    if (deleted) continue;
    if (j >= after.length) return null;
    j++;
  }
  map[before.length] = j;
  if (j !== after.length) return null;
  return (offset) => map[offset];
}
