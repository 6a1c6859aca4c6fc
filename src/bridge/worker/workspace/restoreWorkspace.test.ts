import { beforeAll, describe, expect, it } from 'vitest';
import type { JournalKind } from './journal';
import { exportWorkspace } from './exportWorkspace';
import { fingerprint, LiveSession, slowFetch, type Fingerprint } from './learnerSession.testing';
import { restoreWorkspace } from './restoreWorkspace';
import type { Workspace } from './workspace';

const WEB = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
spec:
  replicas: 2
  selector:
    matchLabels: {app: web}
  template:
    metadata:
      labels: {app: web}
    spec:
      containers:
      - name: nginx
        image: nginx:1.27
`;

const REDIS = `apiVersion: v1
kind: Pod
metadata:
  name: redis
spec:
  containers:
  - name: redis
    image: redis:7
`;

/** Every input kind, so a kind added to the journal without a place here fails to compile. */
const ALL_KINDS: Record<JournalKind, true> = {
  exec: true,
  execSettled: true,
  interrupt: true,
  writeFile: true,
  stopNode: true,
  startNode: true,
  advance: true,
  settle: true,
  editor: true,
  fetched: true,
  edited: true,
  api: true,
};

/** A browser session that uses every kind of input, at uneven moments. */
async function learnerSession(): Promise<LiveSession> {
  const s = new LiveSession();
  const { host } = s;
  s.attachEditor();
  await s.type('minikube node add');
  await s.wait(6);
  host.writeFile('web.yaml', WEB);
  await s.run('kubectl apply -f web.yaml');
  await s.wait(8.4);
  await s.run('kubectl scale deployment web --replicas=4');
  const watch = await s.type('kubectl get pods -w');
  await s.wait(7.3);
  host.interrupt();
  await watch.result;
  await s.run("kubectl delete pod $(kubectl get pods -l app=web -o jsonpath='{.items[0].metadata.name}') --wait=false");
  const late = await s.type('sleep 5 && kubectl create deployment late --image=nginx');
  await s.wait(1.7);
  host.interrupt();
  await late.result;
  await s.run("kubectl exec -it $(kubectl get pods -l app=web -o jsonpath='{.items[1].metadata.name}') -- sh");
  await s.run('echo hello > /tmp/greeting');
  await s.run('exit');
  const net = slowFetch(REDIS);
  host.fetchUrl = net.fetch;
  const apply = await s.type('kubectl apply -f https://example.com/redis.yaml');
  await s.wait(0.9);
  net.arrive();
  await apply.result;
  const edit = await s.type('kubectl edit deployment web');
  await s.wait(2.2);
  s.editor.finish(s.requests[0].id, s.requests[0].text.replace('replicas: 4', 'replicas: 3'));
  await edit.result;
  await s.run('vi notes.txt');
  await s.wait(3);
  host.writeFile('notes.txt', 'saved from the editor\n');
  host.stopNode('minikube-m02');
  await s.wait(50);
  host.startNode('minikube-m02');
  // A lesson's jumps of the clock wake waiting commands late: only the journal knows they did.
  const api = await s.type('sleep 2 && kubectl create deployment api --image=httpd');
  host.advance(12.5);
  await api.result;
  const scale = await s.type('sleep 1 && kubectl scale deployment api --replicas=2');
  host.settle();
  await scale.result;
  await host.execSettled('kubectl label deployment web tier=frontend');
  // A lesson's setup object, written straight to the API.
  host.apiWrite('create', [{ group: '', resource: 'configmaps' }, { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'settings' }, data: { mode: 'demo' } }, { namespace: 'default' }]);
  await s.wait(20);
  return s;
}

/** What each container of the app=web pods has in /tmp/greeting (written through `kubectl exec -it`). */
async function greetings(host: LiveSession['host']): Promise<string[]> {
  const names = (await host.kubectlQuiet(['get', 'pods', '-l', 'app=web', '-o', 'name'])).stdout.split('\n').filter(Boolean);
  return Promise.all(names.map(async (n) => (await host.kubectlQuiet(['exec', n.replace('pod/', ''), '--', 'cat', '/tmp/greeting'])).stdout));
}

describe('restoreWorkspace', () => {
  let live: LiveSession;
  let ws: Workspace;
  let want: Fingerprint;
  beforeAll(async () => {
    live = await learnerSession();
    ws = exportWorkspace(live.host);
    want = await fingerprint(live.host);
  }, 60_000);

  it('rebuilds the same cluster, files, history and output from the journal', async () => {
    expect(new Set(ws.journal.map((e) => e.kind))).toEqual(new Set(Object.keys(ALL_KINDS)));
    const restored = await restoreWorkspace(JSON.parse(JSON.stringify(ws)) as Workspace);
    const got = await fingerprint(restored.host);
    expect(got.podsWide).toBe(want.podsWide);
    expect(got.history).toEqual(want.history);
    expect(got.files).toEqual(want.files);
    expect(got).toEqual(want);
    expect(await greetings(restored.host)).toEqual(await greetings(live.host));
    expect(await greetings(live.host)).toContain('hello\n');
    expect(exportWorkspace(restored.host).journal).toEqual(ws.journal);
  }, 60_000);

  it.each(Object.keys(ALL_KINDS) as JournalKind[])('a journal without its %s inputs does not restore the session', async (kind) => {
    const dropped = { ...ws, journal: ws.journal.filter((e) => e.kind !== kind) };
    const outcome = await restoreWorkspace(dropped).then(
      async (r) => fingerprint(r.host),
      (e: unknown) => e,
    );
    expect(outcome).not.toEqual(want);
  }, 60_000);
});
