/**
 * The token layer: every paragraph tokenised once by wink-nlp (English lite model), with part-of-speech tags
 * (Universal Dependencies tag set) and character offsets into the verbatim text. Names, tense, attribution and
 * events read these tokens instead of guessing with regular expressions.
 *
 * Only wink's sentence splitter and tagger run (its NER, negation and sentiment passes cost three times as much
 * and are not used): about 2 ms per 1,000 words here (`npm run bench:analysis`).
 */
import winkNLP, { type PartOfSpeech } from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

/** A Universal Dependencies part-of-speech tag, as wink-nlp gives it. */
export type Pos = PartOfSpeech;

/** One token of a paragraph. */
export interface Token {
  /** The characters as they stand: `paragraph.slice(start, end)`. */
  text: string;
  /** Lowercase, with curly apostrophes straightened ("’s" → "'s"). */
  lower: string;
  /** Dictionary form from the model ("said" → "say"), lowercase. */
  lemma: string;
  /** Part-of-speech tag. */
  pos: Pos;
  /** Offset of the first character in the paragraph (UTF-16 code units). */
  start: number;
  /** Offset just past the last character. */
  end: number;
}

type Nlp = ReturnType<typeof winkNLP>;
let nlp: Nlp | undefined;
/** The model gives words outside its vocabulary ids from here up, in the order it meets them. */
let firstUnknownId = Infinity;

// Loaded on first use: a page that never analyses text does not pay for the model (about 70 ms).
function engine(): Nlp {
  if (!nlp) {
    nlp = winkNLP(model, ['sbd', 'pos']);
    firstUnknownId = nlp.readDoc('qzxjvkwpf').tokens().itemAt(0).out(nlp.its.uniqueId) as number;
  }
  return nlp;
}

/** Whether a word, lowercased, is in the model's English vocabulary ("web", "test": yes; "spacex", "kinnegad": no). */
export function isKnownWord(word: string): boolean {
  const e = engine();
  const id = e.readDoc(word.toLowerCase()).tokens().itemAt(0)?.out(e.its.uniqueId) as number | undefined;
  return id !== undefined && id < firstUnknownId;
}

/** Straightens curly apostrophes and lowercases, so that rules compare one spelling. */
export function normalise(word: string): string {
  return word.toLowerCase().replace(/[’‘]/g, "'");
}

/**
 * Tokenises a paragraph. Every token's `text` is `paragraph.slice(start, end)`; whitespace is not a token.
 * Never throws: text the model cannot read gives the tokens found up to there.
 */
export function tokenize(paragraph: string): Token[] {
  if (paragraph.trim() === '') return [];
  const { its } = engine();
  const doc = engine().readDoc(paragraph);
  const tokens = doc.tokens();
  const values = tokens.out(its.value) as string[];
  const tags = tokens.out(its.pos) as Pos[];
  // wink's typings give `lemma` the addon-taking signature of its model, though `out` passes the addons itself.
  const lemmas = tokens.out(its.lemma as unknown as typeof its.value) as string[];
  const out: Token[] = [];
  let at = 0;
  for (let i = 0; i < values.length; i++) {
    const value = values[i]!;
    const start = paragraph.indexOf(value, at);
    // wink keeps the text verbatim; a token it normalised anyway is skipped rather than given a wrong span.
    if (start === -1 || start - at > 64) continue;
    const end = start + value.length;
    const previous = out.at(-1);
    // "Rev|.", "Supt|.": a title's abbreviation keeps its point, as the model does for "Dr." and "Sgt.".
    if (previous && value === '.' && previous.end === start && DOTTED_TITLES.test(previous.text)) {
      out[out.length - 1] = { ...previous, text: `${previous.text}.`, lower: `${previous.lower}.`, end };
      at = end;
      continue;
    }
    // "Erdo|ğ|an", "Wa|łę|sa": the model cuts words at letters outside its alphabet; the pieces are one word.
    if (previous && previous.end === start && splitWord(previous.text, value)) {
      const text = previous.text + value;
      const pos = /^\p{Lu}/u.test(text) ? 'PROPN' : previous.pos === 'X' ? tags[i]! : previous.pos;
      out[out.length - 1] = { text, lower: normalise(text), lemma: normalise(text), pos, start: previous.start, end };
    } else
      out.push({
        text: value,
        lower: normalise(value),
        lemma: normalise(lemmas[i] ?? value),
        pos: tags[i]!,
        start,
        end,
      });
    at = end;
  }
  return joinDomains(paragraph, out);
}

/** A web address or a site named by it ("mihaaru.com", "Mail.ru", "Press-News.org", "bbc.co.uk"). */
const DOMAIN =
  /(?<![\p{L}\p{N}@./-])[\p{L}\p{N}][\p{L}\p{N}-]*(?:\.[\p{L}\p{N}-]+)*\.(?:com|org|net|gov|edu|info|io|news|ru|de|fr|in|ie|au|nz|uk|ca|za|ke|ng)(?![\p{L}\p{N}])/gu;

/** A cheap test that must pass before DOMAIN runs: a point right before a top-level domain. */
const DOMAIN_HINT = /\.(?:com|org|net|gov|edu|info|io|news|ru|de|fr|in|ie|au|nz|uk|ca|za|ke|ng)(?![\p{L}\p{N}])/u;

/** The tokens with each web address the model cut at its points made one proper noun. */
function joinDomains(paragraph: string, tokens: Token[]): Token[] {
  if (!DOMAIN_HINT.test(paragraph)) return tokens;
  let out = tokens;
  for (const m of paragraph.matchAll(DOMAIN)) {
    const start = m.index;
    const end = start + m[0].length;
    const first = out.findIndex((t) => t.start === start);
    const last = out.findIndex((t) => t.end === end);
    if (first === -1 || last <= first) continue;
    const text = paragraph.slice(start, end);
    const joined: Token = { text, lower: normalise(text), lemma: normalise(text), pos: 'PROPN', start, end };
    out = [...out.slice(0, first), joined, ...out.slice(last + 1)];
  }
  return out;
}

/** Titles the model splits from their abbreviation point. */
const DOTTED_TITLES = /^(?:Rev|Revd|Fr|Msgr|Det|Insp|Supt|Cllr|Hon|Sr|Mgr|Pte|Cpl|Brig|Maj|Adm|Cmdr)$/;

/** Letters outside Latin-1, which the model's tokeniser treats as word breaks. */
const FOREIGN_LETTER = /[^\p{Script=Latin}\p{M}]|[\u0100-\u024F\u1E00-\u1EFF]/u;

/** Whether two touching pieces are one word the model cut at a letter it does not know. */
function splitWord(left: string, right: string): boolean {
  return (
    /^[\p{L}\p{M}]+$/u.test(left) &&
    /^[\p{L}\p{M}]+$/u.test(right) &&
    (FOREIGN_LETTER.test(left.at(-1)!) || FOREIGN_LETTER.test(right[0]!))
  );
}

/** Index of the first token that ends after `offset` (a binary search over tokens sorted by offset). */
export function tokenAt(tokens: readonly Token[], offset: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (tokens[mid]!.end <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The index of the first token in `from..to` (inclusive) that passes `test`, or -1; never scans past `to`. */
export function findToken(tokens: readonly Token[], from: number, to: number, test: (t: Token) => boolean): number {
  for (let i = from; i <= to && i < tokens.length; i++) if (test(tokens[i]!)) return i;
  return -1;
}

/** The tokens that lie inside `start..end`. */
export function tokensWithin(tokens: readonly Token[], start: number, end: number): Token[] {
  const out: Token[] = [];
  for (let i = tokenAt(tokens, start); i < tokens.length && tokens[i]!.start < end; i++) {
    if (tokens[i]!.start >= start && tokens[i]!.end <= end) out.push(tokens[i]!);
  }
  return out;
}
