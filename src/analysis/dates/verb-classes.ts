/**
 * Verbs by what they say about time, as lemmas (the token layer gives "announced" → "announce"), plus the
 * few participles and adjectives that follow "is" in a schedule ("is due", "is likely").
 */

const words = (list: string): ReadonlySet<string> => new Set(list.split(/\s+/).filter(Boolean));

/** Verbs and nouns of planning, hoping, asking: with a following infinitive, the dated event lies ahead. */
export const INTENT = words(`
  plan intend hope aim want expect vow pledge promise threaten agree decide prepare schedule seek propose
  arrange invite urge ask wish offer set due poised slated mean`);

/** After "is" or as a bare participle: a schedule ("is scheduled for", "a vote set for"). */
export const SCHEDULED = words(`
  set due schedule scheduled reschedule rescheduled slate slated expect expected poise poised likely unlikely
  about plan planned suppose supposed time timed pencil penciled pencilled earmark earmarked go going to
  certain sure bound ready prepare preparing planning forecast predict predicted project projected
  anticipate anticipated tip tipped`);

/** Verbs of timetables: in the present tense with a day, they mean an upcoming event ("the summit opens Monday"). */
export const SCHEDULE = words(`
  begin start open close end run kick arrive depart leave meet host visit hold resume return launch go come
  take head travel face vote convene conclude wrap mark celebrate hear decide debut premiere air expire land
  fly play compete tour address attend chair join gather reopen reconvene sit testify appear speak deliver
  unveil release publish present sign enter become get`);

/** Verbs of reporting: in the present tense they say nothing about when the dated event is ("says"). */
export const REPORTING = words(`
  say tell report write note add claim argue insist warn explain believe think suggest reveal show confirm
  deny admit acknowledge estimate predict maintain contend allege assert recall stress emphasize emphasise
  observe`);

/** Verbs that move an event to a new date: "postponed until Monday" points at Monday ahead. */
export const TARGET = words('postpone delay move push reschedule defer adjourn extend bump bring put');

/** Verbs whose past form is spelled as their base ("cut", "set"): past unless an auxiliary or "to" says otherwise. */
export const ZERO_PAST = words(
  'hit cut put set let spread cast shut quit hurt cost burst bet read beat upset broadcast forecast split thrust',
);

/** What an auxiliary says about time: "will", "would", a modal, a form of "be", "have" or "do". */
export type AuxClass =
  'will' | 'would' | 'd' | 'modal' | 'be-present' | 'be-past' | 'be' | 'have' | 'had' | 'do' | 'did';

/** The closed class of English auxiliaries, by their spelling (the tagger gives the part of speech). */
export const AUX: Record<string, AuxClass> = {
  will: 'will',
  shall: 'will',
  "'ll": 'will',
  wo: 'will', // "wo" + "n't"
  sha: 'will',
  gonna: 'will',
  would: 'would',
  "'d": 'd',
  can: 'modal',
  ca: 'modal',
  could: 'modal',
  may: 'modal',
  might: 'modal',
  must: 'modal',
  should: 'modal',
  ought: 'modal',
  cannot: 'modal',
  is: 'be-present',
  are: 'be-present',
  am: 'be-present',
  "'s": 'be-present',
  "'re": 'be-present',
  "'m": 'be-present',
  was: 'be-past',
  were: 'be-past',
  be: 'be',
  been: 'be',
  being: 'be',
  has: 'have',
  have: 'have',
  "'ve": 'have',
  having: 'have',
  had: 'had',
  do: 'do',
  does: 'do',
  did: 'did',
};
