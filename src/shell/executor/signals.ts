/**
 * Linux signal numbers and names, for `kill` and for how `jobs` describes a job a signal ended.
 * Every signal whose default action ends a process ends a job here; the ones a process ignores
 * by default (SIGCHLD, SIGCONT, SIGURG, SIGWINCH) change nothing, and jobs cannot be stopped.
 */

const CLASSIC = ['HUP', 'INT', 'QUIT', 'ILL', 'TRAP', 'ABRT', 'BUS', 'FPE', 'KILL', 'USR1', 'SEGV', 'USR2', 'PIPE', 'ALRM', 'TERM', 'STKFLT', 'CHLD', 'CONT', 'STOP', 'TSTP', 'TTIN', 'TTOU', 'URG', 'XCPU', 'XFSZ', 'VTALRM', 'PROF', 'WINCH', 'IO', 'PWR', 'SYS'];
const RTMIN = 34;
const RTMAX = 64;

export const SIGINT = 2;
export const SIGTERM = 15;

/** Signals whose default action does not end the process. */
const HARMLESS = new Set(['CHLD', 'CONT', 'URG', 'WINCH', 'STOP', 'TSTP', 'TTIN', 'TTOU']);

/** What `jobs` prints for a job the signal ended (strsignal's words, as bash shows them). */
const DESCRIPTIONS: Record<string, string> = {
  HUP: 'Hangup',
  INT: 'Interrupt',
  QUIT: 'Quit',
  ILL: 'Illegal instruction',
  TRAP: 'Trace/breakpoint trap',
  ABRT: 'Aborted',
  BUS: 'Bus error',
  FPE: 'Floating point exception',
  KILL: 'Killed',
  USR1: 'User defined signal 1',
  SEGV: 'Segmentation fault',
  USR2: 'User defined signal 2',
  PIPE: 'Broken pipe',
  ALRM: 'Alarm clock',
  TERM: 'Terminated',
};

/** The name without `SIG` of signal `n`, or undefined when Linux has no such signal. */
export function signalName(n: number): string | undefined {
  if (n >= 1 && n <= CLASSIC.length) return CLASSIC[n - 1];
  if (n === RTMIN) return 'RTMIN';
  if (n === RTMAX) return 'RTMAX';
  if (n > RTMIN && n <= RTMIN + 15) return `RTMIN+${n - RTMIN}`;
  if (n > RTMIN + 15 && n < RTMAX) return `RTMAX-${RTMAX - n}`;
  return undefined;
}

/** Parses `TERM`, `SIGTERM`, `term` or `15` (0 is the "does it exist" probe); undefined when invalid. */
export function parseSignal(spec: string): number | undefined {
  if (/^\d+$/.test(spec)) {
    const n = Number(spec);
    return n === 0 || signalName(n) ? n : undefined;
  }
  const name = spec.toUpperCase().replace(/^SIG/, '');
  for (let n = 1; n <= RTMAX; n++) if (signalName(n) === name) return n;
  return undefined;
}

export function endsProcess(n: number): boolean {
  return n !== 0 && !HARMLESS.has(signalName(n) ?? '');
}

export function describeSignal(n: number): string {
  return DESCRIPTIONS[signalName(n) ?? ''] ?? `Signal ${n}`;
}

/** `kill -l`: ` 1) SIGHUP` … five to a line, tab-separated, as bash prints it. */
export function signalTable(): string {
  const entries: string[] = [];
  for (let n = 1; n <= RTMAX; n++) {
    const name = signalName(n);
    if (name) entries.push(`${String(n).padStart(2)}) SIG${name}`);
  }
  let out = '';
  entries.forEach((e, i) => (out += e + ((i + 1) % 5 === 0 ? '\n' : '\t')));
  return out.endsWith('\n') ? out : `${out}\n`;
}
