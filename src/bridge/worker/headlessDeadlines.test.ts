import { describe, expect, it } from 'vitest';
import { SimHost } from './simHost';

async function script(lines: string[]) {
  const host = new SimHost({ seed: 4 });
  const out = [];
  for (const line of lines) out.push(await host.exec(line));
  return out;
}

const WEB = ['kubectl create deployment web --image=nginx --replicas=2'];

describe('headless waits with a deadline run to it, as a terminal would', () => {
  it.each([
    {
      name: 'drain blocked by a PodDisruptionBudget retries until --timeout',
      lines: [...WEB, 'kubectl create pdb web --selector=app=web --min-available=2', 'kubectl drain minikube --pod-selector=app=web --timeout=20s'],
      stderr: /global timeout reached: 20s\n$/,
      retries: /will retry after 5s/g,
      seconds: 20,
    },
    {
      name: 'wait for something that never happens',
      lines: [...WEB, 'kubectl wait --for=delete deployment/web --timeout=60s'],
      stderr: /^error: timed out waiting for the condition on deployments.apps\/web\n$/,
      seconds: 60,
    },
    {
      name: 'rollout status of a rollout stuck on a missing image',
      lines: [...WEB, 'kubectl set image deployment/web nginx=nginx:no-such-tag', 'kubectl rollout status deployment/web --timeout=45s'],
      stderr: /^error: timed out waiting for the condition\n$/,
      seconds: 45,
    },
  ])('$name', async ({ lines, stderr, seconds, retries }) => {
    const r = await script(lines);
    const [before, last] = [r[r.length - 2], r[r.length - 1]];
    expect(last.exitCode).toBe(1);
    expect(last.stderr).toMatch(stderr);
    expect(last.clock - before.clock).toBeGreaterThan(seconds - 0.01);
    expect(last.clock - before.clock).toBeLessThan(seconds + SETTLE_SLACK_S);
    if (retries) expect(last.stderr.match(retries)?.length).toBeGreaterThanOrEqual(6);
  });

  it('a wait whose condition comes true returns then, not at the deadline', async () => {
    const r = await script(['kubectl run web --image=nginx', 'kubectl wait --for=condition=Ready pod/web --timeout=300s']);
    expect(r[1]).toMatchObject({ exitCode: 0, stdout: 'pod/web condition met\n' });
    expect(r[1].clock).toBeLessThan(30);
  });

  it('without a deadline a streaming command still ends once the cluster is quiet', async () => {
    const r = await script([...WEB, 'kubectl set image deployment/web nginx=nginx:no-such-tag', 'kubectl rollout status deployment/web']);
    expect(r[2].exitCode).toBe(130);
    expect(r[2].clock - r[1].clock).toBeLessThan(5);
  });

  it("a background watch prints a pod's rows after the create that made it", async () => {
    const r = await script(['kubectl get pods -w &', 'kubectl run web --image=nginx', 'kill %1']);
    expect(r[1].stdout).toMatch(/^pod\/web created\nNAME +READY +STATUS +RESTARTS +AGE\nweb +0\/1 +Pending /);
  });
});

/** The cluster settles after a command (SETTLE_LIMIT_S at most; here it is quiet within seconds). */
const SETTLE_SLACK_S = 15;
