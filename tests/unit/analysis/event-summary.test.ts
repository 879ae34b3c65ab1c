// Event summaries: a complete clause of the sentence's own words. Expectations written by hand.
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/analysis/index.ts';
import { loadRegistry } from '../../../src/lib/registry.ts';
import { analyzeMarkdown } from '../../../src/markdown/analyze-markdown.ts';
import type { Entity } from '../../../src/schemas/entity.ts';

const registry: Entity[] = [
  { id: 'oslo-council', name: 'Oslo City Council', kind: 'organization', aliases: [], description: 'x' },
  {
    id: 'kestrel-authority',
    name: 'Kestrel Bay Harbour Authority',
    kind: 'organization',
    aliases: [],
    description: 'x',
  },
];

/** The summary of each event of a copy given as paragraphs. */
function summaries(...paragraphs: string[]): string[] {
  return analyze({
    paragraphs: paragraphs.map((text, i) => ({ id: `p-${i}`, text })),
    published: '2024-04-19',
    registry,
  }).events.map((e) => e.summary);
}

describe('the date phrase goes, and nothing of it stays behind', () => {
  it('with its preposition and the comma that set it off', () => {
    expect(summaries('On Friday, the court ruled against the plan.')).toEqual(['The court ruled against the plan']);
    expect(summaries('The minister, on Tuesday, resigned.')).toEqual(['The minister resigned']);
    expect(summaries('The last shutdown, in 2018, lasted 35 days.')).toEqual(['The last shutdown lasted 35 days']);
    expect(summaries('The port reopened on Friday, a week after the storm.')[0]).toBe(
      'The port reopened, a week after the storm',
    );
  });

  it('a possessive date leaves its noun, as "the" noun', () => {
    expect(summaries("Harbour officials said last Friday's closure cost shippers millions.")).toEqual([
      'Harbour officials said the closure cost shippers millions',
    ]);
    expect(summaries("Shares rose after Tuesday's vote.")).toEqual(['Shares rose after the vote']);
    expect(summaries('Investors welcomed last week’s rate cut.')).toEqual(['Investors welcomed the rate cut']);
  });

  it('a quotation mark that lost its partner goes', () => {
    expect(summaries('“Last night there was nowhere to go. We slept by the river,” said a man.')[0]).toBe(
      'There was nowhere to go',
    );
    expect(summaries('“Yesterday we lost everything,” a farmer said.')).toEqual([
      '“We lost everything,” a farmer said',
    ]);
  });

  it('a phrase that cannot go without breaking its clause stays', () => {
    expect(summaries('The regulator will rule no later than Aug. 1.')).toEqual([
      'The regulator will rule no later than Aug. 1',
    ]);
    expect(summaries('Economists see the next move in July or September.')).toEqual([
      'Economists see the next move in July or September',
      'Economists see the next move in July or September',
    ]);
    expect(summaries('A rail strike planned for Monday has been called off.')).toEqual([
      'A rail strike planned for Monday has been called off',
    ]);
  });
});

describe('a summary names its subject', () => {
  it('"the council" after "Oslo City Council"', () => {
    expect(summaries('Oslo City Council met on Tuesday.', 'The council will vote on the plan on Friday.')).toEqual([
      'Oslo City Council met',
      'The Oslo City Council will vote on the plan',
    ]);
  });

  it('"the authority" named in an earlier sentence of the paragraph', () => {
    expect(
      summaries('The Kestrel Bay Harbour Authority runs the port. The authority will reopen it on Friday.'),
    ).toEqual(['The Kestrel Bay Harbour Authority will reopen it']);
  });

  it('a descriptor before a name goes when the summary is too long', () => {
    expect(
      summaries(
        'On Thursday, the North Korean state news agency Kestrel Bay Harbour Authority announced that an international meeting would be held.',
      ),
    ).toEqual(['Kestrel Bay Harbour Authority announced that an international meeting would be held']);
  });

  it('"the X" with no name that ends in X stays as it is', () => {
    expect(summaries('The forum opens on Friday.')).toEqual(['The forum opens']);
  });
});

describe('a long sentence is cut where a clause ends', () => {
  it('before a purpose infinitive, a relative clause, "and" with a verb, a closing attribution', () => {
    expect(
      summaries(
        'On Saturday, Vice Premier Liu Guozhong is leading an envoy delegation to North Korea to celebrate the founding anniversary of the hermit Kingdom.',
      ),
    ).toEqual(['Vice Premier Liu Guozhong is leading an envoy delegation to North Korea']);
    expect(
      summaries(
        'The New York Times reported on Monday that Kim will meet Putin at the Eastern Economic Forum, which is being held at Far Eastern Federal University.',
      ),
    ).toEqual(['The New York Times reported that Kim will meet Putin at the Eastern Economic Forum']);
    expect(
      summaries(
        'U.S. Intelligence reports that Russian officials recently visited North Korea and likely established communication for high-level discussions regarding the provisioning of weapons.',
      ),
    ).toEqual(['U.S. Intelligence reports that Russian officials visited North Korea']);
    expect(
      summaries(
        'European Union foreign ministers agreed on Monday to extend economic sanctions against Russia for another six months, diplomats said, after Hungary dropped its objections.',
      )[0],
    ).toBe(
      'European Union foreign ministers agreed to extend economic sanctions against Russia for another six months',
    );
  });

  it('never before the complement of a reporting verb', () => {
    const [summary] = summaries(
      'Ireland’s health service said on Wednesday that the personal records of about 12,000 patients had been exposed in a cyberattack on a third-party scheduling system.',
    );
    expect(summary).toBe(
      'Ireland’s health service said that the personal records of about 12,000 patients had been exposed',
    );
  });
});

describe('every summary of the seed and the fixtures reads as a clause', () => {
  const copies = [
    { copy: 'content/articles/china-delegation-north-korea.md', registry: 'content/entities' },
    ...readdirSync('tests/fixtures/articles')
      .filter((name) => existsSync(join('tests/fixtures/articles', name, 'copy.md')))
      .map((name) => ({
        copy: join('tests/fixtures/articles', name, 'copy.md'),
        registry: join('tests/fixtures/articles', name, 'entities'),
      })),
  ];

  it.each(copies.map((c) => [c.copy, c] as const))('%s', async (_name, { copy, registry: folder }) => {
    const analysis = await analyzeMarkdown(readFileSync(copy, 'utf8'), loadRegistry(folder));
    for (const { summary } of analysis.events) {
      expect(summary, summary).not.toMatch(/\b(?:the|a|an|of|to|and|or|but|that|in|on|at|by|for|with|from)$/i);
      expect(summary, summary).not.toMatch(/,\s*,|\s['’]s\b|^[”’]|\s[,.]/);
      expect(summary.length, summary).toBeLessThanOrEqual(140);
      const opens = (summary.match(/“/g) ?? []).length;
      expect((summary.match(/”/g) ?? []).length, summary).toBe(opens);
      expect((summary.match(/"/g) ?? []).length % 2, summary).toBe(0);
    }
  });

  it('the seed', async () => {
    const analysis = await analyzeMarkdown(
      readFileSync('content/articles/china-delegation-north-korea.md', 'utf8'),
      loadRegistry('content/entities'),
    );
    expect(analysis.events.map((e) => e.summary)).toEqual([
      'The People’s Republic of China will send a delegation to North Korea',
      'Vice Premier Liu Guozhong is leading an envoy delegation to North Korea',
      'Korean Central News Agency announced that an international meeting would be held',
      'North Korea will mark its 75th birthday by holding a military parade sanctioned by the state',
      'The Chinese delegation was announced',
      'The New York Times reported that Kim will meet Putin at the Eastern Economic Forum',
      'The Eastern Economic Forum is scheduled',
      'U.S. Intelligence reports that Russian officials visited North Korea',
    ]);
  });
});

describe('a sentence that joins clauses dates each by its own clause', () => {
  it('coordinated clauses, the second sharing the first one’s subject when it has none', () => {
    expect(
      summaries(
        'Harbour Tramways extended the line to the ferry terminal in 1979 and survived a council vote to close it in 1989.',
        'Floods damaged the track in 1997, and new trams arrived in 2008.',
      ),
    ).toEqual([
      'Harbour Tramways extended the line to the ferry terminal',
      'Harbour Tramways survived a council vote to close it',
      'Floods damaged the track',
      'New trams arrived',
    ]);
  });
  it('a subordinate clause with its own subject, unless it needs the main clause to say what "it" is', () => {
    expect(
      summaries('The harbour tram makes its last run on Sunday, fifty years after the line opened in 1973.'),
    ).toEqual(['The harbour tram makes its last run, fifty years after the line opened in 1973', 'The line opened']);
    expect(summaries('The port reopened on Friday, a week after a storm closed it last Friday.')).toEqual([
      'The port reopened, a week after a storm closed it last Friday',
      'The port reopened on Friday, a week after a storm closed it',
    ]);
  });
});
