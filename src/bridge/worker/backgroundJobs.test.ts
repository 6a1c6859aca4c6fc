import { describe, expect, it } from 'vitest';
import { SimHost } from './simHost';
import { LiveSession } from './workspace/learnerSession.testing';
import { exportWorkspace } from './workspace/exportWorkspace';
import { restoreWorkspace } from './workspace/restoreWorkspace';

async function script(host: SimHost, lines: string[]) {
  const out = [];
  for (const line of lines) out.push(await host.exec(line));
  return out;
}

describe('background jobs, headless', () => {
  it('port-forward in the background serves curl until killed; the port is free again afterwards', async () => {
    const host = new SimHost({ seed: 3 });
    const r = await script(host, [
      'kubectl run web --image=nginx',
      'kubectl port-forward pod/web 8080:80 &',
      'curl -s localhost:8080 | grep -o "Welcome to nginx!" | head -1',
      'kill %1',
      'curl -s localhost:8080; echo " exit=$?"',
      'kubectl port-forward pod/web 8080:80 &',
    ]);
    expect(r[1].stdout).toBe('Forwarding from 127.0.0.1:8080 -> 80\nForwarding from [::1]:8080 -> 80\n');
    expect(r[1].stderr).toBe('');
    expect(r[2].stdout).toBe('Handling connection for 8080\nWelcome to nginx!\n');
    expect(r[4].stdout).toBe(' exit=7\n');
    expect(r[5].stdout).toContain('Forwarding from 127.0.0.1:8080');
  });

  it('a job waits on the clock the foreground moves, and wait returns its status', async () => {
    const host = new SimHost({ seed: 3, settle: false });
    const r = await script(host, ['(sleep 30; kubectl create namespace later) &', 'kubectl get ns later', 'sleep 29', 'kubectl get ns later -o name', 'wait $!; echo $?', 'kubectl get ns later -o name']);
    expect(r[0].clock).toBe(0);
    expect(r[1].stderr).toBe('Error from server (NotFound): namespaces "later" not found\n');
    expect(r[3].stderr).toContain('not found');
    expect(r[4].stdout).toBe('namespace/later created\n0\n');
    expect(r[4].clock).toBe(30);
    expect(r[5].stdout).toBe('namespace/later\n');
  });

  it('a streaming job brought to the foreground ends once the cluster is quiet, as if Ctrl-C', async () => {
    const host = new SimHost({ seed: 3 });
    const [, fg] = await script(host, ['kubectl get pods -w &', 'fg %1']);
    expect(fg.stdout).toBe('kubectl get pods -w\n');
    expect(fg.exitCode).toBe(130);
    expect(host.shell.jobs.list()).toEqual([]);
  });
});

describe('background jobs in the browser (realtime)', () => {
  it('announces the job, streams its output to the terminal between commands and reports its end', async () => {
    const s = new LiveSession({ seed: 7 });
    let terminal = '';
    const sink = { stdout: (t: string) => void (terminal += t), stderr: (t: string) => void (terminal += t) };
    const started = await s.host.exec('kubectl get pods -w &', sink);
    expect(started.stderr).toBe('[1] 2841\n');
    expect(terminal).toBe('[1] 2841\n');
    await s.host.exec('kubectl run web --image=nginx', sink);
    await s.wait(15);
    expect(terminal).toMatch(/web +1\/1 +Running +0 +\d+s\n$/);
    await s.host.exec('kill %1', sink);
    expect(terminal.endsWith('[1]+  Terminated              kubectl get pods -w\n')).toBe(true);
  });

  it('a saved session with running jobs restores to the same jobs and output', async () => {
    const s = new LiveSession({ seed: 7 });
    await s.run('kubectl create deployment web --image=nginx');
    await s.run('(sleep 20; kubectl scale deployment web --replicas=3) &');
    await s.run('kubectl get pods -w &');
    await s.wait(12);
    await s.run('kill %2');
    await s.wait(15);
    const ws = exportWorkspace(s.host);
    const restored = await restoreWorkspace(JSON.parse(JSON.stringify(ws)) as typeof ws);
    const ask = async (host: SimHost) => [(await host.kubectlQuiet(['get', 'deploy', 'web', '-o', 'jsonpath={.spec.replicas}'])).stdout, host.shell.jobs.list().map((j) => `${j.id} ${j.pid} ${j.state()}`)];
    expect(await ask(restored.host)).toEqual(await ask(s.host));
    expect((await ask(s.host))[0]).toBe('3');
    expect(exportWorkspace(restored.host).journal).toEqual(ws.journal);
  }, 60_000);
});
