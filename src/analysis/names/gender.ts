/**
 * Grammatical gender of a person, as the copy lets a reader tell it: from a title ("Mr", "Chairwoman"), a first
 * name (gender-detection-from-name: English first, then Italian, Spanish, French, German and Turkish lists), or a
 * pronoun already resolved to them. Unknown is an answer: attribution then says it could not tell.
 */
import { createRequire } from 'node:module';

export type Gender = 'male' | 'female';

const require = createRequire(import.meta.url);
const { getGender } = require('gender-detection-from-name') as { getGender: (name: string, lang?: string) => string };

const MALE_TITLES =
  /^(?:Mr\.?|Sir|Lord|King|Prince|Duke|Earl|Baron|Father|Fr\.?|Brother|Emperor|Sultan|Sheikh|Chairman|Spokesman|Congressman|Assemblyman|Alderman|Dutchman|Frenchman|Englishman|Irishman|Scotsman|Welshman|Patrolman)$/;
const FEMALE_TITLES =
  /^(?:Mrs\.?|Ms\.?|Miss|Dame|Lady|Queen|Princess|Duchess|Baroness|Countess|Sister|Empress|Chairwoman|Spokeswoman|Congresswoman|Assemblywoman|Alderwoman|Dutchwoman|Frenchwoman|Englishwoman|Irishwoman|Scotswoman|Welshwoman|Patrolwoman)$/;

/** The gender a title gives ("Mrs" → female); undefined for "Dr", "Sgt". */
export function genderOfTitle(title: string): Gender | undefined {
  for (const word of title.split(/\s+/).reverse()) {
    if (MALE_TITLES.test(word)) return 'male';
    if (FEMALE_TITLES.test(word)) return 'female';
  }
  return undefined;
}

/** The gender of a first name ("Orla" → female), when the name lists know it. */
export function genderOfFirstName(name: string): Gender | undefined {
  if (!/^\p{Lu}\p{Ll}+(?:-\p{Lu}?\p{Ll}+)?$/u.test(name)) return undefined;
  const gender = getGender(name, 'en');
  return gender === 'male' || gender === 'female' ? gender : undefined;
}

/** Whether a word is a first name the lists know. */
export function isFirstName(word: string): boolean {
  return genderOfFirstName(word) !== undefined;
}
