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
import { useCommands } from '../../state/commandStore';
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

function backendOf(api: SimConnection): ShellBackend {
  return {
    exec: async (command, onOutput) => {
      // The graph highlights what changes while this runs: the objects the command touched.
      useHighlight.getState().beginCommand();
      try {
        return await api.exec(command, proxy((_stream: 'stdout' | 'stderr', text: string) => onOutput(text)));
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

export function Terminal() {
  const host = useRef<HTMLDivElement>(null);
  const api = useSim((s) => s.api);
  const generation = useSim((s) => s.generation);
  const theme = useTheme((s) => s.theme);
  const xterm = useRef<XTerm>(undefined);

  useEffect(() => {
    if (!api || !host.current) return;
    const term = new XTerm({
      fontFamily: "ui-monospace, 'DejaVu Sans Mono', Menlo, monospace",
      fontSize: 14,
      cursorBlink: true,
      scrollback: 5000,
      theme: THEMES[useTheme.getState().theme],
    });
    const fit = new FitAddon();
    term.loadAddon(fit);
    term.open(host.current);
    fit.fit();
    xterm.current = term;
    const session = new TerminalSession(term, backendOf(api), new History(localHistoryStorage('kube-playground.history')));
    const data = term.onData((d) => session.onData(d));
    const resize = new ResizeObserver(() => fit.fit());
    resize.observe(host.current);
    void session.start().then(() => term.focus());
    const runRequested = () => {
      for (let r = useCommands.getState().takeCommand(); r; r = useCommands.getState().takeCommand()) void session.run(r.command);
    };
    const unsubscribe = useCommands.subscribe(runRequested);
    runRequested();
    return () => {
      unsubscribe();
      resize.disconnect();
      data.dispose();
      term.dispose();
      xterm.current = undefined;
    };
  }, [api, generation]);

  useEffect(() => {
    if (xterm.current) xterm.current.options.theme = THEMES[theme];
  }, [theme]);

  return <div className="terminal-pane" data-testid="terminal" ref={host} aria-label="Terminal" />;
}
