/**
 * `npm run shell`: the playground's shell and cluster in a Node terminal (DESIGN.md §5).
 * On a TTY an interactive prompt; otherwise stdin is a script run in one fresh cluster.
 */
import { createInterface } from 'node:readline';
import { intervalTicker, RealtimeDriver } from '../bridge/worker/realtimeDriver';
import { SimHost } from '../bridge/worker/simHost';
import { parseShellArgs, type ShellArgs } from './shellArgs';
import { splitCommands } from './scriptLines';
import { applySetup } from '../lessons';
import { SimLessonHost } from './lessonsHost';
import { findLesson } from './lessonsLoad';

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const c of process.stdin) chunks.push(c as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

async function runScript(host: SimHost, args: ShellArgs): Promise<number> {
  const text = await readStdin();
  let last = 0;
  for (const command of splitCommands(text, (s) => host.isIncomplete(s))) {
    if (args.json) {
      const r = await host.exec(command);
      process.stdout.write(`${JSON.stringify({ command: r.command, stdout: r.stdout, stderr: r.stderr, exitCode: r.exitCode, clock: r.clock })}\n`);
      last = r.exitCode;
    } else {
      process.stdout.write(`${host.prompt()}${command}\n`);
      // A learner's terminal shows both streams, interleaved as they were written.
      const r = await host.exec(command, { stdout: (s) => process.stdout.write(s), stderr: (s) => process.stdout.write(s) });
      last = r.exitCode;
    }
    if (host.shell.exitRequested) break;
  }
  return last;
}

function runInteractive(host: SimHost): Promise<number> {
  const rl = createInterface({ input: process.stdin, output: process.stdout, terminal: true, historySize: 1000 });
  let buffer = '';
  let running = false;
  const prompt = () => {
    rl.setPrompt(buffer ? '> ' : host.prompt());
    rl.prompt();
  };
  rl.on('SIGINT', () => {
    if (running) host.interrupt();
    else {
      buffer = '';
      process.stdout.write('^C\n');
      prompt();
    }
  });
  return new Promise((resolve) => {
    rl.on('line', async (line) => {
      buffer = buffer ? `${buffer}\n${line}` : line;
      if (host.isIncomplete(buffer)) return prompt();
      const command = buffer;
      buffer = '';
      running = true;
      rl.pause();
      await host.exec(command, { stdout: (s) => process.stdout.write(s), stderr: (s) => process.stderr.write(s) });
      running = false;
      if (host.shell.exitRequested) return rl.close();
      rl.resume();
      prompt();
    });
    rl.on('close', () => resolve(host.shell.lastStatus));
    prompt();
  });
}

async function main(): Promise<void> {
  let args: ShellArgs;
  try {
    args = parseShellArgs(process.argv.slice(2));
  } catch (e) {
    process.stderr.write(`${(e as Error).message}\n`);
    process.exit(2);
  }
  const lesson = args.lesson === undefined ? undefined : findLesson(args.lesson);
  // At a prompt, time passes as on a real cluster (watches stream until Ctrl-C); a script runs
  // on a clock that jumps, settling after each command. A lesson brings its own cluster profile.
  const interactive = !!process.stdin.isTTY;
  const host = new SimHost({
    seed: args.seed,
    profile: lesson?.spec.profile ?? args.profile,
    settle: interactive ? false : args.settle,
    timeMode: interactive ? 'realtime' : 'instant',
  });
  if (lesson) applySetup(new SimLessonHost({}, host), lesson.spec.setup);
  if (interactive) new RealtimeDriver(host, intervalTicker(50));
  const code = interactive ? await runInteractive(host) : await runScript(host, args);
  process.exit(code);
}

void main();
