/** An input the ingest cannot read or structure. Its message always names file and line. */
export class IngestError extends Error {
  readonly file: string;
  readonly line: number | null;

  /**
   * @param file source file name
   * @param line 1-based raw line number, or null when the whole file is at fault
   * @param message what was found and what was expected
   */
  constructor(file: string, line: number | null, message: string) {
    super(`${file}${line === null ? '' : `:${line}`}: ${message}`);
    this.name = 'IngestError';
    this.file = file;
    this.line = line;
  }
}
