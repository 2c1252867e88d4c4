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

/**
 * One column of a CSV file: its name, its type and what it holds (the data page lists these), and how a row gives its
 * cell, read with whatever names the file needs (document titles, sector names…).
 */
export interface CsvColumn<Row, Context = undefined, Type extends string = 'string' | 'number' | 'integer' | 'boolean'> {
  name: string;
  type: Type;
  description: string;
  value: (row: Row, context: Context) => string | number | boolean | null;
}

/**
 * A table as CSV: the columns' names, then a line a row (see toCsv).
 * @param columns the columns, in order
 * @param rows the rows
 * @param context what each column's value reads beside the row
 * @returns the CSV text, BOM first
 */
export function columnsToCsv<Row, Context, Type extends string>(columns: ReadonlyArray<CsvColumn<Row, Context, Type>>, rows: readonly Row[], context: Context): string {
  return toCsv([columns.map((c) => c.name), ...rows.map((row) => columns.map((c) => c.value(row, context)))]);
}
