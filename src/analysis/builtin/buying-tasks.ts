import { buyerDocuments, INVITE_WORDS, RENEWAL_WORDS } from './lexicon/task-words.js';
import type { ReplySignals } from './signals.js';
import { excerpt } from './excerpt.js';
import { clauseAround, countedThing, deadlineIn, emailIn, meetingLength, meetingWhen, referredPerson } from './task-details.js';
import type { TaskList } from './task-list.js';
import type { MonthlyVolume } from './volume.js';

const MEETING_KINDS: ReadonlyArray<[RegExp, string]> = [
  [/\bdemo/, 'demo'],
  [/meeting|reunion|reuniao|rendez|riunione|termin|reunio/, 'meeting'],
];
const SHORT_FOLLOW_ON = 8;
const TRIAL_DAYS = /(\d{1,2})[\s-]?(?:days?|d[ií]as|jours|tage[n]?|giorni|dies)\b/i;
/** The proposed time, from the meeting sentence and the one after it ("Next week? Tuesday or Wednesday morning."). */
function meetingTime(signals: ReplySignals): string | null {
  const { sentences } = signals.cues;
  const at = signals.meeting!;
  // Only a short follow-on is about the time; a long one ("Today we pay 8k a month…") is about something else.
  const next = sentences[at + 1]?.text.split(/\s+/).length <= SHORT_FOLLOW_ON ? sentences[at + 1] : undefined;
  const parts = [sentences[at], next].filter(Boolean).map((sentence) => meetingWhen(sentence!.text));
  return parts.filter(Boolean).join('; ') || null;
}

function meetingTask(tasks: TaskList, signals: ReplySignals): void {
  const { sentences } = signals.cues;
  const sentence = sentences[signals.meeting!];
  const kind = MEETING_KINDS.find(([pattern]) => pattern.test(sentence.norm))?.[1] ?? (signals.context.demoOffered ? 'demo' : 'call');
  const when = meetingTime(signals);
  const invite = sentences.findIndex((candidate) => INVITE_WORDS.test(candidate.text));
  if (invite >= 0) {
    tasks.add(`Send the invite for the ${kind}${when ? ` on ${when}` : ''}`, signals.meeting!);
    tasks.answered.add(invite);
    return;
  }
  const next = signals.meeting! + 1;
  // "Sí, me interesa una demo. ¿Qué horarios tienes?": the follow-on question is part of the scheduling.
  if (signals.cues.sentenceHas(next, 'meetingNoun') || signals.cues.sentenceHas(next, 'timeWord')) tasks.answered.add(next);
  const length = meetingLength(sentence.text);
  tasks.add(`Schedule a ${length ? `${length} ` : ''}${kind}${when ? `: ${when}` : ''}`, signals.meeting!);
}

function buyerDocumentTask(signals: ReplySignals, text: string): { task: string; sentence: number } | null {
  const matches = signals.cues.all('readyNow').filter((match) => buyerDocuments.some(([pattern]) => pattern.test(match.phrase)));
  const names = [...new Set(buyerDocuments.filter(([pattern]) => matches.some((match) => pattern.test(match.phrase))).map(([, name]) => name))];
  if (names.length === 0) return null;
  const sentence = signals.cues.sentences[matches[0].sentence].text;
  const count = /quote|proposal/.test(names.join()) ? countedThing(sentence) : null;
  const address = emailIn(sentence) ?? (names.includes('updated invoice') ? emailIn(text) : null);
  const deadline = deadlineIn(sentence);
  const details = [count && `for ${count}`, address && `to ${address}`, deadline].filter(Boolean).join(' ');
  return { task: `Send the ${names.join(' and ')}${details ? ` ${details}` : ''}`, sentence: matches[0].sentence };
}

function pricingTask(signals: ReplySignals, volume: MonthlyVolume | null): string {
  const sentences = signals.cues.all('priceRequest').map(({ sentence }) => signals.cues.sentences[sentence].text);
  const count = sentences.map(countedThing).find(Boolean) ?? (signals.cues.all('expansion').map(({ sentence }) => countedThing(signals.cues.sentences[sentence].text)).find(Boolean));
  if (count) return `Send pricing for ${count}`;
  if (volume && !/^[A-Z]{3}$/.test(volume.unit)) return `Send pricing for ${volume.amount} ${volume.unit}s a ${volume.period}`;
  return 'Send pricing';
}

/** Skips what a document or pricing task already says ("send the proposal for 3 agents", "pricing for 20 users"). */
function expansionTask(tasks: TaskList, signals: ReplySignals, documentSentence: number | undefined, pricing: string | null): void {
  const match = signals.cues.all('expansion').find(({ sentence }) => sentence !== documentSentence);
  if (!match) return;
  const count = countedThing(signals.cues.sentences[match.sentence].text);
  if (count && pricing?.endsWith(`for ${count}`)) return;
  if (count) tasks.add(`Prepare the expansion for ${count}`, match.sentence);
  else tasks.add(`Prepare the expansion: ${clauseAround(signals.cues.sentences[match.sentence].text, match.phrase)}`, match.sentence);
}

function trialTask(text: string): string {
  const days = TRIAL_DAYS.exec(text)?.[1];
  return days ? `Set up a ${days}-day trial` : 'Set up a trial';
}

/** Meeting, documents, pricing, expansion, trial and referral: the tasks that move a sale or a contact on. */
export function opportunityTasks(tasks: TaskList, signals: ReplySignals, text: string, volume: MonthlyVolume | null): void {
  const { cues } = signals;
  if (signals.meeting !== null) meetingTask(tasks, signals);
  const documents = signals.readyNow ? buyerDocumentTask(signals, text) : null;
  if (documents) tasks.add(documents.task, documents.sentence);
  else if (signals.readyNow) {
    const renewal = cues.all('readyNow').find((match) => RENEWAL_WORDS.test(match.phrase));
    if (renewal) tasks.add('Process the renewal and send the invoice', renewal.sentence);
    else tasks.add('Confirm the purchase and send the next steps to close', cues.first('readyNow')!.sentence);
  }
  const quoted = documents !== null && /quote|proposal/.test(documents.task);
  // "Send the upgrade link for the Business tier" names a price tier, it does not ask for pricing.
  const priced = documents !== null && cues.sentenceHas(documents.sentence, 'priceRequest');
  const pricing = signals.buying && cues.has('priceRequest') && !quoted && !priced ? pricingTask(signals, volume) : null;
  if (signals.buying && cues.has('expansion')) expansionTask(tasks, signals, documents?.sentence, pricing);
  if (signals.buying && cues.has('trial')) tasks.add(trialTask(text), cues.first('trial')!.sentence);
  if (pricing) tasks.add(pricing, cues.first('priceRequest')!.sentence);
  if (signals.referral !== null) {
    const sentence = cues.sentences[signals.referral].text;
    tasks.add(`Contact ${referredPerson(sentence, text) ?? `the person referred: ${excerpt(sentence, 100)}`}`, signals.referral);
  }
}
