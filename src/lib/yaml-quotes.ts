/** A quoted YAML value whose quotation marks do not pair up: its line (1-based), key and what went wrong. */
export interface QuoteProblem {
  readonly line: number;
  readonly key: string;
  readonly reason: string;
}

const QUOTED_VALUE = /^\s*(?:-\s+)?(?:([\w-]+):\s+)?(["'])(.*)$/;

/**
 * The likeliest cause of a YAML error at or before `errorLine` (1-based): a `"…"` or `'…'` value with an
 * unescaped quotation mark inside that ends it early, or one that is never closed. Headlines quote people,
 * so this is the usual way a copy's frontmatter breaks; YAML's own message ("bad indentation of a mapping
 * entry") does not say so.
 */
export function quoteProblem(yaml: string, errorLine: number): QuoteProblem | undefined {
  const lines = yaml.split(/\r?\n/);
  for (let index = Math.min(errorLine, lines.length) - 1; index >= 0; index--) {
    const match = QUOTED_VALUE.exec(lines[index]!);
    if (!match) continue;
    const [, key = '(list item)', quote, rest] = match as unknown as [string, string | undefined, '"' | "'", string];
    const close = closingQuote(rest, quote);
    const line = index + 1;
    if (close === undefined) {
      return { line, key, reason: `the ${quote} that opens the value is never closed on its line: close it` };
    }
    const after = rest.slice(close + 1).trim();
    if (after !== '' && !after.startsWith('#')) {
      const escape = quote === '"' ? 'write it as \\"' : "write it as ''";
      return {
        line,
        key,
        reason: `a quotation mark inside the value ends it early (after ${quote}${rest.slice(0, close + 1)}): ${escape}, or put the value in the other kind of quotation marks`,
      };
    }
  }
  return undefined;
}

/** Index in `text` of the quotation mark that closes a value opened by `quote`, honouring YAML's escapes. */
function closingQuote(text: string, quote: '"' | "'"): number | undefined {
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (quote === '"' && char === '\\') i++;
    else if (quote === "'" && char === "'" && text[i + 1] === "'") i++;
    else if (char === quote) return i;
  }
  return undefined;
}
