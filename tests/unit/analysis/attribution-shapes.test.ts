import { describe, expect, it } from 'vitest';
import { kinds, speakers } from './copy.ts';

// Expectations written by hand, in the shapes real copy attributes quotations with.
describe('attribution shapes', () => {
  it('reads ", X said." closing a sentence the quotation opens', () => {
    expect(
      speakers(
        'Robert Lunsford tracks meteors.',
        '“It’s very rare” to recover a meteorite, Lunsford said. “I’ve done this for 20 years.”',
      ),
    ).toEqual(['Robert Lunsford', 'Robert Lunsford']);
  });
  it('reads a long descriptor and an abbreviated title before the name after the quotation', () => {
    expect(speakers('“It is big,” SIU-Edwardsville physics and astronomy researcher Tom Foster said.')).toEqual([
      'Tom Foster',
    ]);
    expect(speakers('“Stop that now,” Coun. Chris Moslin said before moving on.')).toEqual(['Chris Moslin']);
  });
  it('reads "the authorities who say," and a name a relative clause gives', () => {
    expect(speakers('A letter went to the authorities who say, “We will not parade elephants.”')).toEqual([
      'the authorities',
    ]);
    expect(speakers('One of the victims, who gave her name as Mrs. Ngozi, said: “We lost everything.”')).toEqual([
      'Ngozi',
    ]);
    expect(speakers('One of the victims, who did not want to be named, said: “We lost everything.”')).toEqual([
      'One of the victims',
    ]);
  });
  it('never takes a motion or a sign that reads words for their speaker', () => {
    expect(speakers('Members voted on a motion that read ‘the council should act now on housing’.')).toEqual([null]);
  });
});

describe('kinds and names in the same copy', () => {
  it('reads a platform as a company, "Coun." as a title, NGOs as no name, and "Government of X" whole', () => {
    expect(kinds('Residents posted on Facebook while NGOs waited.')).toEqual(['Facebook: organization']);
    expect(kinds('Couns. Ines Cole and Tom Price voted against it.')).toEqual([
      'Ines Cole: person',
      'Tom Price: person',
    ]);
    expect(kinds('The Government of New Brunswick said it would help.')).toEqual([
      'Government of New Brunswick: organization',
    ]);
  });
});

describe('British council and court copy', () => {
  it('skips a party and a ward in brackets, reads "Recorder" as a title, and keeps a short sentence of speech', () => {
    expect(speakers('Councillor Ines Cole (Lab, Riverside) said: “This is a disgrace.”')).toEqual(['Ines Cole']);
    expect(speakers('The judge, Recorder Ines Cole, told Tom Price: “You will go to prison.”')).toEqual(['Ines Cole']);
    expect(speakers('“It is a mess,” Ines Cole told the Echo. “Nobody listened.”')).toEqual(['Ines Cole', 'Ines Cole']);
  });
});

describe('participles after a quotation', () => {
  it('give ", adding, “…”" the main clause’s subject, across the earlier quotation and its comma', () => {
    expect(
      speakers('President Ines Cole said Monday the deal was “a win for workers,” adding, “We fought hard.”'),
    ).toEqual(['Ines Cole', 'Ines Cole']);
  });
});

describe('business copy', () => {
  it('reads a parenthetical "he said" for its own subject, and a role "of" a body as a person', () => {
    expect(
      speakers('Justin King spoke to reporters.', 'Sainsbury’s, he said, would “look for savings elsewhere”.'),
    ).toEqual(['Justin King']);
    expect(
      speakers(
        'HBOS shares fell.',
        'The chief executive of one specialist retailer said there had “absolutely” been a fall in trade.',
      ),
    ).toEqual(['The chief executive of one specialist retailer']);
  });
  it('keeps a surname that is also a title, and a plural possessive inside a body’s name', () => {
    expect(kinds('Justin King and the General Workers’ Union met.')).toEqual([
      'General Workers’ Union: organization',
      'Justin King: person',
    ]);
  });
});

describe('kinds from a name’s head and its possessive', () => {
  it('reads a firm named with a possessive as a company that keeps it, and a council by its head word', () => {
    expect(speakers('“The work sold quickly,” Velmora’s said in a statement.')).toEqual(['Velmora’s']);
    expect(kinds('Staff at Velmora’s said sales fell, Tarquin County Council and NHS England said.')).toEqual([
      'NHS England: organization',
      'Tarquin County Council: organization',
      'Velmora’s: organization',
    ]);
    expect(kinds('The meeting was held in Fort William on Monday.')).toEqual(['Fort William: place']);
  });
});

describe('verbs inside reported speech', () => {
  it('never let an embedded "inform" take a partial quotation from the outer speaker; "apologised for" frames one', () => {
    expect(
      speakers(
        'General secretary Tony Zarb said the union would inform all employers it was prepared to take action “at any moment”.',
      ),
    ).toEqual(['Tony Zarb']);
    expect(speakers('Medical director Dr Nikki Kanani has apologised for ‘any offence’ caused.')).toEqual([
      'Nikki Kanani',
    ]);
  });
});

describe('football copy', () => {
  it('reads a country as its team in a team sport’s report, from words only team sports use', () => {
    expect(
      kinds(
        'Jamaica’s assistant coach was pleased with the draw in the friendly match on Friday.',
        'A header just before half-time gave Jamaica the lead, and a late equaliser from a substitute ended the win.',
      ),
    ).toContain('Jamaica: organization');
  });
});

describe('from a fifth blind set', () => {
  it('reads "Hon." as a title, a misread "alleged" closing an attribution, and a pronoun reporter as one named before', () => {
    expect(
      speakers(
        'The Ashanti Regional Minister, Simon Osei Mensah has justified the seizure.',
        '“It was in the media I heard it,” the Regional Minister alleged.',
      ),
    ).toEqual(['Simon Osei Mensah']);
    expect(
      speakers(
        'Anwschka Weabers, 37, said she was stranded.',
        '“I don’t have a penny,” she said.',
        'Camie Gornall, 25, said she queued through the night.',
        'They had been to visit family and she said she was now missing work.',
        '“We were sleeping in the queue,” she said.',
      ),
    ).toEqual(['Anwschka Weabers', 'Camie Gornall']);
    expect(kinds('Commissioner Northern Jovesa Vocea said farmers should visit.')).toEqual(['Jovesa Vocea: person']);
    expect(kinds('He expected Hon. Peter Amewu to send the documents.')).toEqual(['Peter Amewu: person']);
  });
});
