import { describe, expect, it } from 'vitest';
import { analyze, type AnalyzeInput } from '../../../src/analysis/index.ts';

/** A copy given as paragraphs, analysed as of 15 March 2024 with no registry. */
function analysed(texts: readonly string[], options: Partial<AnalyzeInput> = {}) {
  const paragraphs = texts.map((text, i) => ({ id: `p-${i}`, text }));
  return analyze({ paragraphs, published: '2024-03-15', registry: [], ...options });
}

function entities(...texts: string[]) {
  return analysed(texts)
    .entities.map((e) => ({ name: e.name, kind: e.kind, ...(e.role ? { role: e.role } : {}) }))
    .sort((a, b) => a.name.localeCompare(b.name));
}

/** Each entity as "name: kind", by name. */
function kinds(...texts: string[]): string[] {
  return entities(...texts).map((e) => `${e.name}: ${e.kind}`);
}

// Expectations written by hand.
// Titles are kept as the copy writes them ("Sen.", and "Sgt" in shared case 05), not expanded.
describe('names the registry does not know', () => {
  it('take the name after a title, and the title as the role', () => {
    expect(
      entities('Senate Majority Leader Chuck Schumer spoke first, and Sen. Susan Collins of Maine replied.'),
    ).toEqual([
      { name: 'Chuck Schumer', kind: 'person', role: 'Senate Majority Leader' },
      { name: 'Maine', kind: 'place' },
      { name: 'Susan Collins', kind: 'person', role: 'Sen.' },
    ]);
  });

  it('never run across a sentence end', () => {
    expect(entities('Bills must pass by mid-November. The House adjourned.')).toEqual([
      { name: 'House', kind: 'organization' },
    ]);
  });

  it('skip party-and-state tags, and keep capitals as places even after "said"', () => {
    expect(entities('Rep. Matt Gaetz, R-Fla., said Budapest had agreed.')).toEqual([
      { name: 'Budapest', kind: 'place' },
      { name: 'Matt Gaetz', kind: 'person', role: 'Rep.' },
    ]);
  });

  it('take an institution named after a country for an organization', () => {
    expect(entities('Prices rose 2.7%, according to Statistics Canada.')).toEqual([
      { name: 'Statistics Canada', kind: 'organization' },
    ]);
  });

  it('join a short form to the full name seen before, and skip a word capitalised for opening a quotation', () => {
    expect(
      entities('Samsung Electronics rose 3%. Kenji Morita said: "Closer is not finished." Samsung fell later.'),
    ).toEqual([
      { name: 'Kenji Morita', kind: 'person' },
      { name: 'Samsung Electronics', kind: 'organization' },
    ]);
  });

  it('give a role from an appositive or a lowercase title, never a bare possessive', () => {
    expect(
      entities(
        'The union’s general secretary, Mick Lynch, said no. EU foreign policy chief Josep Borrell agreed. Her spokesman, Lukas Brenner, said so.',
      ),
    ).toEqual([
      // Issue 12: acronyms, two letters too, are names ("EU" is the body Borrell's title names).
      { name: 'EU', kind: 'organization' },
      { name: 'Josep Borrell', kind: 'person', role: 'EU foreign policy chief' },
      { name: 'Lukas Brenner', kind: 'person', role: 'spokesman' },
      { name: 'Mick Lynch', kind: 'person', role: 'the union’s general secretary' },
    ]);
  });
  it('take a name in apposition with a body noun, or with shares of its own, for a company', () => {
    expect(kinds('The largest retailer by sales, Korvano, reported a loss on Tuesday.')).toContain(
      'Korvano: organization',
    );
    expect(kinds('Investors sold Velmora shares on Tuesday.')).toContain('Velmora: organization');
  });
  it('take a first name that is also a town’s for a person, and names that are not words for a person too', () => {
    expect(kinds('The fossil was described by David Evans of the museum.')).toContain('David Evans: person');
    expect(kinds('The gold went to Mujinga Kambundji on Friday.')).toContain('Mujinga Kambundji: person');
  });
  it('take amounts written with a currency’s letters, and stock codes, for no names; a stock code marks a company', () => {
    expect(
      entities(
        'It posted a loss of $US0.23 per share, and the board spent K120 000 on roads and R15m on rail.',
        'Shares of Velmora (IPO-VLMR.N) and Tarquin (TRQ.L) rose, while the G20 met.',
      ),
    ).toEqual([
      { name: 'G20', kind: 'organization' },
      { name: 'Tarquin', kind: 'organization' },
      { name: 'Velmora', kind: 'organization' },
    ]);
  });
  it('keep a month that is a surname, and a possessive inside a place’s name, within the name', () => {
    expect(
      entities(
        'He was moved in 2011 at the request of the Home Secretary, Theresa May, despite the case.',
        'Burglaries in Hawke’s Bay rose in May, police said.',
      ),
    ).toEqual([
      { name: 'Hawke’s Bay', kind: 'place' },
      { name: 'Theresa May', kind: 'person', role: 'Home Secretary' },
    ]);
  });
  it('take a demonym before a person’s name for their descriptor', () => {
    expect(entities('The race went to American Brittany Brown, ahead of Swiss Mujinga Kambundji.')).toEqual([
      { name: 'Brittany Brown', kind: 'person', role: 'American' },
      { name: 'Mujinga Kambundji', kind: 'person', role: 'Swiss' },
    ]);
  });
  it('take "the Mayor of Mackay" for an office and its place, and a region’s adjective or a currency for no name', () => {
    expect(
      entities(
        'The Mayor of Mackay, in north Queensland, says the flood was rare, and the Minister of Education agreed.',
        'Mayor of Mackay Greg Williamson said the South Australian economy grew and Rs 5,000 was paid.',
      ),
    ).toEqual([
      { name: 'Greg Williamson', kind: 'person', role: 'Mayor of Mackay' },
      { name: 'Mackay', kind: 'place' },
      { name: 'Queensland', kind: 'place' },
    ]);
  });
  it('take a lone first name no lexicon knows for the person named in full with it', () => {
    expect(entities('Pramod Mahajan was shot in 2006.', 'His brother said Pramod had feared for his life.')).toEqual([
      { name: 'Pramod Mahajan', kind: 'person' },
    ]);
  });
  it('take a country’s or a town’s name for its team in a team sport’s report, but not after "in" or "at"', () => {
    const teams = kinds(
      'England were bowled out for 101 on the final day, and their Test series win over South Africa ended in defeat.',
      'The captain said the batsmen must score more runs before the series in Sri Lanka, and the bowlers took a wicket.',
      'Only one innings was left at Centurion, where the squad trained on Sunday.',
    );
    expect(teams).toEqual(
      expect.arrayContaining(['England: organization', 'South Africa: organization', 'Sri Lanka: country']),
    );
    // Outside sport, the gazetteer decides.
    expect(entities('Talks between England and South Africa resumed on Monday.').map((e) => e.kind)).toEqual([
      'place',
      'country',
    ]);
  });
  it('take a titled surname for the person named in full, even when it is also a place word', () => {
    expect(
      entities(
        'Joan Street, 87, died after staying at the hospital.',
        'The hospital said it apologised to Mrs Street’s family.',
      ),
    ).toEqual([{ name: 'Joan Street', kind: 'person' }]);
  });
  it('take an institution’s head word alone for the one institution named with it, before or after', () => {
    expect(
      entities(
        'The records showed a lack of adherence to Trust policy.',
        'Sally Moore, of East Kent University Hospitals NHS Foundation Trust, said the Trust was sorry.',
      ).map((e) => e.name),
    ).toEqual(['East Kent University Hospitals NHS Foundation Trust', 'Sally Moore']);
  });
  it('read counties, "residents of X", sources after "according to", fields with "and", and no lone suffixes', () => {
    expect(
      kinds(
        'Heavy rain hit Co Kerry, and residents of Ulwe were evacuated, according to Statistics New Zealand.',
        'Anthony Fauci, of the National Institute of Allergy and Infectious Diseases, praised Amazon.com Inc. on Monday, mihaaru.com reported.',
        'The Bank of England and Barclays agreed.',
      ),
    ).toEqual([
      'Amazon.com Inc.: organization',
      'Anthony Fauci: person',
      'Bank of England: organization',
      'Barclays: place',
      'Co Kerry: place',
      'mihaaru.com: media',
      'National Institute of Allergy and Infectious Diseases: organization',
      'Statistics New Zealand: organization',
      'Ulwe: place',
    ]);
  });
  it('take a road’s number for a place', () => {
    expect(entities('Police said the A9 was shut and the M8 motorway was clear.')).toEqual([
      { name: 'A9', kind: 'place' },
      { name: 'M8', kind: 'place' },
    ]);
  });
  it('find names the registry does not know in English copy only, and take a legislature for no outlet', () => {
    const names = (language: string, text: string) => analysed([text], { language }).entities.map((e) => e.name);
    expect(names('no', 'Vi skal åpne Oslo-linjen igjen, sa Kari Nordmann til NRK.')).toEqual([]);
    expect(names('en', 'Kari Nordmann told NRK the line would reopen.')).toEqual(['Kari Nordmann', 'NRK']);
    expect(entities('Aoife Brennan told the Dáil on Tuesday that the contractor was suspended.')).toContainEqual({
      name: 'Dáil',
      kind: 'organization',
    });
  });
  it('read a dateline set off by a colon ("MOSCOW: Russian President…") as the place the copy comes from', () => {
    expect(entities('TARQUIN: President Velmo Aster said on Wednesday the talks would resume.')).toEqual([
      { name: 'Tarquin', kind: 'place' },
      { name: 'Velmo Aster', kind: 'person', role: 'President' },
    ]);
  });
  it('read a capital inside one word as a brand’s name, never a place’s or a family’s', () => {
    expect(kinds('The probe rode a rocket built by VelmoX, and landed near Tarquin.')).toContain(
      'VelmoX: organization',
    );
    expect(kinds('Ewan MacLeod said the road was shut.')).toContain('Ewan MacLeod: person');
  });
  it('read a title word that is also a first name as the first name after a role ("officer Dean Kimpton")', () => {
    expect(kinds('The council’s chief operating officer Dean Kimpton said the storm was severe.')).toContain(
      'Dean Kimpton: person',
    );
    expect(kinds('SHARES in Velmora plunged 20% this morning.')).toContain('Velmora: organization');
  });
  it('read a dependency as a place, a workplace as a body, and no number word or common compound as a name', () => {
    expect(kinds('Crowds gathered in Jersey and Hong Kong, and in France.')).toEqual([
      'France: country',
      'Hong Kong: place',
      'Jersey: place',
    ]);
    expect(kinds('Ines Cole, head of equity funds at Korvath Lansdown, said sales fell.')).toContain(
      'Korvath Lansdown: organization',
    );
    expect(kinds('House-mates Silviya Stoyanova and Aaron Heathcock watched. NINETY-SIX guns were fired.')).toEqual([
      'Aaron Heathcock: person',
      'Silviya Stoyanova: person',
    ]);
    expect(kinds('She signed the National Trust for Jersey petition, and Dove Jeffrey Homes built the flats.')).toEqual(
      ['Dove Jeffrey Homes: organization', 'National Trust for Jersey: organization'],
    );
  });
  it('keep a place apart from a body named for it, and read no word or contraction as a state or a name', () => {
    expect(kinds('She backed the National Trust for Jersey. People stood around Jersey’s coastline.')).toEqual([
      'Jersey: place',
      'National Trust for Jersey: organization',
    ]);
    // "Island" is Iceland's own name, and an English word: "the Island" is a place, never a country.
    expect(kinds('Ines Cole said the Island would cope, and as far as I’m concerned it did.')).toEqual([
      'Ines Cole: person',
      'Island: place',
    ]);
  });
  it('read a print-style capital opener as a word, a suffix as no part of a name, and "Journal of" whole', () => {
    const names = (text: string) => analysed([text]).entities.map((e) => e.name);
    expect(names('SHARES in Velmora Sports plunged more than 20% this morning.')).toEqual(['Velmora Sports']);
    expect(names('THE Velmora Council met on Monday.')).toEqual(['Velmora Council']);
    expect(names('WHO officials said the outbreak was over.')).toEqual(['WHO']);
    expect(names('The CIDCO-administered nodes had water, and the MIT-led mission flew.').sort()).toEqual([
      'CIDCO',
      'MIT',
    ]);
    expect(names('It appeared in the Canadian Journal of Earth Sciences.')).toEqual([
      'Canadian Journal of Earth Sciences',
    ]);
    expect(names('Min-jae Kim scored twice.')).toEqual(['Min-jae Kim']);
  });
  it('join a body’s name over "and", know a person by their given names, and read no amount or people as names', () => {
    const names = (...texts: string[]) => analysed(texts).entities.map((e) => e.name);
    expect(names('The Irish Nurses and Midwives Organisation said 550 patients waited.')).toEqual([
      'Irish Nurses and Midwives Organisation',
    ]);
    expect(names('The Bank of England and Barclays Bank agreed.').sort()).toEqual(['Bank of England', 'Barclays Bank']);
    expect(
      names('Resident Mohammad Adib Mohd Khairi, 36, said prices rose.', 'Mohammad Adib plans to keep going.'),
    ).toEqual(['Mohammad Adib Mohd Khairi']);
    expect(names('Malaysians now pay RM11 for a meal that cost RM6.')).toEqual([]);
  });
});
