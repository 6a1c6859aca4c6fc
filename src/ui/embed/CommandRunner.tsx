/**
 * Runs requested commands when the layout has no terminal (`layout=graph`, `editor+graph`): an
 * autorun, a host page's `run`, a graph gesture or the editor's Apply still reach the cluster,
 * and the graph still highlights what they touched.
 */
import { useEffect } from 'react';
import type { SimConnection } from '../../bridge/main/connectSim';
import { useCommands, type CommandRequest } from '../state/commandStore';
import { useHighlight } from '../state/highlightStore';
import { useSim } from '../state/simStore';

async function runUnseen(api: SimConnection, request: CommandRequest): Promise<void> {
  const { command } = request;
  useHighlight.getState().beginCommand();
  try {
    const { stdout, stderr, exitCode } = await api.exec(command);
    useCommands.getState().noteFinished({ requestId: request.id, command, stdout, stderr, exitCode });
  } catch (e) {
    useCommands.getState().noteFinished({ requestId: request.id, command, stdout: '', stderr: `${e instanceof Error ? e.message : String(e)}\n`, exitCode: 1 });
  } finally {
    useHighlight.getState().endCommand();
  }
}

export function CommandRunner() {
  const api = useSim((s) => s.api);
  const generation = useSim((s) => s.generation);
  useEffect(() => {
    if (!api) return;
    let live = true;
    let queue = Promise.resolve();
    const take = () => {
      for (let r = useCommands.getState().takeCommand(); r; r = useCommands.getState().takeCommand()) {
        const request = r;
        queue = queue.then(() => (live ? runUnseen(api, request) : undefined));
      }
    };
    // Only a growing queue: taking a request shrinks it, and must not re-enter the loop.
    const unsubscribe = useCommands.subscribe((s, prev) => s.queue.length > prev.queue.length && take());
    take();
    return () => {
      live = false;
      unsubscribe();
    };
  }, [api, generation]);
  return null;
}
