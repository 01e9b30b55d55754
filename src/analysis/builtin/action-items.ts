import type { ReplySignals } from './signals.js';
import { excerpt } from './excerpt.js';

const EMAIL_ADDRESS = /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/;
const SEAT_COUNT = /(?:for|para|pour|per|com|de) (?:about |around |unos |unas |cerca de )?(\d[\d.,]*) ([\p{L}-]+)/u;
const READY_NOW_TASKS: ReadonlyArray<[RegExp, string]> = [
  [/contra/, 'Send the contract'],
  [/link|enlace/, 'Send the upgrade or payment link'],
  [/invoice|factura|fatura/, 'Send the updated invoice'],
  [/quote|cotizacion|presupuesto|orcamento|devis|soumission|propo|preventivo|angebot/, 'Send a formal quote'],
];
const MEETING_KINDS: ReadonlyArray<[RegExp, string]> = [
  [/demo/, 'demo'],
  [/meeting|reunion|reuniao|rendez|riunione|termin/, 'meeting'],
];

function meetingTask(signals: ReplySignals): string {
  const sentence = signals.cues.sentences[signals.meeting!];
  const kind = MEETING_KINDS.find(([pattern]) => pattern.test(sentence.norm))?.[1] ?? 'call';
  return `Schedule a ${kind} (${excerpt(sentence.text, 120)})`;
}

function pricingTask(signals: ReplySignals): string {
  const match = signals.cues.all('priceRequest').map(({ sentence }) => SEAT_COUNT.exec(signals.cues.sentences[sentence].text)).find(Boolean);
  return match ? `Send pricing for ${match[1]} ${match[2]}` : 'Send pricing';
}

function sentenceTask(signals: ReplySignals, cue: Parameters<ReplySignals['cues']['first']>[0], prefix: string): string | null {
  const match = signals.cues.first(cue);
  return match ? `${prefix}: ${excerpt(signals.cues.sentences[match.sentence].text, 150)}` : null;
}

function removalTask(text: string): string {
  const address = EMAIL_ADDRESS.exec(text)?.[0];
  return `Remove ${address ?? 'this contact'} from all outreach`;
}

function referralTask(signals: ReplySignals, text: string): string {
  const address = EMAIL_ADDRESS.exec(text)?.[0];
  const sentence = signals.cues.sentences[signals.referral!].text;
  return address ? `Contact ${address} as referred` : `Contact the person referred: ${excerpt(sentence, 120)}`;
}

function questionTasks(signals: ReplySignals): string[] {
  return signals.cues.sentences.filter((sentence) => sentence.isQuestion).slice(0, 2).map((sentence) => `Answer: ${excerpt(sentence.text, 150)}`);
}

/** Concrete tasks for our user, in English, from what the customer asked for or reported. */
export function extractActionItems(signals: ReplySignals, text: string): string[] {
  if (signals.autoReply) return [];
  const { cues } = signals;
  const tasks: Array<string | null> = [];
  if (signals.unsubscribe) tasks.push(removalTask(text));
  if (signals.cancelRequest) tasks.push('Process the cancellation request and confirm it');
  if (cues.has('billing')) tasks.push(sentenceTask(signals, 'billing', 'Resolve the billing issue'));
  if (cues.has('bug')) tasks.push(sentenceTask(signals, 'bug', 'Investigate'));
  if (signals.privacyConcern) tasks.push(sentenceTask(signals, 'privacy', 'Answer the data-protection concern'));
  if (cues.has('emailComplaint') && !signals.unsubscribe) tasks.push('Reduce the email frequency to this contact');
  if (signals.churnThreat) tasks.push(sentenceTask(signals, 'churn', 'Address the churn risk'));
  if (signals.unsubscribe) return dedupe(tasks);
  if (signals.meeting !== null) tasks.push(meetingTask(signals));
  if (signals.readyNow) {
    const phrase = cues.all('readyNow').map((match) => match.phrase).join(' ');
    tasks.push(...READY_NOW_TASKS.filter(([pattern]) => pattern.test(phrase)).map(([, task]) => task));
  }
  if (signals.buying && cues.has('expansion')) tasks.push(sentenceTask(signals, 'expansion', 'Prepare the expansion'));
  if (signals.buying && cues.has('trial')) tasks.push('Set up a trial');
  if (signals.buying && cues.has('priceRequest')) tasks.push(pricingTask(signals));
  if (signals.referral !== null) tasks.push(referralTask(signals, text));
  if (cues.has('infoRequest') && !signals.firmDecline) tasks.push('Send the information requested');
  if (signals.notNow && signals.request) tasks.push(sentenceTask(signals, 'notNow', 'Follow up later as asked'));
  if (cues.has('featureWish')) tasks.push(sentenceTask(signals, 'featureWish', 'Log the feature request'));
  tasks.push(...questionTasks(signals));
  return dedupe(tasks);
}

function dedupe(tasks: Array<string | null>): string[] {
  return [...new Set(tasks.filter((task): task is string => Boolean(task)))].slice(0, 10);
}
