/**
 * Faults, each started once its condition holds (a share of the traffic or of the work done) and run to its end in
 * the background, so every fault lands in the middle of the stage it hurts whatever the machine's speed.
 */
export class FaultPlan {
  readonly log: string[] = [];
  private readonly steps: { name: string; when: () => boolean; run: () => Promise<void>; running?: Promise<void> }[] = [];
  private readonly t0 = Date.now();
  private timer: NodeJS.Timeout | null = null;

  when(condition: () => boolean, name: string, run: () => Promise<void>): this {
    this.steps.push({ name, when: condition, run });
    return this;
  }

  watch(): void {
    this.timer = setInterval(() => {
      for (const step of this.steps) if (!step.running && step.when()) this.start(step);
    }, 100);
  }

  /** Starts the faults whose condition never held (a very small run) and waits until every fault has ended. */
  async finish(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    for (const step of this.steps) if (!step.running) this.start(step, ' (late: its condition never held)');
    await Promise.all(this.steps.map((step) => step.running));
  }

  private start(step: FaultPlan['steps'][number], note = ''): void {
    this.log.push(`${((Date.now() - this.t0) / 1000).toFixed(0)} s: ${step.name}${note}`);
    step.running = step.run();
  }
}
