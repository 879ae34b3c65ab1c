import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { entityCards } from '../../src/lib/entity-cards.ts';
import { quoteList } from '../../src/lib/quote-list.ts';
import { CHART_WIDTHS, type ChartView } from '../../src/lib/timeline/chart.ts';
import { dateView, formatDateRange, timelineLayout, timelineList } from '../../src/lib/timeline-layout.ts';
import { AnalysisSchema, type Analysis, type Event } from '../../src/schemas/analysis.ts';

// The hand-written analysis of the seed article (published Fri 8 Sep 2023). Every expectation below is
// worked out by hand from it, not read back from the code.
const seed: Analysis = AnalysisSchema.parse(
  JSON.parse(readFileSync('tests/fixtures/analysis/seed-analysis.json', 'utf8')),
);
const view = timelineLayout(seed);
const wide = view.charts.find((chart) => chart.name === 'wide')!;
const lane = (chart: ChartView, entity: string | null) => chart.lanes.find((l) => l.entity === entity)!;
const ids = (chart: ChartView, entity: string) => lane(chart, entity).marks.map((mark) => mark.item.id);

describe('timelineLayout: the chart', () => {
  it('lays the chart out for each width CSS shows', () => {
    expect(view.charts.map((chart) => [chart.name, chart.minRem])).toEqual(CHART_WIDTHS.map((w) => [w.name, w.minRem]));
    expect(view.published).toEqual({ day: '2023-09-08', label: 'Fri 8 Sep 2023' });
  });

  it('gives each actor a lane: states, then people, organizations, media, each by first appearance', () => {
    expect(wide.lanes.map((l) => l.entity)).toEqual([
      'china',
      'north-korea',
      'russia',
      'liu-guozhong',
      'kim-jong-un',
      'vladimir-putin',
      'jake-sullivan',
      'white-house',
      'kcna',
      'new-york-times',
    ]);
    expect(lane(wide, 'china')).toMatchObject({ name: 'China', kind: 'country', kindLabel: 'Country' });
  });

  it('ticks the seed’s axis by day from Tue 29 Aug to Thu 14 Sep, the publication day shaded', () => {
    const units = wide.axis.labels.filter((label) => label.row === 'unit').map((label) => label.text);
    expect(units[0]).toBe('29');
    expect(units.at(-1)).toBe('14');
    expect(wide.axis.breaks).toEqual([]);
    // Fri 8 Sep is the 11th of 17 columns.
    expect(wide.axis.published.x).toBeGreaterThan(10 / 17 - 0.05);
    expect(wide.axis.published.x).toBeLessThan(10 / 17 + 0.05);
  });

  it('puts an actor that is not a state, person, organization or medium on its affiliation’s lane', () => {
    // The Eastern Economic Forum (an event, affiliated to Russia) has no lane of its own.
    expect(wide.lanes.some((l) => l.entity === 'eastern-economic-forum')).toBe(false);
    expect(ids(wide, 'russia')).toContain('event-2023-09-10-the-forum');
  });

  it('draws the week and the forum as bars, a day as a circle, an estimate cut where it leaves the axis', () => {
    const marks = new Map(lane(wide, 'north-korea').marks.map((mark) => [mark.item.id, mark]));
    expect(marks.get('event-2023-09-04-the-peoples')!.shape.bar).toBe(true);
    expect(marks.get('event-2023-09-09-vice-premier')!.shape.bar).toBe(false);
    expect(marks.get('event-2023-08-09-u-s')).toMatchObject({ clippedStart: true, label: { number: '1 approx.' } });
    expect(marks.get('event-2023-09-09-vice-premier')!.label.what).toBe('Vice Premier Liu');
  });

  it('stacks the marks of a lane in sub-rows, no two of a row touching, all inside the plot', () => {
    for (const chart of view.charts)
      for (const { marks } of chart.lanes)
        for (const mark of marks) {
          const from = mark.shape.bar ? mark.shape.x : mark.shape.x - mark.shape.size / 2 / chart.widthEm;
          expect(from).toBeGreaterThanOrEqual(-1e-4);
          expect(mark.shape.bar ? mark.shape.x + mark.shape.width : mark.shape.x).toBeLessThanOrEqual(1 + 1e-4);
        }
    expect(lane(wide, 'north-korea').rows).toBeGreaterThan(1);
    expect(lane(wide, 'kcna').rows).toBe(1);
  });

  it('puts quotations on the speaker’s lane, an unnamed speaker’s on their organization’s (NSC → White House)', () => {
    expect(ids(wide, 'jake-sullivan')).toEqual([
      'quote-this-is-not-going-reflect',
      'quote-we-will-continue-calling-on',
    ]);
    expect(ids(wide, 'white-house')).toEqual(['quote-leadership-level-engagement', 'quote-we-urge-the-d-p']);
    expect(lane(wide, 'jake-sullivan').marks[0]!.item).toMatchObject({
      atPublication: true,
      href: '#quote-this-is-not-going-reflect',
    });
  });

  it('keeps events with no actor on the chart on a last lane, "No actor named", with no kind', () => {
    const lonely: Analysis = {
      ...seed,
      events: seed.events.map((e, i) => (i === 0 ? { ...e, actors: ['moscow-unknown'] } : e)),
    };
    const last = timelineLayout(lonely).charts[0]!.lanes.at(-1)!;
    expect(last).toMatchObject({ entity: null, name: 'No actor named', kindLabel: undefined });
    expect(last.marks.map((m) => m.item.id)).toEqual(['event-2023-09-04-the-peoples']);
  });
});

describe('timelineLayout: bad input is drawn without error', () => {
  const day = (iso: string) => ({ start: iso, end: iso, precision: 'day' as const, reason: 'test' });
  const withEvents = (dates: Event['date'][]): Analysis => ({
    ...seed,
    events: dates.map((date, i) => ({ ...seed.events[i % seed.events.length]!, id: `event-test-${i}`, date })),
  });
  const cases: Record<string, Analysis> = {
    'one event': withEvents([day('2023-09-07')]),
    'all on one day': withEvents(Array.from({ length: 12 }, () => day('2023-09-08'))),
    '200 events': withEvents(
      Array.from({ length: 200 }, (_, i) => day(`20${10 + (i % 14)}-${String(1 + (i % 12)).padStart(2, '0')}-15`)),
    ),
    'a range of 30 years': withEvents([
      { start: '1990-01-01', end: '2019-12-31', precision: 'range', reason: 'test' },
      day('2023-09-07'),
    ]),
  };
  for (const [name, analysis] of Object.entries(cases))
    it(name, () => {
      const laid = timelineLayout(analysis);
      expect(laid.events).toHaveLength(analysis.events.length);
      for (const chart of laid.charts) {
        const drawn = new Set(chart.lanes.flatMap((l) => l.marks.map((m) => m.item.id)));
        for (const event of analysis.events) expect(drawn.has(event.id)).toBe(true);
        for (const label of chart.axis.labels) {
          expect(label.x).toBeGreaterThanOrEqual(0);
          expect(label.x).toBeLessThanOrEqual(1);
        }
      }
    });
});

describe('timelineLayout: the list', () => {
  it('orders events by start day, then end day, then reading order, and numbers them', () => {
    expect(view.events.map((e) => [e.number, e.id])).toEqual([
      [1, 'event-2023-08-09-u-s'], // 9 Aug – 8 Sep
      [2, 'event-2023-09-01-the-chinese'], // 1 – 8 Sep
      [3, 'event-2023-09-04-the-new'], // Mon 4, ends before the week that starts the same day
      [4, 'event-2023-09-04-the-peoples'], // Mon 4 – Sun 10
      [5, 'event-2023-09-07-the-north'],
      [6, 'event-2023-09-09-vice-premier'], // Sat 9, paragraph 2
      [7, 'event-2023-09-09-north-korea'], // Sat 9, paragraph 4
      [8, 'event-2023-09-10-the-forum'],
    ]);
  });

  it('falls back on reading order for events of the same days', () => {
    const swapped = { ...seed, events: [...seed.events].reverse() };
    const saturday = timelineLayout(swapped).events.filter((e) => e.date.start === '2023-09-09');
    expect(saturday.map((e) => e.id)).toEqual(['event-2023-09-09-north-korea', 'event-2023-09-09-vice-premier']);
  });

  it('gives each event its phrase, resolved date, tag, reason, actors, source and paragraph', () => {
    const [recently, , monday, week, thursday, , , forum] = view.events;
    expect(thursday).toMatchObject({
      phrase: 'On Thursday',
      date: { label: 'Thu 7 Sep 2023', start: '2023-09-07', end: '2023-09-07', tag: undefined, uncertain: false },
      source: { id: 'kcna', name: 'Korean Central News Agency', href: '#entity-kcna' },
      paragraph: 'p-on-thursday-the-north-korean',
      paragraphNumber: 3,
    });
    expect(thursday!.reason).toContain('past tense');
    expect(thursday!.actors.map((a) => [a.name, a.kindLabel])).toEqual([
      ['Korean Central News Agency', 'Media'],
      ['North Korea', 'Country'],
    ]);
    expect(week!.date).toMatchObject({
      label: 'Mon 4 – Sun 10 Sep 2023',
      startLabel: 'Mon 4',
      endLabel: 'Sun 10 Sep 2023',
      tag: 'week',
    });
    expect(forum!.date).toMatchObject({ label: 'Sun 10 – Wed 13 Sep 2023', tag: '4 days', short: '10–13 Sep' });
    expect(recently!.date).toMatchObject({ label: 'Wed 9 Aug – Fri 8 Sep 2023', tag: 'approx.', uncertain: true });
    expect(monday!.source?.name).toBe('The New York Times');
    expect(forum!.entities).toEqual(['eastern-economic-forum', 'russia']);
    // Drawn on Russia's lane, so the list names Russia too (after the forum, its actor).
    expect(forum!.actors.map((a) => a.id)).toEqual(['eastern-economic-forum', 'russia']);
    expect(recently!.entities).toEqual(['russia', 'north-korea', 'us-intelligence']);
  });

  it('offers a filter per lane, counting the events and quotations each involves', () => {
    // One definition: each count is the number of the list's items that carry the entity.
    for (const filter of view.filters) {
      expect(view.events.filter((event) => event.entities.includes(filter.id))).toHaveLength(filter.events);
      expect(view.quotes.filter((quote) => quote.entities.includes(filter.id))).toHaveLength(filter.quotes);
    }
    expect(view.filters.map((f) => [f.id, f.events, f.quotes])).toEqual([
      ['china', 2, 0],
      ['north-korea', 6, 0],
      ['russia', 2, 0],
      ['liu-guozhong', 1, 0],
      ['kim-jong-un', 2, 0],
      ['vladimir-putin', 2, 0],
      ['jake-sullivan', 0, 2],
      ['white-house', 0, 4],
      ['kcna', 1, 0],
      ['new-york-times', 1, 0],
    ]);
  });
});

describe('formatDateRange and dateView', () => {
  it('words one day, a range in a month, across months and across years', () => {
    expect(formatDateRange('2023-09-07', '2023-09-07', 'day')).toEqual({
      label: 'Thu 7 Sep 2023',
      startLabel: 'Thu 7 Sep 2023',
      endLabel: 'Thu 7 Sep 2023',
      short: '7 Sep 2023',
    });
    expect(formatDateRange('2023-08-30', '2023-09-02', 'range', 2023)).toMatchObject({
      label: 'Wed 30 Aug – Sat 2 Sep 2023',
      short: '30 Aug – 2 Sep',
    });
    expect(formatDateRange('2023-12-30', '2024-01-02', 'range', 2024)).toMatchObject({
      label: 'Sat 30 Dec 2023 – Tue 2 Jan 2024',
      short: '30 Dec 2023 – 2 Jan 2024',
    });
    expect(formatDateRange('2023-09-01', '2023-09-30', 'month').label).toBe('September 2023');
  });

  it('says the year in the compact form whenever it is not the year of publication', () => {
    const range = { start: '2023-03-20', end: '2023-03-22', precision: 'range' as const, reason: '' };
    expect(dateView(range, 2023).short).toBe('20–22 Mar');
    expect(dateView(range, 2024).short).toBe('20–22 Mar 2023');
    expect(dateView({ ...range, end: '2023-03-20', precision: 'day' }, 2024).short).toBe('20 Mar 2023');
  });
});

describe('timelineList', () => {
  it('puts events and quotations in one list by day, undated quotations on the publication day', () => {
    const kinds = timelineList(view).map((item) => (item.kind === 'event' ? item.event.number : item.quote.quote));
    expect(kinds).toEqual([
      1,
      2,
      3,
      4,
      5,
      'quote-this-is-not-going-reflect',
      'quote-we-will-continue-calling-on',
      'quote-leadership-level-engagement',
      'quote-we-urge-the-d-p',
      6,
      7,
      8,
    ]);
    expect(view.quotes[0]).toMatchObject({
      id: 'timeline-quote-this-is-not-going-reflect',
      speaker: 'Jake Sullivan',
      date: undefined,
    });
  });
});

describe('quoteList', () => {
  it('groups quotations by speaker with the registry role; an unnamed speaker keeps the article’s words', () => {
    const groups = quoteList(seed);
    expect(groups.map((g) => [g.label, g.quotes.map((q) => q.id)])).toEqual([
      [
        'Jake Sullivan, White House National Security Adviser',
        ['quote-this-is-not-going-reflect', 'quote-we-will-continue-calling-on'],
      ],
      ['White House, Office of the U.S. President', ['quote-leadership-level-engagement']],
      ['an NSC spokeswoman', ['quote-we-urge-the-d-p']],
    ]);
    expect(groups[2]).toMatchObject({
      name: 'an NSC spokeswoman',
      affiliation: 'National Security Council',
      href: undefined,
    });
    expect(groups[0]!.quotes[0]).toMatchObject({
      channel: 'during a briefing for the press',
      textHref: '#quote-this-is-not-going-reflect-text',
      timelineHref: '#timeline-quote-this-is-not-going-reflect',
    });
  });
});

describe('entityCards', () => {
  it('gives each entity its kind in words, role, affiliation name and first mention', () => {
    const cards = entityCards(seed, new Map([['united-states', 'United States']]));
    expect(cards.map((c) => c.id).slice(0, 3)).toEqual(['north-korea', 'russia', 'kim-jong-un']);
    const sullivan = cards.find((c) => c.id === 'jake-sullivan')!;
    expect(sullivan).toMatchObject({
      anchor: 'entity-jake-sullivan',
      kindLabel: 'Person',
      role: 'White House National Security Adviser',
      affiliation: { name: 'White House', href: '#entity-white-house' },
      mentionsLabel: '2 mentions',
      firstMention: { paragraph: 'p-during-a-briefing-for-the', href: '#mention-jake-sullivan' },
    });
    // United States has no card in this article: "Part of" links to its entity page.
    expect(cards.find((c) => c.id === 'us-intelligence')!.affiliation).toEqual({
      name: 'United States',
      href: '/entities/united-states/',
    });
    expect(cards.find((c) => c.id === 'ukraine')!.mentionsLabel).toBe('1 mention');
  });
});
