/**
 * The playground's side of the postMessage API (messages.ts), active only inside an iframe.
 * Messages are accepted only from the parent window and only from allowed origins: those in
 * `?origins=`, or — when the URL names none — the origin of the parent's first `init`.
 * Events go to the allowed origins only, except `ready`, which says nothing but that the
 * playground is listening and goes to any parent before a handshake.
 */
import { useCommands } from '../state/commandStore';
import { useSim } from '../state/simStore';
import { event, isAllowedOrigin, parseHostMessage, type HostMessage, type PlaygroundEvent } from './messages';
import { isTopLevel, useView } from './viewStore';

const warn = (message: string) => console.warn(`[kube-playground] ${message}`);

export class EmbedBridge {
  private readonly allowed: string[];
  private readonly fixedOrigins: boolean;
  /** Our request ids → the host's ids, for the matching `command-finished`. */
  private readonly hostRuns = new Map<number, string | undefined>();
  private ready = false;

  constructor(
    private readonly parent: Window,
    origins: readonly string[],
  ) {
    this.allowed = [...origins];
    this.fixedOrigins = origins.length > 0;
  }

  post(e: PlaygroundEvent): void {
    if (this.allowed.length === 0 && e.type === 'ready') this.parent.postMessage(e, '*');
    for (const origin of this.allowed) this.parent.postMessage(e, origin === 'null' ? '*' : origin);
  }

  announceReady(): void {
    this.ready = true;
    const { layout, embed } = useView.getState().options;
    this.post(event('ready', { layout, embed }));
  }

  onCommandFinished(f: { requestId?: number; command: string; stdout: string; stderr: string; exitCode: number }): void {
    const host = f.requestId !== undefined && this.hostRuns.has(f.requestId);
    const id = host ? this.hostRuns.get(f.requestId!) : undefined;
    if (host) this.hostRuns.delete(f.requestId!);
    this.post(event('command-finished', { ...(id !== undefined && { id }), command: f.command, stdout: f.stdout, stderr: f.stderr, exitCode: f.exitCode }));
  }

  /** One `message` event: checked for sender and origin, validated, then acted on. */
  async receive(e: Pick<MessageEvent, 'data' | 'origin' | 'source'>): Promise<void> {
    if (e.source !== this.parent) return;
    const parsed = parseHostMessage(e.data);
    const firstInit = parsed.ok && parsed.message.type === 'init' && !this.fixedOrigins && this.allowed.length === 0;
    if (firstInit) this.allowed.push(e.origin);
    if (!isAllowedOrigin(e.origin, this.allowed)) {
      warn(`ignoring a message from ${e.origin}: not an allowed origin`);
      return;
    }
    if (!parsed.ok) return this.post(event('error', { id: parsed.id, message: parsed.error }));
    const { message } = parsed;
    const { id } = message;
    if (message.type !== 'init' && !this.ready) return this.post(event('error', { id, message: 'not ready yet: wait for the ready event' }));
    try {
      const error = await this.act(message);
      if (error === undefined) this.post(event('ack', { id, of: message.type }));
      else if (error !== null) this.post(event('error', { id, message: error }));
    } catch (err) {
      this.post(event('error', { id, message: err instanceof Error ? err.message : String(err) }));
    }
  }

  /** Returns an error message, `undefined` for an ack, or null when the answer comes later. */
  private async act(m: HostMessage): Promise<string | undefined | null> {
    const sim = useSim.getState();
    switch (m.type) {
      case 'init':
        return undefined;
      case 'run': {
        const cps = m.charsPerSecond ?? useView.getState().options.speed;
        const requestId = useCommands.getState().requestCommand(m.command, { charsPerSecond: cps || undefined });
        this.hostRuns.set(requestId, m.id);
        return null;
      }
      case 'goto-step':
        useView.getState().goToLessonStep(m.lesson, m.step);
        return undefined;
      case 'reset':
        if (m.profile !== undefined && !sim.profiles.includes(m.profile)) return `unknown profile "${m.profile}": expected one of ${sim.profiles.join(', ')}`;
        await sim.reset(m.profile);
        return undefined;
      case 'pause':
      case 'resume':
        await sim.setPaused(m.type === 'pause');
        return undefined;
      case 'set-speed':
        await sim.setSpeed(m.speed);
        return undefined;
      case 'load-state': {
        const loader = useView.getState().stateLoader;
        if (!loader) return 'this playground cannot load states';
        await loader(m.state);
        return undefined;
      }
    }
  }
}

/** Starts the bridge when the page is inside a frame; returns its teardown. */
export function startEmbedBridge(): () => void {
  if (isTopLevel()) return () => undefined;
  const bridge = new EmbedBridge(window.parent, useView.getState().options.origins);
  const onMessage = (e: MessageEvent) => void bridge.receive(e);
  window.addEventListener('message', onMessage);
  const whenConnected = () => {
    if (!useSim.getState().api) return false;
    bridge.announceReady();
    return true;
  };
  const stopWaiting = whenConnected() ? () => undefined : useSim.subscribe(() => whenConnected() && stopWaiting());
  const stopCommands = useCommands.subscribe((s, prev) => {
    if (s.finished && s.finished !== prev.finished) bridge.onCommandFinished(s.finished);
  });
  const stopLessons = useView.getState().onLesson((e) => bridge.post({ v: 1, ...e }));
  const stopFocus = useView.subscribe((s, prev) => {
    if (s.focusReleases !== prev.focusReleases) bridge.post(event('focus-released', {}));
  });
  return () => {
    window.removeEventListener('message', onMessage);
    stopWaiting();
    stopCommands();
    stopLessons();
    stopFocus();
  };
}
