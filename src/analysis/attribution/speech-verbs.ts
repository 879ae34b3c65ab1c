/**
 * Verbs of speech and report, by lemma. A speech verb introduces direct speech ("said", "muttered", "went on");
 * a reporting verb also frames a partial quotation in reported speech ("called the ruling “a betrayal”",
 * "described the plan as “…”").
 */
import type { Token } from '../tokens.ts';

const SPEECH = new Set(
  `say tell add state write ask announce insist note explain argue reply respond declare urge warn acknowledge
  claim continue conclude post tweet recall admit caution emphasize emphasise stress disagree agree counter object
  concede vow promise pledge predict remark observe welcome mutter snap complain confirm deny suggest shout yell
  scream whisper joke laugh sigh cry plead boast maintain contend assert allege testify reveal quip murmur exclaim
  retort interject lament reflect muse recount estimate hail praise criticise criticize blast slam accuse concur
  repeat reiterate comment told said says added wrote tweeted posted explained insisted admitted recalled
  muttered snapped stressed warned urged noted argued replied responded declared acknowledged claimed continued
  concluded cautioned emphasised emphasized conceded vowed promised pledged predicted remarked observed welcomed
  complained confirmed denied suggested shouted whispered joked laughed sighed pleaded boasted maintained
  contended asserted alleged testified revealed quipped murmured exclaimed retorted lamented recounted hailed
  praised criticised criticized blasted slammed accused reiterated commented announced stated asked explains says
  tells adds insists warns notes argues writes hint hinted indicate indicated signal signalled signaled reckon
  reckoned opine opined proclaim proclaimed affirm affirmed assure assured reassure reassured demand demanded beg
  begged protest protested interrupt interrupted summarise summarised summarize summarized elaborate elaborated
  clarify clarified disclose disclosed relate related remember remembered threaten threatened swear swore
  guarantee guaranteed brag bragged gloat gloated enthuse enthused grumble grumbled moan moaned mumble mumbled
  gasp gasped stammer stammered bellow bellowed blurt blurted answer answered enquire enquired inquire inquired
  wonder wondered text texted email emailed advise advised recommend recommended propose proposed inform informed
  remind reminded instruct instructed order ordered question questioned questions query queried read reads`.split(
    /\s+/,
  ),
);

/** Verbs that frame a partial quotation without introducing speech of their own ("called it “a farce”"). */
const FRAMING = new Set(
  `call describe dub label brand term refer deride characterise characterize decry condemn slam hail praise
  welcome criticise criticize dismiss reject accuse vow promise pledge urge warn promise defend blame express
  expressed acknowledging adding insisting saying warning allude alluded mention mentioned speak spoke talk talked
  cite cited apologise apologised apologize apologized
  called described dubbed labelled labeled branded termed referred derided characterised characterized decried
  condemned dismissed rejected defended blamed`.split(/\s+/),
);

/** Whether a token is a verb of speech ("said", "told", "muttered"); the tagger may call a few of them nouns. */
export function isSpeechVerb(token: Token | undefined): boolean {
  if (!token || !/^\p{Ll}/u.test(token.text)) return false;
  if (token.pos !== 'VERB' && token.pos !== 'AUX' && !(token.pos === 'NOUN' && /(?:ed|s)$/.test(token.lower)))
    return false;
  return SPEECH.has(token.lemma) || SPEECH.has(token.lower);
}

/**
 * A speech verb that heads its clause, as a sentence reporting someone's words has it ("Bates, who said…", "she said
 * she was"): tagged a verb (or "says"/"said" whatever the tagger made of them), never a participle ("saying").
 */
export function isFiniteSpeechVerb(token: Token): boolean {
  return (
    (token.pos === 'VERB' || /^sa(?:ys|id)$/.test(token.lower)) && isSpeechVerb(token) && !/ing$/.test(token.lower)
  );
}

/** Whether a token is a verb that reports or frames words, speech verbs included. */
export function isReportingVerb(token: Token | undefined): boolean {
  if (!token) return false;
  return (
    isSpeechVerb(token) ||
    (/^\p{Ll}/u.test(token.text) && token.pos === 'VERB' && (FRAMING.has(token.lemma) || FRAMING.has(token.lower)))
  );
}

/**
 * Whether token `i` reports or frames words, counting a past form the tagger read as an adjective after its
 * subject ("Jane Smith branded/ADJ the plan “…”") and phrasal verbs that frame ("hit out at the “…”").
 */
export function isReportingVerbAt(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  if (!t) return false;
  // "the way police responded to the ‘unprecedented’ unrest": answering an event, not a speaker's words.
  if (/^(?:respond|react)$/.test(t.lemma) && tokens[i + 1]?.lower === 'to') return false;
  if (isReportingVerb(t)) return true;
  if (
    t.pos === 'ADJ' &&
    /ed$/.test(t.lower) &&
    (FRAMING.has(t.lower) || SPEECH.has(t.lower)) &&
    /^(?:PROPN|NOUN|PRON)$/.test(tokens[i - 1]?.pos ?? '')
  )
    return true;
  return /^(?:hit|lash|speak)$/.test(t.lemma) && tokens[i + 1]?.lower === 'out';
}

/**
 * "went on", "carried on", "pointed out", "as X put it": a phrasal speech verb starting at `i`; how many tokens it
 * has (0 if none).
 */
export function phrasalSpeechVerb(tokens: readonly Token[], i: number): number {
  const verb = tokens[i];
  const particle = tokens[i + 1];
  if (!verb || !particle) return 0;
  if (/^(?:go|carry)$/.test(verb.lemma) && particle.lower === 'on') return 2;
  if (verb.lemma === 'point' && particle.lower === 'out') return 2;
  if (verb.lemma === 'put' && particle.lower === 'it' && /^(?:as|how)$/i.test(tokens[i - 3]?.text ?? '')) return 2;
  return 0;
}
