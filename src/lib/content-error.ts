/** A problem in one content file, worded for the editor: which file, which line when known, which field, and why. */
export class ContentError extends Error {
  readonly file: string;
  readonly field: string;
  readonly line: number | undefined;

  constructor(file: string, field: string, reason: string, line?: number) {
    super(`${file}${line === undefined ? '' : `:${line}`}: ${field}: ${reason}`);
    this.name = 'ContentError';
    this.file = file;
    this.field = field;
    this.line = line;
  }
}
