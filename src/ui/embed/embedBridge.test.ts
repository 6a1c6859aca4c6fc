import { beforeEach, describe, expect, it, vi } from 'vitest';
import { create } from 'zustand';
import { useCommands } from '../state/commandStore';
import type { PlaygroundEvent } from './messages';
import { useView } from './viewStore';

const sim = vi.hoisted(() => ({ calls: [] as string[] }));
vi.mock('../state/simStore', () => ({
  useSim: create(() => ({
    profiles: ['minikube', 'multinode'],
    reset: async (p?: string) => void sim.calls.push(`reset ${p ?? ''}`),
    setPaused: async (p: boolean) => void sim.calls.push(`paused ${p}`),
    setSpeed: async (s: number) => void sim.calls.push(`speed ${s}`),
  })),
}));

const { EmbedBridge } = await import('./embedBridge');

const DECK = 'https://deck.example';

function setup(origins: string[] = []) {
  const posted: { event: PlaygroundEvent; target: string }[] = [];
  const parent = { postMessage: (event: PlaygroundEvent, target: string) => posted.push({ event, target }) } as unknown as Window;
  const bridge = new EmbedBridge(parent, origins);
  const send = (data: unknown, origin = DECK, source: unknown = parent) => bridge.receive({ data, origin, source: source as Window });
  return { bridge, posted, send, events: () => posted.map((p) => p.event) };
}

beforeEach(() => {
  sim.calls.length = 0;
  useCommands.setState({ queue: [], nextId: 1, finished: undefined });
});

describe('EmbedBridge', () => {
  it('announces ready to any parent before a handshake, then only to the allowed origin', async () => {
    const { bridge, posted, send } = setup();
    bridge.announceReady();
    expect(posted.map((p) => [p.event.type, p.target])).toEqual([['ready', '*']]);
    await send({ v: 1, type: 'init', id: 'i' });
    expect(posted.at(-1)).toEqual({ event: { v: 1, type: 'ack', id: 'i', of: 'init' }, target: DECK });
  });

  it('trusts only the first init origin when the URL names none', async () => {
    const { bridge, events, send } = setup();
    bridge.announceReady();
    await send({ v: 1, type: 'init' });
    await send({ v: 1, type: 'pause' }, 'https://other.example');
    expect(sim.calls).toEqual([]);
    await send({ v: 1, type: 'pause', id: 'p' });
    expect(sim.calls).toEqual(['paused true']);
    expect(events().at(-1)).toEqual({ v: 1, type: 'ack', id: 'p', of: 'pause' });
  });

  it('with ?origins=, refuses an init from anywhere else', async () => {
    const { bridge, posted, send } = setup([DECK]);
    bridge.announceReady();
    await send({ v: 1, type: 'init' }, 'https://other.example');
    await send({ v: 1, type: 'resume' }, 'https://other.example');
    expect(sim.calls).toEqual([]);
    expect(posted.every((p) => p.target === DECK)).toBe(true);
  });

  it('ignores messages from windows other than the parent', async () => {
    const { bridge, send } = setup([DECK]);
    bridge.announceReady();
    await send({ v: 1, type: 'pause' }, DECK, {});
    expect(sim.calls).toEqual([]);
  });

  it('answers an invalid message from an allowed origin with an error', async () => {
    const { bridge, events, send } = setup([DECK]);
    bridge.announceReady();
    await send({ v: 1, type: 'run', id: 'r', command: '' });
    expect(events().at(-1)).toMatchObject({ v: 1, type: 'error', id: 'r', message: expect.stringMatching(/command must be/) });
  });

  it('refuses commands before the playground is ready', async () => {
    const { events, send } = setup([DECK]);
    await send({ v: 1, type: 'pause', id: 'early' });
    expect(events()).toEqual([{ v: 1, type: 'error', id: 'early', message: 'not ready yet: wait for the ready event' }]);
  });

  it('runs a command through the terminal queue and reports its output under the host id', async () => {
    const { bridge, events, send } = setup([DECK]);
    bridge.announceReady();
    await send({ v: 1, type: 'run', id: 'n1', command: 'kubectl get nodes', charsPerSecond: 0 });
    const request = useCommands.getState().takeCommand();
    expect(request).toEqual({ id: 1, command: 'kubectl get nodes' });
    bridge.onCommandFinished({ requestId: request!.id, command: 'kubectl get nodes', stdout: 'NAME\n', stderr: '', exitCode: 0 });
    bridge.onCommandFinished({ command: 'ls', stdout: '', stderr: '', exitCode: 0 });
    expect(events().slice(-2)).toEqual([
      { v: 1, type: 'command-finished', id: 'n1', command: 'kubectl get nodes', stdout: 'NAME\n', stderr: '', exitCode: 0 },
      { v: 1, type: 'command-finished', command: 'ls', stdout: '', stderr: '', exitCode: 0 },
    ]);
  });

  it('types host commands at the page speed unless the message says otherwise', async () => {
    const { bridge, send } = setup([DECK]);
    bridge.announceReady();
    await send({ v: 1, type: 'run', command: 'ls' });
    await send({ v: 1, type: 'run', command: 'pwd', charsPerSecond: 12 });
    expect(useCommands.getState().queue.map((r) => r.charsPerSecond)).toEqual([useView.getState().options.speed, 12]);
  });

  it('resets to a known profile and refuses an unknown one', async () => {
    const { bridge, events, send } = setup([DECK]);
    bridge.announceReady();
    await send({ v: 1, type: 'reset', id: 'a', profile: 'multinode' });
    await send({ v: 1, type: 'reset', id: 'b', profile: 'kind' });
    expect(sim.calls).toEqual(['reset multinode']);
    expect(events().slice(-2)).toEqual([
      { v: 1, type: 'ack', id: 'a', of: 'reset' },
      { v: 1, type: 'error', id: 'b', message: 'unknown profile "kind": expected one of minikube, multinode' },
    ]);
  });

  it('sets the clock speed and moves the lesson target', async () => {
    const { bridge, send } = setup([DECK]);
    bridge.announceReady();
    await send({ v: 1, type: 'set-speed', speed: 5 });
    await send({ v: 1, type: 'goto-step', lesson: 'pods', step: 3 });
    expect(sim.calls).toEqual(['speed 5']);
    expect(useView.getState().lessonTarget).toMatchObject({ id: 'pods', step: 3 });
  });

  it('loads a state only when a loader is registered', async () => {
    const { bridge, events, send } = setup([DECK]);
    bridge.announceReady();
    await send({ v: 1, type: 'load-state', id: 's1', state: 'abc' });
    expect(events().at(-1)).toEqual({ v: 1, type: 'error', id: 's1', message: 'this playground cannot load states' });
    const loaded: string[] = [];
    useView.getState().setStateLoader(async (s) => void loaded.push(s));
    await send({ v: 1, type: 'load-state', id: 's2', state: 'abc' });
    expect(loaded).toEqual(['abc']);
    expect(events().at(-1)).toEqual({ v: 1, type: 'ack', id: 's2', of: 'load-state' });
  });
});
