import { opportunityTasks } from './buying-tasks.js';
import type { ReplySignals } from './signals.js';
import { excerpt } from './excerpt.js';
import { emailIn } from './task-details.js';
import { addClauseTask, TaskList } from './task-list.js';
import type { MonthlyVolume } from './volume.js';

function problemTasks(tasks: TaskList, signals: ReplySignals, text: string): void {
  const { cues } = signals;
  if (signals.unsubscribe) tasks.add(`Remove ${emailIn(text) ?? 'this contact'} from all outreach`);
  // A removal or a disputed charge already says what to do about a cancellation they made.
  if (signals.cancelRequest && !signals.unsubscribe && !cues.has('billing')) tasks.add('Process the cancellation request and confirm it');
  if (cues.has('billing')) addClauseTask(tasks, signals, 'billing', 'Resolve the billing issue');
  if (signals.complaint) addClauseTask(tasks, signals, 'bug', 'Investigate');
  if (signals.privacyConcern) addClauseTask(tasks, signals, 'privacy', 'Answer the data-protection concern');
  if (cues.has('emailComplaint') && !signals.unsubscribe) tasks.add('Reduce the email frequency to this contact');
  if (signals.churnThreat) addClauseTask(tasks, signals, 'churn', 'Address the churn risk');
  // Anger with nothing named as broken ("c'est inadmissible") still needs an answer from a person.
  if (signals.complaint && tasks.list().length === 0) addClauseTask(tasks, signals, 'anger', 'Address the complaint');
}

const SHORT_ASK_WORDS = 8;
/** "Quick one: does the API…", "Related question: is this…": a lead-in before the question itself. */
const LEAD_IN = /^(?:[^:?]{1,24}):\s+(?=\S)/;

/** "…the dashboard takes 30 s to load. ¿Lo pueden checar?": a short ask right after a problem is that problem's task. */
function markFollowOnAsks(tasks: TaskList, signals: ReplySignals): void {
  for (const index of [...tasks.answered]) {
    const next = signals.cues.sentences[index + 1];
    if (next?.isQuestion && next.text.split(/\s+/).length <= SHORT_ASK_WORDS) tasks.answered.add(index + 1);
  }
}

/** Concrete tasks for our user, in English, carrying the specifics the customer gave (counts, times, names, what broke). */
export function extractActionItems(signals: ReplySignals, text: string, volume: MonthlyVolume | null = null): string[] {
  if (signals.autoReply) return [];
  const { cues } = signals;
  const tasks = new TaskList();
  problemTasks(tasks, signals, text);
  if (signals.unsubscribe) return tasks.list();
  markFollowOnAsks(tasks, signals);
  opportunityTasks(tasks, signals, text, volume);
  const info = cues.first('infoRequest');
  if (info && !signals.firmDecline && !tasks.answered.has(info.sentence)) tasks.add('Send the information requested', info.sentence);
  if (signals.notNow && signals.request) addClauseTask(tasks, signals, 'notNow', 'Follow up later as asked');
  if (cues.has('featureWish') && !cues.has('noAction')) addClauseTask(tasks, signals, 'featureWish', 'Log the feature request');
  const questions = cues.sentences.map((sentence, index) => ({ sentence, index })).filter(({ sentence, index }) => sentence.isQuestion && !tasks.answered.has(index));
  for (const { sentence, index } of questions.slice(0, 2)) tasks.add(`Answer: ${excerpt(sentence.text.replace(LEAD_IN, ''), 150)}`, index);
  return tasks.list();
}
