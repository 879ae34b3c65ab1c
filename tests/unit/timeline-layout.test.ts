import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { entityCards } from '../../src/lib/entity-cards.ts';
import { quoteList } from '../../src/lib/quote-list.ts';
import { formatDateRange, timelineLayout, type EventMark, type QuoteMark } from '../../src/lib/timeline-layout.ts';
import { AnalysisSchema, type Analysis } from '../../src/schemas/analysis.ts';

// The hand-written analysis of the seed article (published Fri 8 Sep 2023). Every expectation below is
// worked out by hand from it, not read back from the code.
const seed: Analysis = AnalysisSchema.parse(
  JSON.parse(readFileSync('tests/fixtures/analysis/seed-analysis.json', 'utf8')),
);
const view = timelineLayout(seed);
const lane = (entity: string | null) => view.lanes.find((l) => l.entity === entity)!;
const mark = (entity: string, event: string) =>
  lane(entity).marks.find((m): m is EventMark => m.kind === 'event' && m.event === event)!;
const quoteMarks = (entity: string) => lane(entity).marks.filter((m): m is QuoteMark => m.kind === 'quote');
const DAYS = 17;

describe('timelineLayout: the axis', () => {
  it('spans the dated days with a day of margin, a long vague date widening it by its last 10 days only', () => {
    // Latest day: the forum's Wed 13 Sep, + 1. Earliest: "recently" (9 Aug – 8 Sep) counts from 30 Aug, − 1.
    expect(view.axis).toMatchObject({ start: '2023-08-29', end: '2023-09-14', days: DAYS, step: 'day' });
    expect(view.axis.dayWidth).toBeCloseTo(1 / DAYS, 4);
  });

  it('marks the publication day, Fri 8 Sep 2023, the 11th day', () => {
    expect(view.axis.published.day).toBe('2023-09-08');
    expect(view.axis.published.label).toBe('Fri 8 Sep 2023');
    expect(view.axis.published.x).toBeCloseTo(10 / DAYS, 4);
    expect(view.axis.published.center).toBeCloseTo(10.5 / DAYS, 4);
  });

  it('has a tick per day, labelled with date-fns, the month named where it starts', () => {
    expect(view.axis.ticks).toHaveLength(DAYS);
    expect(view.axis.ticks[0]).toMatchObject({
      day: '2023-08-29',
      weekday: 'Tu',
      dayOfMonth: '29',
      month: 'Aug 2023',
      x: 0,
    });
    const september = view.axis.ticks[3]!;
    expect(september).toMatchObject({ day: '2023-09-01', month: 'Sep 2023', label: 'Fri 1 Sep 2023' });
    expect(september.x).toBeCloseTo(3 / DAYS, 4);
    expect(view.axis.ticks.filter((tick) => tick.month !== undefined)).toHaveLength(2);
  });
});

describe('timelineLayout: long axes', () => {
  // The seed's events with one moved to 1 Jun 2015: the axis runs 31 May 2015 – 14 Sep 2023, over three years.
  const long = timelineLayout({
    ...seed,
    events: seed.events.map((event, i) =>
      i === 0 ? { ...event, date: { ...event.date, start: '2015-06-01', end: '2015-06-01' } } : event,
    ),
  });

  it('ticks once a year, on 1 January, past three years', () => {
    expect(long.axis.start).toBe('2015-05-31');
    expect(long.axis.ticks.map((tick) => tick.day)).toEqual([
      '2016-01-01',
      '2017-01-01',
      '2018-01-01',
      '2019-01-01',
      '2020-01-01',
      '2021-01-01',
      '2022-01-01',
      '2023-01-01',
    ]);
    expect(long.axis.step).toBe('year');
    expect(long.axis.ticks[0]!.month).toBe('2016');
  });
});

describe('timelineLayout: lanes', () => {
  it('gives each actor a lane: states, then people, organizations, media, each by first appearance', () => {
    expect(view.lanes.map((l) => l.entity)).toEqual([
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
    expect(lane('china')).toMatchObject({ name: 'China', kind: 'country', kindLabel: 'Country' });
  });

  it('places a day at its column: Thu 7 Sep is the 10th day, one column wide', () => {
    const thursday = mark('kcna', 'event-2023-09-07-the-north');
    expect(thursday.point).toBe(true);
    expect(thursday.x).toBeCloseTo(9 / DAYS, 4);
    expect(thursday.width).toBeCloseTo(1 / DAYS, 4);
    expect(thursday.center).toBeCloseTo(9.5 / DAYS, 4);
    expect(thursday.href).toBe('#event-2023-09-07-the-north');
  });

  it('gives weeks and ranges their width: Mon 4 – Sun 10 Sep is 7 columns, Sept. 10-13 is 4', () => {
    const week = mark('china', 'event-2023-09-04-the-peoples');
    expect(week.point).toBe(false);
    expect(week.x).toBeCloseTo(6 / DAYS, 4);
    expect(week.width).toBeCloseTo(7 / DAYS, 4);
    const forum = mark('russia', 'event-2023-09-10-the-forum');
    expect(forum.x).toBeCloseTo(12 / DAYS, 4);
    expect(forum.width).toBeCloseTo(4 / DAYS, 4);
  });

  it('flags vague dates as uncertain and cuts a date that starts before the axis at its left edge', () => {
    const recently = mark('russia', 'event-2023-08-09-u-s');
    expect(recently).toMatchObject({ uncertain: true, clippedStart: true, x: 0 });
    expect(recently.width).toBeCloseTo(11 / DAYS, 4);
    expect(recently.label).toBe('1. approx. Wed 9 Aug – Fri 8 Sep 2023: Russian officials visit North Korea');
    const daysAfter = mark('north-korea', 'event-2023-09-01-the-chinese');
    expect(daysAfter).toMatchObject({ uncertain: true, clippedStart: false });
    expect(mark('china', 'event-2023-09-04-the-peoples').uncertain).toBe(false);
  });

  it('puts an actor that is not a state, person, organization or medium on its affiliation’s lane', () => {
    // The Eastern Economic Forum (an event, affiliated to Russia) has no lane of its own.
    expect(view.lanes.some((l) => l.entity === 'eastern-economic-forum')).toBe(false);
    expect(lane('russia').marks.map((m) => (m.kind === 'event' ? m.event : m.quote))).toEqual([
      'event-2023-09-10-the-forum',
      'event-2023-08-09-u-s',
    ]);
  });

  it('stacks overlapping marks of a lane in rows', () => {
    // North Korea: "recently" (row 0), "only days after" (1), the week (2), Thu 7 (3, the others
    // still run), Sat 9 twice (rows 0 and 1, free again after 8 Sep).
    const rows = Object.fromEntries(
      lane('north-korea').marks.map((m) => [m.kind === 'event' ? m.event : m.quote, m.row]),
    );
    expect(rows).toEqual({
      'event-2023-08-09-u-s': 0,
      'event-2023-09-01-the-chinese': 1,
      'event-2023-09-04-the-peoples': 2,
      'event-2023-09-07-the-north': 3,
      'event-2023-09-09-vice-premier': 0,
      'event-2023-09-09-north-korea': 1,
    });
    expect(lane('north-korea').rows).toBe(4);
    expect(lane('kcna').rows).toBe(1);
  });

  it('puts quotations on the speaker’s lane at the publication day, flagged as such', () => {
    const sullivan = quoteMarks('jake-sullivan');
    expect(sullivan.map((m) => [m.quote, m.row, m.atPublication])).toEqual([
      ['quote-this-is-not-going-reflect', 0, true],
      ['quote-we-will-continue-calling-on', 1, true],
    ]);
    expect(sullivan[0]!.x).toBeCloseTo(10 / DAYS, 4);
    expect(sullivan[0]).toMatchObject({
      id: 'timeline-quote-this-is-not-going-reflect',
      href: '#quote-this-is-not-going-reflect',
    });
  });

  it('puts an unnamed speaker’s quotation on the nearest lane of their organization (NSC → White House)', () => {
    expect(quoteMarks('white-house').map((m) => m.quote)).toEqual([
      'quote-leadership-level-engagement',
      'quote-we-urge-the-d-p',
    ]);
    expect(view.lanes.some((l) => l.entity === 'nsc')).toBe(false);
  });

  it('places a dated quotation at its date', () => {
    const dated: Analysis = {
      ...seed,
      quotes: seed.quotes.map((q, i) =>
        i === 0
          ? { ...q, date: { start: '2023-09-05', end: '2023-09-05', precision: 'day', reason: 'said on Tuesday' } }
          : q,
      ),
    };
    const first = timelineLayout(dated).lanes.find((l) => l.entity === 'jake-sullivan')!.marks[0]!;
    expect(first).toMatchObject({ kind: 'quote', atPublication: false });
    expect(first.x).toBeCloseTo(7 / DAYS, 4);
  });

  it('keeps events with no actor on the chart on an "Other" lane, last', () => {
    const lonely: Analysis = {
      ...seed,
      events: seed.events.map((e, i) => (i === 0 ? { ...e, actors: ['moscow-unknown'] } : e)),
    };
    const lanes = timelineLayout(lonely).lanes;
    expect(lanes.at(-1)).toMatchObject({ entity: null, name: 'Other' });
    expect(lanes.at(-1)!.marks.map((m) => m.kind === 'event' && m.event)).toEqual(['event-2023-09-04-the-peoples']);
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
    expect(recently!.entities).toEqual(['russia', 'north-korea', 'us-intelligence']);
  });

  it('offers a filter per lane, counting the events and quotations each involves', () => {
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

describe('formatDateRange', () => {
  it('words one day, a range in a month, across months and across years', () => {
    expect(formatDateRange('2023-09-07', '2023-09-07', 'day')).toEqual({
      label: 'Thu 7 Sep 2023',
      startLabel: 'Thu 7 Sep 2023',
      endLabel: 'Thu 7 Sep 2023',
      short: '7 Sep',
    });
    expect(formatDateRange('2023-08-30', '2023-09-02', 'range')).toMatchObject({
      label: 'Wed 30 Aug – Sat 2 Sep 2023',
      short: '30 Aug – 2 Sep',
    });
    expect(formatDateRange('2023-12-30', '2024-01-02', 'range')).toMatchObject({
      label: 'Sat 30 Dec 2023 – Tue 2 Jan 2024',
      short: '30 Dec 2023 – 2 Jan 2024',
    });
    expect(formatDateRange('2023-09-01', '2023-09-30', 'month').label).toBe('September 2023');
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
