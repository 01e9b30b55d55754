import { runAnalyzeCommand } from './analyze.js';
import { runSimulateReplyCommand } from './simulate-reply.js';

const commands: Record<string, (args: string[]) => Promise<number>> = {
  analyze: runAnalyzeCommand,
  'simulate-reply': runSimulateReplyCommand,
};

const [name, ...args] = process.argv.slice(2);
const command = name ? commands[name] : undefined;
if (!command) {
  console.error(`usage: npm run cli -- <${Object.keys(commands).join('|')}> [options]`);
  process.exit(2);
}
process.exitCode = await command(args);
