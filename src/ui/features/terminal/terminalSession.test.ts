import { describe, expect, it } from 'vitest';
import type { Completion } from '../../../bridge/main/types';
import { FakeScreen } from './fakeScreen';
import { History } from './history';
import { TerminalSession, type ShellBackend } from './terminalSession';

function setup(completion: Completion = { from: 0, candidates: [] }) {
  const screen = new FakeScreen(60);
  const ran: string[] = [];
  let interrupted = 0;
  let release: (() => void) | undefined;
  const backend: ShellBackend = {
    async exec(command, onOutput) {
      ran.push(command);
      if (command === 'wait') await new Promise<void>((r) => (release = r));
      else onOutput(`ran ${command.split('\n').length} line(s)\nok`);
    },
    isIncomplete: async (text) => text.includes('<<EOF') && !text.split('\n').slice(1).includes('EOF'),
    interrupt: async () => void (interrupted++, release?.()),
    prompt: async () => '$ ',
    complete: async () => completion,
  };
  const saved: string[] = [];
  const history = new History({ load: () => [], save: (e) => saved.splice(0, saved.length, ...e) });
  const session = new TerminalSession(screen, backend, history);
  return { screen, ran, session, saved, interrupted: () => interrupted };
}

describe('TerminalSession', () => {
  it('runs a line, writes its output with CRLF and shows a new prompt on a fresh line', async () => {
    const { screen, ran, session } = setup();
    await session.start();
    session.onData('kubectl get pods\r');
    await session.idle();
    expect(ran).toEqual(['kubectl get pods']);
    expect(screen.text()).toBe('$ kubectl get pods\nran 1 line(s)\nok\n$');
  });

  it('collects continuation lines of a pasted heredoc and runs it once', async () => {
    const { screen, ran, session } = setup();
    await session.start();
    session.onData('cat <<EOF\rhello\rEOF\r');
    await session.idle();
    expect(ran).toEqual(['cat <<EOF\nhello\nEOF']);
    expect(screen.text()).toContain('$ cat <<EOF\n> hello\n> EOF\nran 3 line(s)');
  });

  it('recalls history with the up arrow and persists it', async () => {
    const { screen, session, saved } = setup();
    await session.start();
    session.onData('kubectl get nodes\r');
    await session.idle();
    session.onData('\x1b[A');
    await session.idle();
    expect(session.state().line.text).toBe('kubectl get nodes');
    expect(saved).toEqual(['kubectl get nodes']);
    expect(screen.text().split('\n').at(-1)).toBe('$ kubectl get nodes');
  });

  it('Ctrl-C interrupts a running command, leaving ^C on the screen', async () => {
    const { screen, session, interrupted } = setup();
    await session.start();
    session.onData('wait\r');
    await new Promise((r) => setTimeout(r, 0));
    session.onData('\x03');
    await session.idle();
    expect(interrupted()).toBe(1);
    expect(screen.text()).toBe('$ wait\n^C\n$');
  });

  it('Ctrl-C at the prompt abandons the line', async () => {
    const { screen, ran, session } = setup();
    await session.start();
    session.onData('kubectl get\x03');
    await session.idle();
    expect(ran).toEqual([]);
    expect(screen.text()).toBe('$ kubectl get^C\n$');
  });

  it('completes a single candidate with a trailing space', async () => {
    const { session } = setup({ from: 8, candidates: ['describe'] });
    await session.start();
    session.onData('kubectl desc\t');
    await session.idle();
    expect(session.state().line.text).toBe('kubectl describe ');
  });

  it('extends to the common prefix, then lists the candidates', async () => {
    const { screen, session } = setup({ from: 8, candidates: ['delete', 'describe'] });
    await session.start();
    session.onData('kubectl d\t');
    await session.idle();
    expect(session.state().line.text).toBe('kubectl de');
    session.onData('\t');
    await session.idle();
    expect(screen.text()).toBe('$ kubectl de\ndelete  describe\n$ kubectl de');
  });

  it('runs commands requested by other features as if typed', async () => {
    const { ran, session } = setup();
    await session.start();
    session.onData('half typed');
    await session.run('kubectl delete pod web-1');
    expect(ran).toEqual(['kubectl delete pod web-1']);
  });

  it('keeps working after a key it does not know (PageDown, F1)', async () => {
    const { session } = setup();
    await session.start();
    session.onData('ab');
    await session.idle();
    session.onData('\x1b[6~');
    session.onData('\x1bOP');
    session.onData('c');
    await session.idle();
    expect(session.state().line.text).toBe('abc');
  });

  it('types a requested command one character per pause, visibly, then runs it', async () => {
    const { screen, ran, session } = setup();
    await session.start();
    const seen: string[] = [];
    await session.typeAndRun('ls -l', async () => void seen.push(session.state().line.text));
    expect(seen).toEqual(['l', 'ls', 'ls ', 'ls -', 'ls -l']);
    expect(ran).toEqual(['ls -l']);
    expect(screen.text()).toContain('$ ls -l\nran 1 line(s)');
  });
});
