/**
 * Rebuilds a session from a workspace: a fresh SimHost with the same profile, seed and start,
 * then every journaled input applied at its virtual instant, with the clock run as fast as the
 * machine allows in between. The replayed host journals the inputs again; the two journals must
 * match, so a replay that drifted (an input the journal missed, a behaviour that changed) fails
 * loudly instead of restoring a different cluster.
 */
import { RealtimeDriver } from '../realtimeDriver';
import { SimHost, type ExecResult } from '../simHost';
import type { JournalEntry } from './journal';
import { yieldToMacrotasks } from './macrotask';
import { ReplayAnswers, ReplayDivergence } from './replayAnswers';
import type { Workspace } from './workspace';

export { ReplayDivergence } from './replayAnswers';

const noop = () => undefined;

export interface RestoredSession {
  host: SimHost;
  /** Realtime workspaces: the driver, not yet following the wall clock (`driver.attach(ticker)`). */
  driver?: RealtimeDriver;
  /** Commands still running when the workspace was saved (a `get -w`, a `sleep 600`). */
  running: Promise<ExecResult>[];
  /** Answers those commands still wait for; `abandon()` ends the waits. */
  answers: ReplayAnswers;
}

/** Applies one input; a command's run is returned (and tracked while it runs). */
function apply(host: SimHost, e: JournalEntry, answers: ReplayAnswers, track: (p: Promise<ExecResult>) => void): Promise<ExecResult> | undefined {
  switch (e.kind) {
    case 'exec':
    case 'execSettled': {
      const run = e.kind === 'exec' ? host.exec(e.line) : host.execSettled(e.line);
      track(run);
      return run;
    }
    case 'interrupt':
      return void host.interrupt();
    case 'writeFile':
      return void host.writeFile(e.path, e.text, { parents: e.parents });
    case 'stopNode':
      return void host.stopNode(e.name);
    case 'startNode':
      return void host.startNode(e.name);
    case 'advance':
      return void host.advance(e.seconds);
    case 'settle':
      return void host.settle(e.maxSeconds);
    case 'editor':
      return void host.setEditorAttached(e.attached);
    case 'fetched':
    case 'edited':
      return void answers.answer(e);
    case 'api':
      return void host.apiWrite(e.verb, e.args);
  }
}

async function moveClock(host: SimHost, driver: RealtimeDriver | undefined, at: number, what: string): Promise<void> {
  if (driver) await driver.advanceTo(at);
  const now = host.cluster.now();
  if (now !== at) throw new ReplayDivergence(`${what} happened at ${new Date(at).toISOString()} but the replayed clock is at ${new Date(now).toISOString()}`);
}

function firstDifference(replayed: readonly JournalEntry[], saved: readonly JournalEntry[]): number {
  for (let i = 0; i < Math.max(replayed.length, saved.length); i++) {
    if (JSON.stringify(replayed[i]) !== JSON.stringify(saved[i])) return i;
  }
  return -1;
}

/**
 * Replays `ws` (validated: see `readWorkspace`) into a new host. Rejects with ReplayDivergence
 * when the replay does not reproduce the saved session.
 */
export async function restoreWorkspace(ws: Workspace): Promise<RestoredSession> {
  const host = new SimHost({ profile: ws.profile, seed: ws.seed, startTimeMs: ws.startTimeMs, timeMode: ws.timeMode, settle: ws.settle });
  const driver = ws.timeMode === 'realtime' ? new RealtimeDriver(host) : undefined;
  const answers = new ReplayAnswers();
  host.fetchUrl = answers.fetchUrl;
  host.editor = answers.editor;
  const running = new Set<Promise<ExecResult>>();
  const track = (p: Promise<ExecResult>) => {
    running.add(p);
    // A command that failed live fails the same way here; the journals' comparison tells.
    p.then(
      () => running.delete(p),
      () => running.delete(p),
    );
  };
  for (const [i, e] of ws.journal.entries()) {
    await moveClock(host, driver, e.at, `journal[${i}] (${e.kind})`);
    let run: Promise<ExecResult> | undefined;
    try {
      run = apply(host, e, answers, track);
    } catch (err) {
      // The live call threw the same way after journaling; a drifted replay shows below.
      if (err instanceof ReplayDivergence) throw new ReplayDivergence(`journal[${i}]: ${err.message}`);
    }
    // Headless, the next input came only once this command ended (its run spans many macrotasks
    // while background jobs are alive), unless it waits for a journaled answer or was interrupted.
    if (!driver && run && ws.journal[i + 1]?.kind !== 'interrupt') await Promise.race([run.then(noop, noop), answers.asked()]);
    await yieldToMacrotasks();
  }
  await moveClock(host, driver, ws.clock, 'the save');
  const i = firstDifference(host.journal.entries(), ws.journal);
  if (i >= 0) throw new ReplayDivergence(`journal[${i}]: the replay did not reproduce the saved input ${JSON.stringify(ws.journal[i] ?? null).slice(0, 120)} (replayed ${JSON.stringify(host.journal.entries()[i] ?? null).slice(0, 120)})`);
  return { host, driver, running: [...running], answers };
}
