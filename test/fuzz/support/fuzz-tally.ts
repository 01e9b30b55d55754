/** Inputs tried per target and the time they took, printed once a fuzz file ends (the numbers for the report). */
export class FuzzTally {
  private readonly counts = new Map<string, { inputs: number; ms: number }>();

  async measure(name: string, inputs: number, run: () => Promise<void>): Promise<void> {
    const started = performance.now();
    await run();
    const entry = this.counts.get(name) ?? { inputs: 0, ms: 0 };
    this.counts.set(name, { inputs: entry.inputs + inputs, ms: entry.ms + performance.now() - started });
  }

  print(file: string): void {
    const lines = [...this.counts].map(([name, { inputs, ms }]) => `  ${name}: ${inputs} inputs in ${(ms / 1000).toFixed(1)} s`);
    const total = [...this.counts.values()].reduce((sum, entry) => sum + entry.inputs, 0);
    console.info(`fuzz ${file}: ${total} inputs\n${lines.join('\n')}`);
  }
}
