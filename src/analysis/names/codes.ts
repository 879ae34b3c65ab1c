/**
 * Capitalised tokens that are amounts or market codes, not names: "$US0.23", "K120 000", "Rs 5,000", and the stock
 * codes Reuters puts in brackets after a company ("(VOD.L)", "(IPO-FLPK.N)").
 */
import type { Token } from '../tokens.ts';

/** Currencies written as a capitalised abbreviation before the amount. */
const CURRENCY_ABBREVIATIONS = new Set(['Rs', 'Rs.', 'Rp', 'Tk', 'Ksh', 'KSh', 'Sh', 'Php', 'Rm', 'Dh', 'Dhs']);
/**
 * "$US0.23", "K120 000", "R15m": a currency's letters written onto a number are an amount, not a name ("G20" and
 * "BBC1" are names: nothing around them makes them a number).
 */
export function isAmount(tokens: readonly Token[], i: number): boolean {
  const token = tokens[i]!;
  // "Rs 5,000", "Ksh 200": a currency's abbreviation before a number.
  if (CURRENCY_ABBREVIATIONS.has(token.text) && tokens[i + 1]?.pos === 'NUM') return true;
  if (/^\p{Lu}{1,3}\d[\d.,]*(?:m|bn)$/u.test(token.text)) return true;
  // "RM11", "Rs500", "KSh200": a currency of two letters or more written onto the number.
  if (/^(?:RM|Rs|Rp|KSh|Ksh|Tk|Php|Dhs?|Sh)\d[\d.,]*(?:k|m|bn)?$/.test(token.text)) return true;
  if (!/^\p{Lu}{1,3}\d[\d.,]*$/u.test(token.text)) return false;
  const before = tokens[i - 1];
  const after = tokens[i + 1];
  if (before?.pos === 'SYM' && before.end === token.start) return true;
  if (!after) return false;
  if (after.text === '.' && token.end === after.start && /^\d/.test(tokens[i + 2]?.text ?? '')) return true;
  return /^(?:\d{3}(?:[.,]\d+)?|million|billion|trillion|thousand|mn|bn)$/i.test(after.text);
}

/** "(IPO-FLPK.N)", "(VOD.L)": a stock code in brackets after a company's name is no name of its own. */
export function isStockCode(tokens: readonly Token[], i: number): boolean {
  for (let open = i - 1; open >= Math.max(0, i - 3); open--)
    if (tokens[open]!.text === '(') return (stockCodeEnd(tokens, open) ?? -1) > i;
  return false;
}

/**
 * The index of the closing bracket when the bracket at `open` holds a stock code closed by its exchange's letters
 * ("(VOD.L)", "(IPO-FLPK.N)"), written without spaces.
 */
export function stockCodeEnd(tokens: readonly Token[], open: number): number | undefined {
  if (tokens[open]?.text !== '(') return undefined;
  for (let j = open + 1; j < open + 5 && j + 2 < tokens.length; j++) {
    if (j > open + 1 && tokens[j - 1]!.end !== tokens[j]!.start) return undefined;
    if (tokens[j]!.text !== '.') continue;
    return /^\p{Lu}{1,2}$/u.test(tokens[j + 1]!.text) && tokens[j + 2]!.text === ')' ? j + 2 : undefined;
  }
  return undefined;
}
