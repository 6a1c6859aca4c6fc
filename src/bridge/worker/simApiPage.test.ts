import { describe, expect, it } from 'vitest';
import type { FrameTimer } from './clusterFeed';
import type { ActivityReport } from './controlPlaneActivity';
import type { EditorRequest } from './editorBridge';
import { createSimApi } from './simApi';

function manualApi(profile?: string) {
  const frames: (() => void)[] = [];
  const frameTimer: FrameTimer = { schedule: (fn) => frames.push(fn) };
  const api = createSimApi({ seed: 3, frameTimer, profile });
  const fire = () => {
    while (frames.length) frames.shift()!();
  };
  return { api, fire };
}

describe('SimApi for the page', () => {
  it('stops a node: NotReady after the grace period, its pods evicted later; start brings it back', async () => {
    const { api } = manualApi('multinode');
    await api.exec('kubectl create deployment web --image=nginx --replicas=4');
    expect(api.stopNode('node01')).toBe('');
    expect(api.stoppedNodes()).toEqual(['node01']);
    await api.exec('sleep 60');
    expect((await api.exec('kubectl get node node01')).stdout).toMatch(/node01\s+NotReady/);
    await api.exec('sleep 320');
    const pods = (await api.exec('kubectl get pods -o wide')).stdout;
    expect(pods).not.toMatch(/Running .* node01 /);
    expect(api.startNode('node01')).toBe('');
    await api.exec('sleep 20');
    expect((await api.exec('kubectl get node node01')).stdout).toMatch(/node01\s+Ready/);
    expect(api.stoppedNodes()).toEqual([]);
  });

  it.each([
    ['stop', (api: ReturnType<typeof createSimApi>) => api.stopNode('nope')],
    ['start', (api: ReturnType<typeof createSimApi>) => api.startNode('nope')],
  ])('%s of an unknown node says so', (_name, act) => {
    expect(act(manualApi().api)).toBe('node "nope" not found');
  });

  it('runs kubectl quietly: output returned, nothing in the shell history', async () => {
    const { api } = manualApi();
    const r = await api.kubectlQuiet(['get', 'namespace', 'default', '-o', 'yaml']);
    expect(r.exitCode).toBe(0);
    expect(r.stdout).toContain('kind: Namespace');
    expect((await api.exec('history')).stdout).not.toContain('namespace default');
  });

  it('vi opens the editor on a virtual file; the saved file is visible to cat and kubectl apply -f', async () => {
    const { api } = manualApi();
    const requests: EditorRequest[] = [];
    api.onEditorRequest((r) => requests.push(r));
    await api.exec('echo "# draft" > cm.yaml');
    const opened = await api.exec('vim cm.yaml');
    expect(opened.exitCode).toBe(0);
    expect(requests).toEqual([expect.objectContaining({ mode: 'file', path: '/root/cm.yaml', text: '# draft\n' })]);
    api.writeFile(requests[0].path, 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: cfg\ndata:\n  a: "1"\n');
    expect((await api.exec('cat cm.yaml')).stdout).toContain('kind: ConfigMap');
    expect((await api.exec('kubectl apply -f cm.yaml')).stdout).toBe('configmap/cfg created\n');
  });

  it('without a page listening, nano explains how to write files instead', async () => {
    const r = await manualApi().api.exec('nano x.yaml');
    expect(r.exitCode).toBe(1);
    expect(r.stderr).toContain('heredoc');
  });

  it('reports control-plane activity when a Deployment is created', async () => {
    const { api, fire } = manualApi();
    const reports: ActivityReport[] = [];
    api.subscribeActivity((r) => reports.push(r));
    await api.exec('kubectl create deployment web --image=nginx --replicas=2');
    fire();
    const total = (c: keyof ActivityReport) => reports.reduce((n, r) => n + (r[c] ?? 0), 0);
    expect(total('kube-scheduler')).toBeGreaterThanOrEqual(2);
    expect(total('kube-controller-manager')).toBeGreaterThan(0);
    expect(total('etcd')).toBeGreaterThan(0);
    expect(total('kube-apiserver')).toBeGreaterThan(0);
  });
});
