/**
 * What the page's URL asks for: which panes, compact chrome for embedding, theme, language,
 * cluster profile, a lesson step, a read-only terminal, commands typed on load, the origins a
 * host page may script the playground from, the `#state=` fragment, and presenter mode with its
 * scripted demo. Parsed and validated
 * once; a value that is unknown or malformed is ignored with a warning, so a typo in a slide
 * deck still shows a working playground.
 */

export const LAYOUTS = ['full', 'terminal', 'graph', 'terminal+graph', 'lesson+terminal', 'editor+graph'] as const;
export type Layout = (typeof LAYOUTS)[number];

export const THEMES = ['light', 'dark'] as const;
export const LANGUAGES = ['en', 'ja'] as const;

export interface LessonTarget {
  id: string;
  /** 1-based, as written in the URL and in host messages. */
  step: number;
}

export interface ViewOptions {
  layout: Layout;
  /** Compact chrome for an iframe: no top bar, a badge linking to the full playground. */
  embed: boolean;
  /** Unset: the learner's remembered choice (or the system's). */
  theme?: (typeof THEMES)[number];
  lang?: (typeof LANGUAGES)[number];
  /** A cluster profile name; whether it exists is known only once the simulation answers. */
  profile?: string;
  lesson?: LessonTarget;
  /** The terminal shows commands and their output but accepts no typing. */
  readonly: boolean;
  /** Commands typed into the terminal, one after the other, once the cluster is up. */
  autorun: string[];
  /** Characters per second at which autorun and host-requested commands are typed. */
  speed: number;
  /** Origins whose postMessage commands are accepted (exact `scheme://host[:port]`). */
  origins: string[];
  /** The raw `#state=` fragment, for the workspace loader to decode. */
  state?: string;
  /** Big type, high contrast, no lesson pane: a playground projected in a room. */
  presenter: boolean;
  /** A scripted demo: commands typed one at a time when the presenter advances. */
  demo: string[];
  /** The demo advances by itself, pausing between commands. */
  demoAuto: boolean;
}

export const DEFAULT_SPEED = 40;
export const MAX_SPEED = 1000;
export const MAX_AUTORUN = 20;
export const MAX_DEMO = 50;
const MAX_COMMAND_LENGTH = 2000;

export const DEFAULT_VIEW: ViewOptions = {
  layout: 'full',
  embed: false,
  readonly: false,
  autorun: [],
  speed: DEFAULT_SPEED,
  origins: [],
  presenter: false,
  demo: [],
  demoAuto: false,
};

const NAME = /^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$/;

type Warn = (message: string) => void;

function oneOf<T extends string>(param: string, value: string | null, allowed: readonly T[], warn: Warn): T | undefined {
  if (value === null) return undefined;
  if ((allowed as readonly string[]).includes(value)) return value as T;
  warn(`ignoring ${param}=${value}: expected one of ${allowed.join(', ')}`);
  return undefined;
}

function flag(param: string, value: string | null, warn: Warn): boolean {
  if (value === null) return false;
  if (value === '1' || value === 'true' || value === '') return true;
  if (value !== '0' && value !== 'false') warn(`ignoring ${param}=${value}: expected 1 or 0`);
  return false;
}

function positiveInt(param: string, value: string, max: number, warn: Warn): number | undefined {
  const n = /^\d+$/.test(value) ? Number(value) : NaN;
  if (n >= 1 && n <= max) return n;
  warn(`ignoring ${param}=${value}: expected a whole number from 1 to ${max}`);
  return undefined;
}

function name(param: string, value: string | null, warn: Warn): string | undefined {
  if (value === null) return undefined;
  if (NAME.test(value)) return value;
  warn(`ignoring ${param}=${value}: not a valid name`);
  return undefined;
}

function lessonOf(params: URLSearchParams, warn: Warn): LessonTarget | undefined {
  const id = name('lesson', params.get('lesson'), warn);
  const step = params.get('step');
  if (!id) {
    if (step !== null) warn(`ignoring step=${step}: it needs lesson=<id>`);
    return undefined;
  }
  return { id, step: step === null ? 1 : (positiveInt('step', step, 999, warn) ?? 1) };
}

/** `;`-separated one-line commands (`autorun=`, `demo=`), at most `max`. */
export function parseCommandList(param: string, value: string | null, max: number, warn: Warn): string[] {
  if (value === null) return [];
  const commands = value
    .split(';')
    .map((c) => c.trim())
    .filter((c) => c.length > 0);
  const kept = commands.filter((c) => c.length <= MAX_COMMAND_LENGTH && !/[\r\n]/.test(c));
  if (kept.length < commands.length) warn(`ignoring ${param} commands longer than ${MAX_COMMAND_LENGTH} characters or spanning lines`);
  if (kept.length > max) warn(`ignoring ${param} commands after the first ${max}`);
  return kept.slice(0, max);
}

/** An exact origin (`https://example.com`, `http://localhost:8000`), or the opaque `null`. */
export function parseOrigin(value: string): string | undefined {
  if (value === 'null') return value;
  try {
    const url = new URL(value);
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.origin === value ? value : undefined;
  } catch {
    return undefined;
  }
}

function originsOf(value: string | null, warn: Warn): string[] {
  if (value === null) return [];
  const origins: string[] = [];
  for (const raw of value.split(',').map((o) => o.trim().replace(/\/$/, ''))) {
    const origin = parseOrigin(raw);
    if (origin) origins.push(origin);
    else if (raw) warn(`ignoring origins entry ${raw}: expected scheme://host[:port]`);
  }
  return origins;
}

function stateOf(hash: string): string | undefined {
  const m = /^#state=(.+)$/.exec(hash);
  return m ? m[1] : undefined;
}

/** `search` is `location.search`, `hash` is `location.hash`; `warn` receives one line per ignored value. */
export function parseViewOptions(search: string, hash: string, warn: Warn): ViewOptions {
  const params = new URLSearchParams(search);
  // A `+` in a query string reads as a space: `layout=terminal+graph` arrives as "terminal graph".
  const layout = params.get('layout')?.replace(/ /g, '+') ?? null;
  const speed = params.get('speed');
  return {
    layout: oneOf('layout', layout, LAYOUTS, warn) ?? 'full',
    embed: flag('embed', params.get('embed'), warn),
    theme: oneOf('theme', params.get('theme'), THEMES, warn),
    lang: oneOf('lang', params.get('lang'), LANGUAGES, warn),
    profile: name('profile', params.get('profile'), warn),
    lesson: lessonOf(params, warn),
    readonly: flag('readonly', params.get('readonly'), warn),
    autorun: parseCommandList('autorun', params.get('autorun'), MAX_AUTORUN, warn),
    speed: speed === null ? DEFAULT_SPEED : (positiveInt('speed', speed, MAX_SPEED, warn) ?? DEFAULT_SPEED),
    origins: originsOf(params.get('origins'), warn),
    state: stateOf(hash),
    presenter: flag('presenter', params.get('presenter'), warn),
    demo: parseCommandList('demo', params.get('demo'), MAX_DEMO, warn),
    demoAuto: flag('demo-auto', params.get('demo-auto'), warn),
  };
}

/** Which panes a layout shows. */
export interface Panes {
  lesson: boolean;
  graph: boolean;
  terminal: boolean;
  editor: boolean;
}

export function panesOf(layout: Layout): Panes {
  const parts = layout === 'full' ? ['lesson', 'graph', 'terminal'] : layout.split('+');
  return { lesson: parts.includes('lesson'), graph: parts.includes('graph'), terminal: parts.includes('terminal'), editor: parts.includes('editor') };
}
