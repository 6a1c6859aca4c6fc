import { describe, expect, it } from 'vitest';
import type { FrameTimer } from '../clusterFeed';
import type { Ticker } from '../realtimeDriver';
import { createSimApi, type SimApi } from '../simApi';
import type { JournalState } from './journal';
import { yieldToMacrotasks } from './macrotask';

/** A page-like SimApi (realtime) whose wall clock the test moves. */
function pageApi(seed = 11): { api: SimApi; tick: (ms: number) => Promise<void> } {
  let onTick: (ms: number) => void = () => {};
  const ticker: Ticker = { start: (fn) => (onTick = fn), stop: () => {} };
  const frameTimer: FrameTimer = { schedule: () => {} };
  const api = createSimApi({ seed, timeMode: 'realtime', settle: false, ticker, frameTimer });
  const tick = async (ms: number) => {
    for (let t = 0; t < ms; t += 100) {
      onTick(100);
      await yieldToMacrotasks();
    }
  };
  return { api, tick };
}

const podsWide = async (api: SimApi) => (await api.kubectlQuiet(['get', 'pods', '-A', '-o', 'wide'])).stdout;

describe('SimApi workspaces', () => {
  it('exports a session and imports it into another page, identical; the page hears of every input', async () => {
    const a = pageApi();
    const changes: JournalState[] = [];
    a.api.onWorkspaceChange((s) => changes.push(s));
    await a.api.exec('kubectl create deployment web --image=nginx --replicas=2');
    await a.tick(5000);
    a.api.writeFile('notes.txt', 'hi\n');
    a.api.stopNode('minikube');
    await a.tick(3000);
    expect(a.api.journalLength()).toBe(3);
    expect(changes.map((c) => c.length)).toEqual([1, 2, 3]);
    const saved = a.api.exportWorkspace({ editorBuffers: { '/root/draft.yaml': 'kind: Pod\n' }, lessonProgress: { lesson: '01' } });

    const b = pageApi(99);
    const heard: JournalState[] = [];
    b.api.onWorkspaceChange((s) => heard.push(s));
    expect(await b.api.importWorkspace(JSON.parse(JSON.stringify(saved)))).toEqual({ ok: true, extras: { editorBuffers: { '/root/draft.yaml': 'kind: Pod\n' }, lessonProgress: { lesson: '01' } } });
    expect(heard.at(-1)?.length).toBe(3);
    expect(b.api.clock().now).toBe(a.api.clock().now);
    expect(await podsWide(b.api)).toBe(await podsWide(a.api));
    expect(b.api.stoppedNodes()).toEqual(['minikube']);
    expect((await b.api.exec('cat notes.txt')).stdout).toBe('hi\n');
    expect(b.api.exportWorkspace().journal.slice(0, 3)).toEqual(saved.journal);
  });

  it('stops, as with Ctrl-C, a command the saved session was still running', async () => {
    const a = pageApi();
    void a.api.exec('sleep 600 && kubectl create deployment late --image=nginx');
    await a.tick(1000);
    const b = pageApi();
    expect(await b.api.importWorkspace(a.api.exportWorkspace())).toEqual({ ok: true });
    expect(b.api.exportWorkspace().journal.map((e) => e.kind)).toEqual(['exec', 'interrupt']);
    await b.tick(2000);
    expect((await b.api.exec('kubectl get deployments')).stderr).toBe('No resources found in default namespace.\n');
  });

  it.each([
    { name: 'not an object', input: 'hello', error: 'invalid workspace: expected a workspace object' },
    { name: 'another format', input: { format: 'something-else', version: 1 }, error: 'not a playground workspace' },
    { name: 'a newer version', input: { format: 'kube-playground/workspace', version: 7 }, error: 'saved by a newer version of the playground (workspace version 7; this page reads up to 1)' },
  ])('refuses $name and keeps the current session', async ({ input, error }) => {
    const { api } = pageApi();
    await api.exec('kubectl create deployment web --image=nginx');
    const r = await api.importWorkspace(input);
    expect(r.ok).toBe(false);
    expect(r.ok ? '' : r.error).toContain(error);
    expect(api.journalLength()).toBe(1);
  });

  it('refuses a headless (instant-time) workspace in a realtime page, saying why', async () => {
    const headless = createSimApi({ seed: 2 });
    await headless.exec('kubectl create deployment web --image=nginx');
    const r = await pageApi().api.importWorkspace(headless.exportWorkspace());
    expect(r).toEqual({ ok: false, error: 'this workspace was recorded with instant time (the headless shell); this session runs realtime, so it cannot continue it' });
  });

  it('reports a replay that does not reproduce the saved session', async () => {
    const a = pageApi();
    await a.api.exec('kubectl create deployment web --image=nginx');
    const ws = a.api.exportWorkspace();
    const forged = { ...ws, journal: [...ws.journal, { at: ws.clock, kind: 'interrupt' as const }] };
    const r = await pageApi().api.importWorkspace(forged);
    expect(r.ok ? '' : r.error).toMatch(/^could not restore the workspace: journal\[1\]: the replay did not reproduce the saved input/);
  });

  it('round-trips through a share link', async () => {
    const a = pageApi();
    await a.api.exec('kubectl create deployment web --image=nginx --replicas=3');
    await a.tick(4000);
    const link = await a.api.exportShareState();
    expect(link.ok).toBe(true);
    const b = pageApi();
    expect(await b.api.importShareState(link.ok ? link.text : '')).toEqual({ ok: true });
    expect(await podsWide(b.api)).toBe(await podsWide(a.api));
  });
});
