/**
 * The xterm.js terminal over the shell in the Worker. The conversation itself lives in
 * TerminalSession; this component owns the xterm instance, sizing, theme, and hands it the
 * commands other features request.
 */
import { FitAddon } from '@xterm/addon-fit';
import { Terminal as XTerm, type ITheme } from '@xterm/xterm';
import '@xterm/xterm/css/xterm.css';
import { proxy } from 'comlink';
import { useEffect, useRef } from 'react';
import type { SimConnection } from '../../../bridge/main/connectSim';
import { guardTerminalKeys } from '../../embed/terminalKeys';
import { mayTakeFocus, useView } from '../../embed/viewStore';
import { terminalFontSize, usePresenter } from '../../presenter/presenterStore';
import { useCommands, type CommandRequest } from '../../state/commandStore';
import { useHighlight } from '../../state/highlightStore';
import { useSim } from '../../state/simStore';
import { useTheme, type Theme } from '../../state/themeStore';
import { History, localHistoryStorage } from './history';
import { TerminalSession, type ShellBackend } from './terminalSession';
import './terminal.css';

const THEMES: Record<Theme, ITheme> = {
  dark: { background: '#0b1220', foreground: '#e2e8f0', cursor: '#93c5fd', selectionBackground: '#334155' },
  light: { background: '#ffffff', foreground: '#1e293b', cursor: '#2563eb', selectionBackground: '#bfdbfe', green: '#15803d' },
};

/** `requestId()`: the request being run, if the command came from another feature or a host page. */
function backendOf(api: SimConnection, requestId: () => number | undefined): ShellBackend {
  return {
    exec: async (command, onOutput) => {
      // The graph highlights what changes while this runs: the objects the command touched.
      useHighlight.getState().beginCommand();
      try {
        const result = await api.exec(command, proxy((_stream: 'stdout' | 'stderr', text: string) => onOutput(text)));
        useCommands.getState().noteFinished({ requestId: requestId(), command, stdout: result.stdout, stderr: result.stderr, exitCode: result.exitCode });
        return result;
      } finally {
        useHighlight.getState().endCommand();
      }
    },
    isIncomplete: async (text) => api.isIncomplete(text),
    interrupt: async () => api.interrupt(),
    prompt: async () => api.prompt(),
    complete: async (line, cursor) => api.complete(line, cursor),
  };
}

function runRequest(session: TerminalSession, request: CommandRequest): Promise<void> {
  const cps = request.charsPerSecond;
  if (!cps) return session.run(request.command);
  return session.typeAndRun(request.command, () => new Promise((r) => setTimeout(r, 1000 / cps)));
}

export function Terminal() {
  const host = useRef<HTMLDivElement>(null);
  const api = useSim((s) => s.api);
  const generation = useSim((s) => s.generation);
  const theme = useTheme((s) => s.theme);
  const xterm = useRef<XTerm>(undefined);

  useEffect(() => {
    if (!api || !host.current) return;
    const { readonly } = useView.getState().options;
    const term = new XTerm({
      fontFamily: "ui-monospace, 'DejaVu Sans Mono', Menlo, monospace",
      fontSize: terminalFontSize(usePresenter.getState().on),
      cursorBlink: !readonly,
      disableStdin: readonly,
      scrollback: 5000,
      theme: THEMES[useTheme.getState().theme],
    });
    const fit = new FitAddon();
    term.loadAddon(fit);
    term.open(host.current);
    // A read-only terminal has no cursor to type at.
    if (readonly) term.write('\x1b[?25l');
    fit.fit();
    xterm.current = term;
    let running: number | undefined;
    const session = new TerminalSession(term, backendOf(api, () => running), new History(localHistoryStorage('kube-playground.history')));
    const data = term.onData((d) => session.onData(d));
    const resize = new ResizeObserver(() => fit.fit());
    resize.observe(host.current);
    // Presenter mode's big type: fewer columns and rows in the same pane.
    const unpresent = usePresenter.subscribe((s, prev) => {
      if (s.on === prev.on) return;
      term.options.fontSize = terminalFontSize(s.on);
      fit.fit();
    });
    const unguard = guardTerminalKeys(host.current);
    const started = session.start();
    // Inside an iframe the keyboard stays with the host page until the learner clicks here.
    void started.then(() => mayTakeFocus() && !readonly && term.focus());
    // Requests run one after the other, in order, once the first prompt is on the screen.
    let queue = started;
    const runRequested = () => {
      for (let r = useCommands.getState().takeCommand(); r; r = useCommands.getState().takeCommand()) {
        const request = r;
        queue = queue.then(async () => {
          running = request.id;
          await runRequest(session, request).finally(() => (running = undefined));
        });
      }
    };
    // Only a growing queue: taking a request shrinks it, and must not re-enter the loop.
    const unsubscribe = useCommands.subscribe((s, prev) => s.queue.length > prev.queue.length && runRequested());
    runRequested();
    return () => {
      unsubscribe();
      unpresent();
      unguard();
      resize.disconnect();
      data.dispose();
      term.dispose();
      xterm.current = undefined;
    };
  }, [api, generation]);

  useEffect(() => {
    if (xterm.current) xterm.current.options.theme = THEMES[theme];
  }, [theme]);

  const readonly = useView((s) => s.options.readonly);
  return <div className="terminal-pane" data-testid="terminal" data-readonly={readonly || undefined} ref={host} aria-label={readonly ? 'Terminal (read-only)' : 'Terminal'} title={readonly ? 'Read-only: commands are typed for you' : undefined} />;
}
