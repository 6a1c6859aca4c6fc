/**
 * How long a restore takes for an ordinary learner's hours: a 3-node minikube, a few
 * Deployments, commands every minute and a `get pods -w` left running half the time.
 * Prints the numbers; `WORKSPACE_TIMING=3` also measures three hours.
 */
import { describe, expect, it } from 'vitest';
import { exportWorkspace } from './exportWorkspace';
import { LiveSession } from './learnerSession.testing';
import { restoreWorkspace } from './restoreWorkspace';
import { encodeShareState } from './shareState';

const COMMANDS = [
  'kubectl get pods -o wide',
  'kubectl scale deployment web --replicas=4',
  'kubectl describe deployment web | head -20',
  "kubectl delete pod $(kubectl get pods -l app=web -o jsonpath='{.items[0].metadata.name}')",
  'kubectl scale deployment web --replicas=2',
];

async function hoursOfLearning(hours: number): Promise<LiveSession> {
  const s = new LiveSession({ seed: 5 });
  const gap = (seconds: number) => s.driver.advanceTo(s.host.cluster.now() + seconds * 1000);
  for (const line of ['minikube node add', 'minikube node add']) {
    await s.type(line);
    await gap(10);
  }
  for (const line of ['kubectl create deployment web --image=nginx --replicas=2', 'kubectl create deployment api --image=httpd --replicas=2', 'kubectl create deployment cache --image=redis']) await s.run(line);
  for (let block = 0; block < hours * 6; block++) {
    for (const line of COMMANDS) {
      await s.type(line);
      await gap(60);
    }
    const watch = await s.type('kubectl get pods -w');
    await gap(300);
    s.host.interrupt();
    await watch.result;
  }
  return s;
}

async function measure(hours: number): Promise<{ replayMs: number; entries: number; jsonBytes: number; linkChars: number }> {
  const live = await hoursOfLearning(hours);
  const ws = exportWorkspace(live.host);
  const t0 = performance.now();
  const restored = await restoreWorkspace(ws);
  const replayMs = performance.now() - t0;
  expect(restored.host.cluster.api.store.resourceVersion()).toBe(live.host.cluster.api.store.resourceVersion());
  const numbers = { replayMs: Math.round(replayMs), entries: ws.journal.length, jsonBytes: JSON.stringify(ws).length, linkChars: (await encodeShareState(ws)).length };
  console.log(`replay of ${hours} h:`, JSON.stringify(numbers));
  return numbers;
}

describe('replay time', () => {
  it('restores an hour of an ordinary session in seconds', async () => {
    const { replayMs } = await measure(1);
    expect(replayMs).toBeLessThan(20_000);
  }, 120_000);

  it.skipIf(process.env.WORKSPACE_TIMING !== '3')('three hours', async () => {
    await measure(3);
  }, 600_000);
});
