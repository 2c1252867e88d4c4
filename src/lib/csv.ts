/**
 * CSV text (RFC 4180 quoting, CRLF) with a UTF-8 BOM, so spreadsheet programs read the Chinese.
 * Shared by targets.csv (the ingest) and compare.csv (the site).
 * @param rows rows of cells, header first; null and undefined become empty cells
 * @returns the CSV text, BOM first
 */
export function toCsv(rows: ReadonlyArray<ReadonlyArray<unknown>>): string {
  const field = (value: unknown) => {
    const text = value === null || value === undefined ? '' : String(value);
    return /[",\r\n]/u.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
  };
  return '\uFEFF' + rows.map((row) => row.map(field).join(',')).join('\r\n') + '\r\n';
}
