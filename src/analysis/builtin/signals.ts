import { type CueMatch, CueIndex } from './cues.js';
import type { Cue } from './lexicon/index.js';
import type { Sentence } from './normalize.js';
import type { SentContext } from './context.js';

const HOUR = /(?<![\d:])\d{1,2}(?::\d\d)?\s?(?:h\b|h\d\d|am\b|pm\b)|(?:a las|as|at|vers|alle|um) \d{1,2}(?::\d\d)?(?!\d)/;
// Anchored at the start of a token: unanchored, a long run of letters with no "@" costs quadratic time.
const EMAIL_ADDRESS = /(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)+/;
const PERSON_NAME = /(?<!^)\b\p{Lu}\p{Ll}+ \p{Lu}\p{Ll}+|\b(?:Mr|Mrs|Ms|Dr|Dra|Sr|Sra|Herr|Frau|Mme|Sig|Dott)\.? \p{Lu}\p{Ll}+|\b(?:CEO|CFO|COO|CTO|CIO)\b/u;
/** "Since last Tuesday", "desde el lunes pasado": a day in the past dates a problem, it proposes no meeting. */
const PAST_BEFORE = /(?:since|last|desde|depuis|seit|letzte[nm]?|dal|da|des de|des del)\s+(?:(?:el|la|le|the|o|a|il|lo|den|dem)\s+)?$/;
const PAST_AFTER = /^\s*(?:pasad[oa]|passad[oa]|derniere?|scors[oa])\b/;
// Checked on the original text: Spanish "sí" (yes) must not read as "si" (if).
const CONDITIONAL = /(?<![\p{L}])(?:if|si|unless|a menos que|caso)(?![\p{L}])/u;
/** An affirmation opens the reply: "Yes, …", "Hola Ana, sí…", "Pues sí." */
const OPENING = /^(?:(?:\S+\s+){0,3}\S*,\s*|pues\s+|oh\s+)?$/;
const EMOJI_POSITIVE = /[👍🙂😊😀😃😄🙌👌❤️🎉]/u;
/** A document named as already received or liked ("me gustó la propuesta", "thanks for the quote") is not a request for one. */
const LOOKING_BACK = /(?:gusto|gusta|gustaron|encanto|liked|loved|thanks for|thank you for|gracias por|obrigad[oa] pel[oa]|merci pour|danke fur|grazie per|read|lei|vi|revise|received|recibi|got) (?:mucho |muito |really |very much )?(?:(?:la|el|the|your|tu|su|vuestra|a|o|sua|votre|le|il|ihr(?:en|e)?)\s?)?$/;

/** What the reply says, read once from its cues; every field of the analysis is decided from these. */
export interface ReplySignals {
  cues: CueIndex;
  context: SentContext;
  autoReply: boolean;
  unsubscribe: boolean;
  meeting: number | null;
  referral: number | null;
  wrongPerson: boolean;
  problem: boolean;
  complaint: boolean;
  privacyConcern: boolean;
  cancelRequest: boolean;
  churnThreat: boolean;
  firmDecline: boolean;
  softDecline: boolean;
  notNow: boolean;
  question: boolean;
  request: boolean;
  readyNow: boolean;
  buying: boolean;
  curious: boolean;
  praiseStrong: boolean;
  praise: boolean;
  affirmative: boolean;
  cheerful: boolean;
  exclaims: boolean;
}

function proposesTime(cues: CueIndex, i: number): boolean {
  return cues.all('timeWord').some((match) => match.sentence === i && !PAST_BEFORE.test(match.before) &&
    !PAST_AFTER.test(cues.sentences[i].norm.slice(match.before.length + match.phrase.length)));
}

function meetingSentence(cues: CueIndex, sentences: readonly Sentence[], context: SentContext): number | null {
  const index = sentences.findIndex((sentence, i) => {
    if (cues.sentenceHas(i, 'meetingDecline')) return false;
    const hour = HOUR.test(sentence.norm);
    const time = proposesTime(cues, i);
    const asked = cues.sentenceHas(i, 'meetingAsk') || sentence.isQuestion || time || hour;
    const accepted = cues.sentenceHas(i, 'meetingAccept') || cues.sentenceHas(i, 'meetingAsk') || sentence.isQuestion;
    if (cues.sentenceHas(i, 'meetingNoun') && asked) return true;
    // "Let's do it on 05/12 after 6pm" accepts a meeting only when our email offered one.
    return context.meetingOffered !== false && ((hour && accepted) || (time && cues.sentenceHas(i, 'meetingAccept')));
  });
  return index >= 0 ? index : null;
}

function referralSentence(cues: CueIndex, sentences: readonly Sentence[], text: string): number | null {
  const hasAddress = EMAIL_ADDRESS.test(text);
  const index = cues.sentencesWith('referral').find((i) => hasAddress || PERSON_NAME.test(sentences[i].text));
  if (index !== undefined) return index;
  if (cues.has('wrongPerson') && hasAddress) return cues.first('wrongPerson')!.sentence;
  return null;
}

function privacyConcern(cues: CueIndex): boolean {
  const { sentences } = cues;
  return cues.all('privacy').some(({ sentence }) =>
    sentences[sentence].isQuestion ||
    (['request', 'infoRequest', 'bug', 'anger', 'unsubscribe', 'urgency'] as const).some((cue) => cues.sentenceHas(sentence, cue)),
  );
}

/** A cue whose matched span lies inside another cue's span in the same sentence ("good" inside "sounds good"). */
function coveredBy(cues: CueIndex, match: CueMatch, other: Cue): boolean {
  const start = match.before.length;
  return cues.all(other).some((outer) => outer.sentence === match.sentence && outer.before.length <= start &&
    outer.before.length + outer.phrase.length >= start + match.phrase.length);
}

/** "40 new hires a month" is a rate they work at, not more of our product. */
const RATE_AFTER = /^\s*(?:a|an|per|every|each|al|por|par|pro|ao|\/)\s?(?:day|week|month|quarter|year|dia|semana|mes|trimestre|ano|jour|semaine|mois|an|tag|woche|monat|jahr|giorno|settimana|mese|anno)\b/;
/** "Mes artisans font leurs devis": a document of their own, not one they ask us for. */
const THEIR_OWN = /(?:their|our|leurs?|nos|sus|nuestr[oa]s|seus|suas|noss[oa]s|ihre|unsere|loro|nostr[ie])\s$/;
const CLAUSE_BREAK = /[,;:]|(?:^|\s)(?:but|pero|mas|mais|aber|ma|however|though)\s/;

/** True when two cues of a sentence sit in one clause: nothing like ", but" between them. */
function sameClause(cues: CueIndex, a: CueMatch, b: CueMatch): boolean {
  const [first, second] = a.before.length <= b.before.length ? [a, b] : [b, a];
  const between = cues.sentences[a.sentence].norm.slice(first.before.length + first.phrase.length, second.before.length);
  return !CLAUSE_BREAK.test(between);
}

/** A buying word in the clause of a fault or a charge, or beside a price objection, names a feature or a bill ("the quotes export blank"). */
function buyingMatches(cues: CueIndex, cue: Cue): CueMatch[] {
  const trouble = [...cues.all('bug'), ...cues.all('billing')];
  return cues.all(cue).filter((match) =>
    !trouble.some((other) => other.sentence === match.sentence && sameClause(cues, match, other)) &&
    !cues.sentenceHas(match.sentence, 'churn') && !cues.sentenceHas(match.sentence, 'expensive') &&
    !RATE_AFTER.test(cues.sentences[match.sentence].norm.slice(match.before.length + match.phrase.length)) &&
    !THEIR_OWN.test(match.before));
}

function readyToBuy(cues: CueIndex): boolean {
  return buyingMatches(cues, 'readyNow').some((match) => !LOOKING_BACK.test(match.before));
}

/** Trouble with the tool they use today ("our current vendor's support is awful") is their pain, not a complaint to us. */
function aboutUs(cues: CueIndex, match: CueMatch): boolean {
  return !cues.sentenceHas(match.sentence, 'incumbent') && !coveredBy(cues, match, 'workPain');
}

export function readSignals(text: string, sentences: readonly Sentence[], autoReplyHeader: boolean, context: SentContext): ReplySignals {
  const cues = new CueIndex(sentences);
  // A problem named as fixed ("the sync issue is resolved, thanks") is not an open problem.
  const openBug = cues.all('bug').some((match) => !cues.sentenceHas(match.sentence, 'resolved') && aboutUs(cues, match));
  const anger = cues.all('anger').some((match) => aboutUs(cues, match));
  const autoReply = autoReplyHeader || cues.has('autoReply');
  const engaged = !autoReply;
  const unsubscribe = engaged && cues.has('unsubscribe');
  // "Nos vamos a quedar con lo que tenemos" stays put: a churn phrase inside a decline is no churn.
  const churn = cues.all('churn').filter((match) => !coveredBy(cues, match, 'firmDecline'));
  const churnThreat = churn.some(({ sentence }) => CONDITIONAL.test(sentences[sentence].text.toLowerCase()));
  const cancelRequest = churn.length > 0 && !churnThreat;
  const privacy = engaged && privacyConcern(cues);
  const complaint = engaged && (openBug || cues.has('billing') || cues.has('emailComplaint') || anger || churnThreat);
  // "If not, we go to another provider" threatens; it does not decline.
  const firmDecline = engaged && cues.all('firmDecline').some(({ sentence }) => !CONDITIONAL.test(sentences[sentence].text.toLowerCase()));
  const notNow = cues.has('notNow');
  // "No need to talk, send the upgrade link" declines the call, not the product.
  const softDecline = cues.all('decline').some((match) => !coveredBy(cues, match, 'meetingDecline')) && !cues.has('interest');
  const held = firmDecline || notNow || (softDecline && !cues.has('priceRequest'));
  const meeting = engaged && !unsubscribe && !firmDecline ? meetingSentence(cues, sentences, context) : null;
  const readyNow = engaged && !held && !cues.has('billing') && !cancelRequest && readyToBuy(cues);
  const meetingToBuy = meeting !== null && !complaint;
  // "The budget is already spent" holds a budget word but no budget.
  const budgetNamed = buyingMatches(cues, 'budget').some((match) => !coveredBy(cues, match, 'notNow'));
  const wantsMore = (['trial', 'expansion', 'priceRequest'] as const).some((cue) => buyingMatches(cues, cue).length > 0);
  const buying = engaged && !held && (meetingToBuy || readyNow || wantsMore || budgetNamed);
  return {
    cues,
    context,
    autoReply,
    unsubscribe,
    meeting,
    referral: engaged && !unsubscribe ? referralSentence(cues, sentences, text) : null,
    wrongPerson: cues.has('wrongPerson'),
    problem: engaged && (unsubscribe || complaint || privacy || cancelRequest),
    complaint,
    privacyConcern: privacy,
    cancelRequest: engaged && cancelRequest,
    churnThreat: engaged && churnThreat,
    firmDecline,
    softDecline: engaged && softDecline,
    notNow,
    question: engaged && sentences.some((sentence) => sentence.isQuestion),
    // "No necesitamos nada más" holds a request verb but asks for nothing.
    request: engaged && cues.all('request').some((match) => !coveredBy(cues, match, 'decline')),
    readyNow,
    buying,
    // "I'll review it" is interest after a proposal, not after a usage report.
    curious: engaged && !firmDecline && !softDecline &&
      (cues.has('interest') || (cues.has('getBackLater') && context.offered !== false) || (cues.has('infoRequest') && !complaint)),
    // An opening "Genial, gracias" or "Super, danke" acknowledges; the same word about the product praises it.
    praiseStrong: cues.all('praiseStrong').some((match) => match.before.trim() !== '' || !coveredBy(cues, match, 'ack')),
    // "good" inside "sounds good" is an acknowledgement, inside "sounds useful" curiosity, inside "we're good" a decline.
    praise: cues.all('praise').some((match) => !(['ack', 'interest', 'decline', 'working'] as const).some((cue) => coveredBy(cues, match, cue))) || cues.all('praiseStrong').length > 0,
    affirmative: cues.all('affirm').some((match) => match.sentence <= 1 && OPENING.test(match.before)),
    cheerful: EMOJI_POSITIVE.test(text) || (cues.has('thanks') && /!/.test(text)),
    exclaims: /!/.test(text),
  };
}
