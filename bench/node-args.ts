/** `BENCH_CPU_PROF_DIR=dir npm run bench -- …` writes a V8 CPU profile of each server and worker process there. */
export function serverNodeArgs(): string[] {
  const dir = process.env.BENCH_CPU_PROF_DIR;
  return [...(dir ? ['--cpu-prof', `--cpu-prof-dir=${dir}`] : []), '--import', 'tsx', 'src/main.ts'];
}
