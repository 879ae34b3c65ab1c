import { parseFrontmatter } from '@astrojs/markdown-remark';
import { ContentError } from './content-error.ts';
import { quoteProblem } from './yaml-quotes.ts';

/** The largest copy the build accepts: a 10,000-word article is about 60 KB, so 512 KB leaves room and stops pastes of whole sites. */
export const MAX_COPY_BYTES = 512 * 1024;

/**
 * Characters a reader cannot see that change what they read: bidirectional overrides and isolates
 * (the "Trojan Source" trick), zero-width spaces, word joiners, a byte-order mark inside the text, and
 * control characters. Zero-width joiners and non-joiners (emoji, Persian) and the LRM/RLM marks are
 * legitimate typography and stay.
 */
// eslint-disable-next-line no-control-regex -- finding control characters in a copy is this pattern's job
const INVISIBLE = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\u200B\u2060\u202A-\u202E\u2066-\u2069\uFEFF]/gu;

/**
 * Checks one copy's raw text before Astro reads it: its size, characters a reader cannot see, and
 * YAML frontmatter that parses. Returns the first problem, or undefined. A leading byte-order mark
 * and CRLF line ends are accepted (Astro reads both).
 */
export function checkCopyText(file: string, text: string): ContentError | undefined {
  const bytes = Buffer.byteLength(text, 'utf8');
  if (bytes > MAX_COPY_BYTES) {
    return new ContentError(
      file,
      '(file)',
      `the copy is ${formatSize(bytes)}; a copy may be at most ${formatSize(MAX_COPY_BYTES)}: is this one article?`,
    );
  }
  const invisible = firstInvisible(text.replace(/^\uFEFF/, ''));
  if (invisible) {
    return new ContentError(
      file,
      `line ${invisible.line}, column ${invisible.column}`,
      `invisible character ${invisible.codePoint} (${describe(invisible.codePoint)}) can hide or reorder what a reader sees: delete it`,
    );
  }
  try {
    const { frontmatter } = parseFrontmatter(text.replace(/^\uFEFF/, ''));
    if (Array.isArray(frontmatter) || typeof frontmatter !== 'object' || frontmatter === null) {
      return new ContentError(file, 'frontmatter', 'expected "key: value" lines, got a list or a single value');
    }
  } catch (error) {
    // The mark counts the file's lines from 0 (the frontmatter's opening line is the first).
    const mark = (error as { mark?: { line: number; column: number } }).mark;
    const line = mark ? mark.line + 1 : undefined;
    const cause = line === undefined ? undefined : quoteProblem(text.replace(/^\uFEFF/, ''), line);
    if (cause) return new ContentError(file, cause.key, `not valid YAML: ${cause.reason}`, cause.line);
    const reason = ((error as { reason?: string }).reason ?? (error as Error).message).split('\n')[0];
    return new ContentError(file, 'frontmatter', `not valid YAML: ${reason}`, line);
  }
  return undefined;
}

function firstInvisible(text: string): { line: number; column: number; codePoint: string } | undefined {
  INVISIBLE.lastIndex = 0;
  const match = INVISIBLE.exec(text);
  if (!match) return undefined;
  const before = text.slice(0, match.index).split('\n');
  const codePoint = `U+${match[0].codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
  return { line: before.length, column: before.at(-1)!.length + 1, codePoint };
}

function describe(codePoint: string): string {
  const value = Number.parseInt(codePoint.slice(2), 16);
  if ((value >= 0x202a && value <= 0x202e) || (value >= 0x2066 && value <= 0x2069)) return 'a bidirectional control';
  if (value === 0x200b || value === 0x2060 || value === 0xfeff) return 'a zero-width space';
  return 'a control character';
}

function formatSize(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.round(bytes / 1024)} KB`;
}
