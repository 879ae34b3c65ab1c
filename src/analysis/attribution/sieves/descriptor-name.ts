/**
 * Sieve: a named speaker in apposition with a descriptor, beside a speech verb: "said a company spokesman, Ravi
 * Mehta", "said the committee's treasurer, Joan Okoro", "Orla Kinsella, a witness, told the Courier". The named
 * person speaks; the descriptor is their role. The most precise pattern, so it runs first.
 */
import type { Finding, Sieve } from '../types.ts';
import { leading, trailing } from './adjacent-verb.ts';

export const descriptorName: Sieve = (doc, index): Finding | undefined => {
  const found = trailing(doc, index) ?? leading(doc, index);
  return found?.descriptor ? { phrase: found } : undefined;
};
