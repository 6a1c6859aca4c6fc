import { describe, expect, it } from 'vitest';
import { SimHost } from '../simHost';
import { exportWorkspace } from './exportWorkspace';
import { restoreWorkspace } from './restoreWorkspace';

/** What the headless shell (`npm run shell`) does: each command runs to its end before the next. */
async function headless(lines: string[]): Promise<SimHost> {
  const host = new SimHost({ seed: 11 });
  for (const line of lines) await host.exec(line);
  return host;
}

const state = async (host: SimHost) => ({
  clock: host.elapsedSeconds(),
  deploy: (await host.kubectlQuiet(['get', 'deploy', 'web', '-o', 'jsonpath={.spec.replicas}'])).stdout,
  namespaces: (await host.kubectlQuiet(['get', 'ns', '-o', 'name'])).stdout,
  jobs: host.shell.jobs.list().map((j) => `${j.id} ${j.pid} ${j.state()}`),
  history: host.shell.history.length,
});

describe('restoring a headless session', () => {
  it('replays commands that ran while a background job was alive, each to its end', async () => {
    const live = await headless([
      'kubectl create deployment web --image=nginx',
      '(sleep 40; kubectl scale deployment web --replicas=3) &',
      'kubectl get pods -w &',
      'sleep 15',
      'kubectl create namespace during',
      'kubectl wait --for=condition=Available deployment/web --timeout=30s',
      'kill %2',
      'sleep 30',
      'kubectl get deploy web',
    ]);
    const ws = JSON.parse(JSON.stringify(exportWorkspace(live))) as ReturnType<typeof exportWorkspace>;
    const restored = await restoreWorkspace(ws);
    expect(await state(restored.host)).toEqual(await state(live));
    expect((await state(live)).deploy).toBe('3');
    expect(exportWorkspace(restored.host).journal).toEqual(ws.journal);
  }, 60_000);
});
