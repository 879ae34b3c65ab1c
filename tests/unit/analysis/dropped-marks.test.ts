import { describe, expect, it } from 'vitest';
import { scanQuoteMarks } from '../../../src/analysis/quote-marks.ts';
import { analysed } from './copy.ts';

/** Each quotation of a copy analysed with no registry: its text and its speaker's name (null for none). */
function quotes(...texts: string[]) {
  return analysed(texts).quotes.map((q) => [q.text, q.speaker?.name ?? null]);
}

// Expectations written by hand: copy that dropped one mark of a pair, as printed by real sites.
describe('quotations with a dropped mark', () => {
  it('takes an opening mark never closed, at the paragraph start or after a colon, to the paragraph end', () => {
    expect(
      quotes(
        'Harbourmaster Ines Cole said the slipway would reopen.',
        '“Every one of them gave up a weekend to clear the slipway and we are grateful.',
      ),
    ).toEqual([['Every one of them gave up a weekend to clear the slipway and we are grateful.', 'Ines Cole']]);
    expect(quotes('Ines Cole said: “Every one of them gave up a weekend to clear the slipway.')).toEqual([
      ['Every one of them gave up a weekend to clear the slipway.', 'Ines Cole'],
    ]);
    // Mid-sentence, an unpaired mark is no quotation of its own.
    expect(quotes('The so-called “harbour plan was shelved by the board in May.')).toEqual([]);
  });
  it('stops such a quotation before an attribution written after the missing mark', () => {
    expect(
      quotes('Ines Cole thanked the crews.', '“Look after the new slipway and keep it clear of nets, she added.'),
    ).toEqual([['Look after the new slipway and keep it clear of nets', 'Ines Cole']]);
  });
  it('takes words before a closing mark with no opener, when a speech verb follows', () => {
    expect(
      quotes(
        'The port authority said the slipway would reopen.',
        'Boat owners must register before launching from the new ramp,” the authority warned.',
      ),
    ).toEqual([['Boat owners must register before launching from the new ramp', 'the port authority']]);
    // A plural possessive's apostrophe in British copy is no closing mark.
    expect(scanQuoteMarks('The boat owners’ association met the council on Monday.', false, 'single').ranges).toEqual(
      [],
    );
  });
});

describe('the warning a dropped mark leaves', () => {
  it('says which mark is missing and what was read, and stops before an unnamed speaker’s attribution', () => {
    const analysis = analysed(['“We will send a delegation, a spokesman said on Friday.']);
    expect(analysis.quotes.map((q) => [q.text, q.speaker?.name])).toEqual([
      ['We will send a delegation', 'a spokesman'],
    ]);
    expect(analysis.warnings.map((w) => w.message)).toEqual([
      'unbalanced quotation mark at character 1 of the paragraph: its closing mark is missing; the quotation was read up to its attribution or the paragraph’s end',
    ]);
  });
});
