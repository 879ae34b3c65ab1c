import { describe, expect, it } from 'vitest';
import { analyze, type AnalyzeInput } from '../../../src/analysis/index.ts';
import type { Entity } from '../../../src/schemas/entity.ts';

const registry: Entity[] = [
  {
    id: 'maria-lopez',
    name: 'Maria Lopez',
    kind: 'person',
    aliases: [],
    role: 'Finance Minister',
    affiliation: 'ministry',
    description: 'x',
  },
  { id: 'ministry', name: 'Finance Ministry', kind: 'organization', aliases: ['the ministry'], description: 'x' },
  { id: 'acme', name: 'Acme Corp', kind: 'organization', aliases: ['Acme'], description: 'x' },
  { id: 'reuters', name: 'Reuters', kind: 'media', aliases: [], description: 'x' },
];

/** A copy given as paragraphs, analysed as of 15 March 2024; with no registry unless `options` gives one. */
function analysed(texts: readonly string[], options: Partial<AnalyzeInput> = {}) {
  const paragraphs = texts.map((text, i) => ({ id: `p-${i}`, text }));
  return analyze({ paragraphs, published: '2024-03-15', registry: [], ...options });
}

function quotesOf(...texts: string[]) {
  return analysed(texts, { registry }).quotes.map((q) => ({
    text: q.text,
    speaker: q.speaker?.entity ?? q.speaker?.name ?? null,
    channel: q.channel ?? null,
  }));
}

/** The speaker of each quotation of a copy analysed with no registry: a name, or null when none is given. */
function speakers(...texts: string[]): (string | null)[] {
  return analysed(texts).quotes.map((q) => q.speaker?.name ?? null);
}

// Expectations written by hand.
describe('quotations', () => {
  it('takes the speaker after the quote, with straight marks', () => {
    expect(quotesOf('"We will not raise taxes this year," Maria Lopez said on Tuesday.')).toEqual([
      { text: 'We will not raise taxes this year', speaker: 'maria-lopez', channel: null },
    ]);
  });

  it('takes an inverted attribution', () => {
    expect(
      quotesOf('Maria Lopez spoke first.', '“The budget is balanced,” said Lopez, who took office in 2022.'),
    ).toEqual([{ text: 'The budget is balanced', speaker: 'maria-lopez', channel: null }]);
  });

  it('takes the speaker before the quote, and a colon', () => {
    expect(quotesOf('Maria Lopez told Reuters: “Our reserves are strong.”')).toEqual([
      { text: 'Our reserves are strong.', speaker: 'maria-lopez', channel: 'told Reuters' },
    ]);
  });

  it('gives an unnamed speaker with an affiliation and a channel', () => {
    expect(quotesOf('“We are reviewing the contract,” an Acme spokesman told Reuters.')).toEqual([
      { text: 'We are reviewing the contract', speaker: 'an Acme spokesman', channel: 'told Reuters' },
    ]);
  });

  it('lets an organization speak, in a statement', () => {
    expect(quotesOf('The ministry said in a statement that it would seek “a fair settlement” soon.')).toEqual([
      { text: 'a fair settlement', speaker: 'ministry', channel: 'in a statement' },
    ]);
  });

  // Issue 12 (and shared case 09): a word the subject of a reporting verb is quoted as using is a partial
  // quotation of theirs ("called the ruling “a betrayal”"), however short; scare quotes are short quoted words no
  // sieve attributes.
  it('gives a short quoted word to the subject that reports it, and skips scare quotes', () => {
    expect(quotesOf('Critics called the plan a “giveaway” to banks.')).toEqual([
      { text: 'giveaway', speaker: 'Critics', channel: null },
    ]);
    expect(quotesOf('The so-called “giveaway” went to banks.')).toEqual([]);
  });

  it('follows a quotation over two paragraphs', () => {
    expect(
      quotesOf(
        '“We are not done yet,” Maria Lopez said. “There is more to do',
        '“and we will do it before the summer.”',
      ),
    ).toEqual([
      { text: 'We are not done yet', speaker: 'maria-lopez', channel: null },
      { text: 'There is more to do', speaker: 'maria-lopez', channel: null },
      { text: 'and we will do it before the summer.', speaker: 'maria-lopez', channel: null },
    ]);
  });

  it('keeps a quote within a quote as one quotation', () => {
    expect(quotesOf('“He told me ‘never again,’ and I believed him,” Maria Lopez said.')).toEqual([
      { text: 'He told me ‘never again,’ and I believed him', speaker: 'maria-lopez', channel: null },
    ]);
  });

  it('reads single marks as quotation marks in copy that uses no double ones, apostrophes aside', () => {
    expect(
      quotesOf(
        'The union’s leader, Maria Lopez, said the deal was ‘a victory for every member who stood firm’.',
        "'We have shown what the members' action can achieve,' she told Reuters.",
      ),
    ).toEqual([
      { text: 'a victory for every member who stood firm', speaker: 'maria-lopez', channel: null },
      { text: "We have shown what the members' action can achieve", speaker: 'maria-lopez', channel: 'told Reuters' },
    ]);
  });

  it('keeps single marks as apostrophes where double marks quote', () => {
    expect(quotesOf('Acme’s chief said the ‘plan’ was “a fair settlement for everyone”.')).toEqual([
      { text: 'a fair settlement for everyone', speaker: 'acme', channel: null },
    ]);
  });

  it('finds the speaker named after a title following the quote', () => {
    expect(quotesOf('“We have 45 days,” said Finance Minister Maria Lopez of Chile.')).toEqual([
      { text: 'We have 45 days', speaker: 'maria-lopez', channel: null },
    ]);
  });

  it('attributes both halves of a quotation split by its attribution', () => {
    expect(quotesOf('“We will not,” Maria Lopez said, “back down from this fight.”')).toEqual([
      { text: 'We will not', speaker: 'maria-lopez', channel: null },
      { text: 'back down from this fight.', speaker: 'maria-lopez', channel: null },
    ]);
  });

  it('names an unnamed member of the public as the copy does', () => {
    expect(quotesOf('“It’s complicated,” one protester, who asked not to be named, told Reuters.')).toEqual([
      { text: 'It’s complicated', speaker: 'one protester', channel: 'told Reuters' },
    ]);
  });
  it('gives a partial quote after a participle to the main clause, never to a pronoun inside an earlier quotation', () => {
    expect(
      quotesOf(
        '“We must think about how to stop this,” Maria Lopez said on television, adding that Acme had “never” refused talks.',
      ),
    ).toEqual([
      { text: 'We must think about how to stop this', speaker: 'maria-lopez', channel: 'on television' },
      { text: 'never', speaker: 'maria-lopez', channel: 'on television' },
    ]);
  });

  it('reads the main clause before an earlier quotation for a later partial quote', () => {
    expect(
      quotesOf(
        'Maria Lopez said the plan was “far from our only option”, saying other plans were “equally worth a look”.',
      ),
    ).toEqual([
      { text: 'far from our only option', speaker: 'maria-lopez', channel: null },
      { text: 'equally worth a look', speaker: 'maria-lopez', channel: null },
    ]);
  });
  it('gives single quoted words to the subject of a verb that frames them (alluded, spoke of, mentioned)', () => {
    expect(
      quotesOf(
        'Maria Lopez spoke for an hour.',
        'She also alluded to colleagues who were “shocked” by the “aggression” of the other side.',
      ),
    ).toEqual([
      { text: 'shocked', speaker: 'maria-lopez', channel: null },
      { text: 'aggression', speaker: 'maria-lopez', channel: null },
    ]);
  });
  it('gives a second verb the subject of the first ("appeared in court and said")', () => {
    expect(
      quotesOf('Maria Lopez appeared in court on Tuesday and said she felt “profound regret for what happened.”'),
    ).toEqual([{ text: 'profound regret for what happened.', speaker: 'maria-lopez', channel: null }]);
  });

  it('reads an attribution that closes the sentence after a comma', () => {
    expect(quotesOf('“A test of patience” for smaller firms, Maria Lopez explained.')).toEqual([
      { text: 'A test of patience', speaker: 'maria-lopez', channel: null },
    ]);
  });

  it('gives the words of a statement to the one who issued it, and a website’s to its owner', () => {
    expect(
      quotesOf(
        'On Sunday, Acme issued a statement, “The work is delayed by the weather and will resume next week.”',
        'According to the Acme website, “supplies will return to normal by Friday”, the firm said.',
      ).map((q) => q.speaker),
    ).toEqual(['acme', 'acme']);
  });

  it('reads "Christie’s said" as the firm, never a person called Christie', () => {
    // The firm is an entity of its own, named with its possessive.
    expect(speakers('The work sold after “six minutes of bidding” to a dealer, Christie’s said.')).toEqual([
      'Christie’s',
    ]);
  });

  it('takes a short quotation a possessive owns for a term, not speech', () => {
    expect(quotesOf('Maria Lopez reiterated their “forward guidance” on Thursday.')).toEqual([]);
  });
  it('takes "the company" for the company the copy is about, not the last one named', () => {
    expect(
      speakers(
        'The largest retailer by sales, Korvano, reported a jump in profit on Wednesday.',
        'Korvano, which owns a third of Velmora Holdings, said earnings rose.',
        'Korvano shares rose, helped by a stake in Velmora Holdings.',
        '“Growth was robust,” the company said.',
      ),
    ).toEqual(['Korvano']);
  });
  it('takes the name that opens a chain of appositions for the speaker, not the last phrase before the verb', () => {
    expect(
      quotesOf(
        'In her first speech, Maria Lopez, among the founders of the ruling party, the Acme Corp, called the result “a moment of hope and history”.',
      ),
    ).toEqual([{ text: 'a moment of hope and history', speaker: 'maria-lopez', channel: 'in her first speech' }]);
  });
  it('reads a subject with a postmodifier ("one source privy to the talks told AFP") whatever the tagger made of "to"', () => {
    expect(
      quotesOf(
        '“Police stood outside the office,” one source privy to summit negotiations told Reuters, requesting anonymity.',
        '“The draft is not agreed,” a diplomat close to the talks said.',
      ).map((q) => q.speaker),
    ).toEqual(['one source privy to summit negotiations', 'a diplomat close to the talks']);
  });
  it('takes a role the headline or summary gives a person for theirs ("the prime minister" is the one it introduces)', () => {
    const withLead = (lead: string[]) =>
      analysed(
        [
          'Dana Whitcombe has called the passage of the bill historic.',
          '“This is a great day for democracy,” the prime minister told the house.',
        ],
        { lead },
      ).quotes.map((q) => q.speaker?.name);
    expect(withLead(['Whitcombe hails bill', 'Prime minister Dana Whitcombe hailed the passage of the bill.'])).toEqual(
      ['Dana Whitcombe'],
    );
    // Without an introduction, the role itself is the unnamed speaker.
    expect(withLead([])).toEqual(['the prime minister']);
  });
  it('ties a described role to the person introduced with the same words in another order', () => {
    expect(
      speakers(
        'The nursing director at the health trust which runs the hospitals has said she is “truly sorry” for the failures.',
        'Director of nursing at the trust, Hayley Brannock, said: “We have made changes.”',
      ),
    ).toEqual(['Hayley Brannock', 'Hayley Brannock']);
  });
  it('lets a paragraph of quotation resume the last speaker across one paragraph that names and quotes no one else', () => {
    expect(
      quotesOf(
        '“Rate hikes are unwarranted,” Maria Lopez said.',
        'Maria Lopez left the door open to more cuts. Other central banks have cut their rates to zero.',
        '“We have not reached the zero bound.”',
        'Tom Reyes, the chief of Acme Corp, left the meeting early.',
        '“Rates will rise by the summer.”',
      ).map((q) => q.speaker),
      // Never Maria Lopez again after a paragraph about someone else; it is that person's (narrative-subject).
    ).toEqual(['maria-lopez', 'maria-lopez', 'tom-reyes']);
  });
  it('gives "he" to the one person a paragraph between names, when it reports no one’s words', () => {
    expect(
      speakers(
        '“I tackled him,” Detective Sergeant Dale Hemmings explained.',
        'The suspect, who identified himself as Laszlo Varga, was restrained by officers while crying out for help.',
        '“I did nothing wrong,” he said as crews looked on.',
      ),
    ).toEqual(['Dale Hemmings', 'Laszlo Varga']);
    expect(
      speakers(
        '“We will appeal,” Khin Maung Oo, the lawyer representing Tom Yates, said.',
        'If necessary, he said, he would write to officials to ask for Yates to be deported.',
        'He said his client was “very calm” and “hopes for the best”.',
      ),
    ).toEqual(['Khin Maung Oo', 'Khin Maung Oo', 'Khin Maung Oo']);
  });
  it('gives words after "X to issue a rebuttal:" to X', () => {
    expect(
      quotesOf(
        'A man interrupted the briefing, prompting Maria Lopez to issue a sharp rebuttal: “You’ll get your day in court.”',
      ),
    ).toEqual([{ text: 'You’ll get your day in court.', speaker: 'maria-lopez', channel: null }]);
  });
  it('keeps the relative clause of a subject that is only a determiner ("Those who support the changes say")', () => {
    expect(
      quotesOf(
        'Those who support the changes say it will end the “gaming of the system” by minor parties.',
        'Many who attended the meeting said it was “rushed and unfair”.',
      ).map((q) => q.speaker),
    ).toEqual(['Those who support the changes', 'Many who attended the meeting']);
  });
  it('names a short form by the body whose name holds it, and a bare plural as the copy first described it', () => {
    expect(
      speakers(
        'Officers from Halton Regional Police were called to the house on Tuesday.',
        '“The fire is being treated as suspicious,” Halton police said.',
      ),
    ).toEqual(['Halton Regional Police']);
    expect(
      speakers(
        'The former executive was sentenced after federal prosecutors sought a longer term.',
        '“She put her own interests first,” prosecutors said.',
      ),
    ).toEqual(['federal prosecutors']);
  });
  it('reads an honorific’s gender, an age as a later reference, and "X was blunt:" as an introduction', () => {
    expect(speakers('“It is a sad day,” Ms Smith said.', '“We tried everything,” she added.')).toEqual([
      'Smith',
      'Smith',
    ]);
    expect(
      speakers('Jane Okafor, 45, has run the bakery for years.', '“We are closing the shop,” the 45-year-old said.'),
    ).toEqual(['Jane Okafor']);
    expect(
      speakers(
        'Jane Okafor was blunt: “We are closing the shop.”',
        'Jane Okafor’s message was clear: “Buy local.”',
        'The mood was grim: “Nobody came to the sale.”',
      ),
    ).toEqual(['Jane Okafor', 'Jane Okafor', null]);
  });
  it('never gives a spokesman’s or a wife’s words to the person they belong to', () => {
    expect(speakers('Jane Okafor runs the bakery.', '“We are closing the shop,” a spokesman for Okafor said.')).toEqual(
      ['a spokesman for Okafor'],
    );
    expect(speakers('Jane Okafor runs the bakery.', '“We are closing the shop,” said Okafor’s spokesman.')).toEqual([
      'Okafor’s spokesman',
    ]);
    expect(speakers('“We are closing the shop,” added Okafor’s wife, Mary.')).toEqual(['Mary']);
  });
  it('gives a participle after an inverted attribution the same speaker ("said X, before adding:")', () => {
    expect(quotesOf('“The talks are over,” said Maria Lopez, before adding: “We will try again.”')).toEqual([
      { text: 'The talks are over', speaker: 'maria-lopez', channel: null },
      { text: 'We will try again.', speaker: 'maria-lopez', channel: null },
    ]);
  });
  it('takes a first name’s usual gender for a guess that a pronoun may overrule', () => {
    expect(speakers('Pat Ryan manages the team.', '‘We are happy with the win. It was tough,’ he said.')).toEqual([
      'Pat Ryan',
    ]);
    // A title's gender is no guess: "she" after "Mr Ryan" alone finds nobody.
    expect(speakers('Mr Ryan manages the team.', '“We are happy with the win,” she said.')).toEqual([null]);
  });
  it('skips an age and a relative clause between a name and its verb', () => {
    expect(quotesOf('Maria Lopez, 45, whose shop was destroyed, said: “We have lost everything.”')).toEqual([
      { text: 'We have lost everything.', speaker: 'maria-lopez', channel: null },
    ]);
  });
  it('reads «…» and „…“ quotations, and a year cut to two digits as no quotation mark', () => {
    expect(quotesOf('Maria Lopez a déclaré : «Nous allons gagner.»').map((q) => q.text)).toEqual([
      'Nous allons gagner.',
    ]);
    expect(quotesOf('Maria Lopez sagte: „Wir werden gewinnen.“').map((q) => q.text)).toEqual(['Wir werden gewinnen.']);
    expect(quotesOf("'It's the county's first title since '99,' Maria Lopez said.")).toEqual([
      { text: "It's the county's first title since '99", speaker: 'maria-lopez', channel: null },
    ]);
  });
  it('keeps names with letters outside Latin-1 whole, and a title’s abbreviation point; an age is no role', () => {
    const withRoles = (...texts: string[]) =>
      analysed(texts).quotes.map((q) => `${q.speaker?.name}${q.speaker?.role ? ` (${q.speaker.role})` : ''}`);
    expect(
      withRoles(
        '“A new era begins,” said Recep Tayyip Erdoğan.',
        '“We agree,” said Lech Wałęsa.',
        '“We do not,” said the Rev. Al Sharpton.',
        '“Nor do we,” Nguyễn Phú Trọng, 73, told a rally.',
      ),
    ).toEqual(['Recep Tayyip Erdoğan', 'Lech Wałęsa', 'Al Sharpton (Rev.)', 'Nguyễn Phú Trọng']);
  });
  it('reads "as X put it:", "in the words of X", framing verbs the tagger misreads, and a lower-case aside', () => {
    expect(
      quotesOf(
        'As Maria Lopez put it: “We are closing the shop.”',
        'In the words of Maria Lopez, “the shop is closing for good”.',
        'Maria Lopez branded the plan “reckless and cruel”.',
        'Maria Lopez hit out at the “reckless decision by the council”.',
        'Maria Lopez (pictured) said: “We are closing the shop.”',
      ).map((q) => q.speaker),
    ).toEqual(['maria-lopez', 'maria-lopez', 'maria-lopez', 'maria-lopez', 'maria-lopez']);
  });
  it('gives "the letter said" to the author of the letter named before', () => {
    expect(
      speakers(
        'In a letter to parents on Monday, the school board said the school would close.',
        '“The school will close at the end of term,” the letter said.',
      ),
    ).toEqual(['the school board']);
    // With no letter named before, a letter is no speaker.
    expect(speakers('“The school will close at the end of term,” the letter said.')).toEqual([null]);
    // "Acme Corp." at a sentence's end is the same company as "Acme Corp".
    expect(quotesOf('Acme Corp posted a loss.', '“We are closing the shop,” reads a letter from Acme Corp.')).toEqual([
      { text: 'We are closing the shop', speaker: 'acme', channel: null },
    ]);
  });
  it('counts an alias that is only a common noun ("the ministry") after a full mention, or for a listed subject', () => {
    const named = (about: string[], ...texts: string[]) =>
      analysed(texts, { registry, about }).mentions.map((m) => m.entity);
    // Another copy's "the ministry" is not the Finance Ministry.
    expect(named([], 'The ministry of mines said output fell.')).toEqual([]);
    expect(named([], 'The Finance Ministry met.', 'The ministry said output fell.')).toEqual(['ministry', 'ministry']);
    expect(named(['ministry'], 'The ministry said output fell.')).toEqual(['ministry']);
  });
  it('never takes the object of a preposition for "it"', () => {
    expect(
      speakers(
        'A senior official said that Velmora Holdings could not work with the regulator in Tarquin and that it would continue what it calls its “fight for fairness”.',
      ),
    ).toEqual(['Velmora Holdings']);
  });
  it('keeps the "of" part of a listener’s name in the channel', () => {
    expect(quotesOf('“This is a tragedy,” Maria Lopez told the Group of 20 leading economies on Wednesday.')).toEqual([
      { text: 'This is a tragedy', speaker: 'maria-lopez', channel: 'told the Group of 20 leading economies' },
    ]);
  });
});
