/** What makes a spreadsheet read a cell as a formula (OWASP, CSV injection). */
const FORMULA_START = /^[=+\-@\t\r]/u;

/**
 * CSV text (RFC 4180 quoting, CRLF) with a UTF-8 BOM, so spreadsheet programs read the Chinese.
 * Shared by targets.csv and clauses.csv (the ingest) and compare.csv (the site).
 *
 * Source text is data here too: a spreadsheet runs a cell that starts with `=`, `+`, `-` or `@` (or a
 * tab or carriage return) as a formula. Such a text cell gets a leading apostrophe, which Excel and
 * LibreOffice take as "this is text" and do not show; the JSON files keep the text as it is. Numbers
 * are written as numbers (`-3` stays `-3`).
 * @param rows rows of cells, header first; null and undefined become empty cells
 * @returns the CSV text, BOM first
 */
export function toCsv(rows: ReadonlyArray<ReadonlyArray<unknown>>): string {
  const field = (value: unknown) => {
    const raw = value === null || value === undefined ? '' : String(value);
    const text = typeof value === 'string' && FORMULA_START.test(raw) ? `'${raw}` : raw;
    return /[",\r\n]/u.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
  };
  return '\uFEFF' + rows.map((row) => row.map(field).join(',')).join('\r\n') + '\r\n';
}
