import type { Cue } from './lexicon/index.js';
import type { ReplySignals } from './signals.js';
import { clauseAround } from './task-details.js';

const MAX_TASKS = 10;

/** Tasks in the order found, each remembering the sentence it answers so a question is not answered twice. */
export class TaskList {
  private readonly tasks: string[] = [];
  readonly answered = new Set<number>();

  add(task: string | null, sentence?: number): void {
    if (task && !this.tasks.includes(task)) this.tasks.push(task);
    if (task && sentence !== undefined) this.answered.add(sentence);
  }

  list(): string[] {
    return this.tasks.slice(0, MAX_TASKS);
  }
}

/** "Investigate: el dashboard tarda mucho en cargar": a prefix and the clause holding the first unanswered cue. */
export function addClauseTask(tasks: TaskList, signals: ReplySignals, cue: Cue, prefix: string): void {
  const match = signals.cues.all(cue).find(({ sentence }) => !tasks.answered.has(sentence));
  if (match) tasks.add(`${prefix}: ${clauseAround(signals.cues.sentences[match.sentence].text, match.phrase)}`, match.sentence);
}
