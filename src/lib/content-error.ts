/** A problem in one content file, worded for the editor: which file, which field, and why. */
export class ContentError extends Error {
  readonly file: string;
  readonly field: string;

  constructor(file: string, field: string, reason: string) {
    super(`${file}: ${field}: ${reason}`);
    this.name = 'ContentError';
    this.file = file;
    this.field = field;
  }
}
