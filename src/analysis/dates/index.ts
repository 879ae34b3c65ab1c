/**
 * The date resolver: temporal expressions in a document's sentences, read in order and resolved against the
 * publication day and against the dates stated before them.
 *
 * Handles weekdays by the tense of the verb that governs them, "this/last/next week|month|year",
 * yesterday/today/tomorrow/tonight, month-days and their ranges with or without a year, full and ISO
 * dates, months and years in context, decades, quarters, seasons, "N days ago", "the past two weeks",
 * datelines, days counted from another date of the text ("the next day", "two days after the collapse"), and
 * vague expressions ("recently", "only days after", "earlier this year") as estimated ranges with precision
 * 'vague'. See rules/ for the patterns, resolve.ts for the choices, tense.ts for the governing verb,
 * anchors.ts for what the resolver remembers.
 */
import type { ResolvedDate } from '../../schemas/analysis.ts';
import { AnchorMemory, clauseEvents } from './anchors.ts';
import { parsePublished } from './calendar.ts';
import { RULES, keyFamilies, type Candidate, type Ctx, type Gates } from './rules/index.ts';
import { tenseAt } from './tense.ts';
import { tokenize, type Token } from '../tokens.ts';

export interface FoundDate {
  /** The expression as it stands, `sentence.slice(start, end)`, with its leading preposition ("On Thursday"). */
  phrase: string;
  /** Offsets in the sentence text (UTF-16 code units). */
  start: number;
  end: number;
  date: ResolvedDate;
}

export type { ResolvedDate };

const RESULT_AFTER =
  /^['’]s\s+((?:[\p{L}-]+\s+){0,2}?(?:\d+-\d+\s+)?(?:defeat|win|victory|loss|draw|thrashing|triumph|drubbing|hammering|comeback|\d+-\d+))\b/iu;
const LEAD_WORD = /^(on|in|at|by|until|till|to|for|since|through|from|before|after|during)\b/i;
const WORD_BEFORE = /([\p{L}]+)[^\p{L}\p{N}]*$/u;

/** Longest first, then leftmost; overlapping candidates lose. Returned in reading order. */
function select(cands: Candidate[]): Candidate[] {
  const sorted = [...cands].sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const kept: Candidate[] = [];
  const taken = new Uint8Array(sorted.reduce((n, c) => Math.max(n, c.end), 0));
  outer: for (const c of sorted) {
    for (let i = c.start; i < c.end; i++) if (taken[i]) continue outer;
    taken.fill(1, c.start, c.end);
    kept.push(c);
  }
  return kept.sort((a, b) => a.start - b.start);
}

/** "Saturday, Sept. 9", "Saturday (Sept. 9)", "today, May 23": the weekday or day word joins the date after it. */
function mergeWeekdays(text: string, cands: Candidate[]): Candidate[] {
  const out: Candidate[] = [];
  for (let i = 0; i < cands.length; i++) {
    const w = cands[i]!;
    const d = cands[i + 1];
    if ((w.weekday !== undefined || w.dayWord) && d?.explicitDay) {
      const gap = text.slice(w.end, d.start);
      const paren = /^\s*\(\s*$/.test(gap);
      if (/^,?\s*$/.test(gap) || (paren && /^\s*\)/.test(text.slice(d.end)))) {
        const end = paren ? d.end + (text.slice(d.end).indexOf(')') + 1) : d.end;
        out.push({
          start: w.start,
          end,
          resolve: (ctx) => d.resolve(ctx, text.slice(d.start, d.end)),
          ...(d.statesYear ? { statesYear: true } : {}),
        });
        i++;
        continue;
      }
    }
    out.push(w);
  }
  return out;
}

/**
 * "in last year's final": a date in a possessive is the determiner of a noun, and the preposition before it
 * governs that noun, so it stays out of the phrase ("last year").
 */
function outsidePossessive(text: string, c: Candidate): Candidate {
  if (!/^['’]s(?![\p{L}\p{N}])/u.test(text.slice(c.end, c.end + 3))) return c;
  const lead = LEAD_WORD.exec(text.slice(c.start, c.end));
  if (!lead) return c;
  const start = c.start + lead[0].length + (/^\s*/.exec(text.slice(c.start + lead[0].length))?.[0].length ?? 0);
  return start < c.end ? { ...c, start } : c;
}

/** Whether one of the spans (sorted, not overlapping) covers the offset: a binary search. */
function covers(spans: readonly { start: number; end: number }[], offset: number): boolean {
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (spans[mid]!.end <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo < spans.length && spans[lo]!.start <= offset;
}

function find(
  sentence: string,
  published: string,
  tokens: SentenceTokens | undefined,
  memory: AnchorMemory,
): FoundDate[] {
  if (typeof sentence !== 'string' || sentence.length === 0) return [];
  const pub = parsePublished(published);
  if (!pub) return [];
  const low = sentence.toLowerCase();
  const digits = /\d/.test(sentence);
  const gates: Gates = {
    keys: keyFamilies(low),
    digits,
    year: digits && /\d{4}/.test(sentence),
    hyphen: sentence.includes('-'),
  };
  if (gates.keys === 0 && !gates.year) return [];
  // Tagged only when needed: most sentences with a date phrase resolve without their tokens.
  let toks = typeof tokens === 'function' ? undefined : tokens;
  const tokensOf = () => (toks ??= typeof tokens === 'function' ? tokens() : tokenize(sentence));
  const cands: Candidate[] = [];
  for (const rule of RULES) if (rule.gate(gates)) rule.run(sentence, cands, tokensOf);
  if (cands.length === 0) return [];
  const kept = mergeWeekdays(sentence, select(cands)).map((c) => outsidePossessive(sentence, c));
  const dated = (offset: number) => covers(kept, offset);
  const ctx: Ctx = {
    text: sentence,
    pub,
    anchors: memory,
    tense(start, end) {
      // "Saturday's 3-0 defeat": a day that owns a result is over, whatever verb governs the sentence.
      const result = RESULT_AFTER.exec(sentence.slice(end, end + 48));
      if (result) return { direction: 'past', kind: 'result', evidence: result[1]! };
      const lead =
        LEAD_WORD.exec(sentence.slice(start, end))?.[1] ??
        WORD_BEFORE.exec(sentence.slice(Math.max(0, start - 24), start))?.[1] ??
        '';
      return tenseAt(sentence, tokensOf(), { start, end, lead: lead.toLowerCase() }, dated);
    },
  };
  const found: FoundDate[] = [];
  for (const c of kept) {
    const phrase = sentence.slice(c.start, c.end);
    const date = c.resolve(ctx, phrase);
    if (!date) continue;
    found.push({ phrase, start: c.start, end: c.end, date });
    const other = (offset: number) => (offset < c.start || offset >= c.end) && dated(offset);
    memory.add({
      phrase,
      date,
      events: clauseEvents(tokensOf(), c.start, c.end, other),
      statesYear: c.statesYear === true,
      sentence: memory.sentence,
    });
  }
  return found;
}

/**
 * Finds temporal expressions in one sentence and resolves them against the publication day (YYYY-MM-DD).
 * `tokens` are the sentence's tagged tokens (offsets relative to it); without them the sentence is tokenised
 * here. A phrase that counts from another date ("the next day") finds it earlier in the same sentence only:
 * use `dateResolver` for a document. Never throws: bad input gives [].
 */
export function findDates(sentence: string, published: string, tokens?: readonly Token[]): FoundDate[] {
  return dateResolver(published).inSentence(sentence, tokens);
}

/** Resolves the dates of a document's sentences in reading order. */
export interface DateResolver {
  /**
   * The dates of one sentence. `tokens` are the sentence's tokens with offsets relative to the sentence; the
   * resolver remembers what it found, so that later sentences can count from it ("the next day").
   */
  inSentence(sentence: string, tokens?: SentenceTokens): FoundDate[];
}

/** A sentence's tokens, or a function that gives them when they are needed (most sentences have no date). */
export type SentenceTokens = readonly Token[] | (() => readonly Token[]);

/** A resolver for one document published on `published` (YYYY-MM-DD). */
export function dateResolver(published: string): DateResolver {
  const memory = new AnchorMemory();
  return {
    inSentence(sentence, tokens) {
      memory.sentence++;
      try {
        return find(sentence, published, tokens, memory);
      } catch {
        return [];
      }
    },
  };
}
