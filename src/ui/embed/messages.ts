/**
 * The postMessage protocol between a host page (a slide deck, a docs site) and an embedded
 * playground. Every message carries `v: PROTOCOL_VERSION`; a message with another version, an
 * unknown type or a malformed field is refused with an `error` event instead of being guessed
 * at. Hosts correlate answers with the `id` they chose.
 */

export const PROTOCOL_VERSION = 1;

/** Host → playground. */
export type HostMessage =
  | { v: 1; type: 'init'; id?: string }
  /** `charsPerSecond`: typing speed, 0 for at once; unset, the page's `speed` parameter. */
  | { v: 1; type: 'run'; id?: string; command: string; charsPerSecond?: number }
  | { v: 1; type: 'goto-step'; id?: string; lesson: string; step: number }
  | { v: 1; type: 'reset'; id?: string; profile?: string }
  | { v: 1; type: 'pause'; id?: string }
  | { v: 1; type: 'resume'; id?: string }
  | { v: 1; type: 'set-speed'; id?: string; speed: number }
  | { v: 1; type: 'load-state'; id?: string; state: string };

export type HostMessageType = HostMessage['type'];

export interface CommandFinished {
  /** The host's id when the host asked for the command; absent for commands typed or clicked in the page. */
  id?: string;
  command: string;
  stdout: string;
  stderr: string;
  exitCode: number;
}

/** Playground → host. */
export type PlaygroundEvent =
  | { v: 1; type: 'ready'; layout: string; embed: boolean }
  | { v: 1; type: 'ack'; id?: string; of: HostMessageType }
  | { v: 1; type: 'error'; id?: string; message: string }
  | ({ v: 1; type: 'command-finished' } & CommandFinished)
  | { v: 1; type: 'step-completed'; lesson: string; step: number; stepId: string }
  | { v: 1; type: 'lesson-completed'; lesson: string }
  | { v: 1; type: 'focus-released' };

type Payload<T extends PlaygroundEvent['type']> = Omit<Extract<PlaygroundEvent, { type: T }>, 'v' | 'type'>;

export function event<T extends PlaygroundEvent['type']>(type: T, payload: Payload<T>): PlaygroundEvent {
  return { v: PROTOCOL_VERSION, type, ...payload } as PlaygroundEvent;
}

export const MAX_COMMAND_CHARS = 10_000;
export const MAX_STATE_CHARS = 1_000_000;
/** The clock's speed range: a host may pick any multiplier, not only the top bar's 1×/5×/20×. */
export const MAX_SIM_SPEED = 100;

export type Parsed = { ok: true; message: HostMessage } | { ok: false; id?: string; error: string };

type Fields = Record<string, unknown>;
type Check = (f: Fields) => string | undefined;

const text = (field: string, max: number, optional = false): Check => (f) => {
  const v = f[field];
  if (v === undefined && optional) return undefined;
  return typeof v === 'string' && v.length > 0 && v.length <= max ? undefined : `${field} must be a non-empty string of at most ${max} characters`;
};

const number = (field: string, min: number, max: number, integer: boolean, optional = false): Check => (f) => {
  const v = f[field];
  if (v === undefined && optional) return undefined;
  const ok = typeof v === 'number' && Number.isFinite(v) && v >= min && v <= max && (!integer || Number.isInteger(v));
  return ok ? undefined : `${field} must be ${integer ? 'a whole number' : 'a number'} from ${min} to ${max}`;
};

const singleLine: Check = (f) => (typeof f.command === 'string' && /[\r\n]/.test(f.command) ? 'command must be a single line' : undefined);

/** The fields each message type must carry (beyond `v`, `type` and the optional `id`). */
const SCHEMAS: Record<HostMessageType, Check[]> = {
  init: [],
  run: [text('command', MAX_COMMAND_CHARS), singleLine, number('charsPerSecond', 0, 1000, true, true)],
  'goto-step': [text('lesson', 63), number('step', 1, 999, true)],
  reset: [text('profile', 63, true)],
  pause: [],
  resume: [],
  'set-speed': [number('speed', 0.1, MAX_SIM_SPEED, false)],
  'load-state': [text('state', MAX_STATE_CHARS)],
};

const isObject = (v: unknown): v is Fields => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Validates anything a `message` event delivered; only known shapes get through. */
export function parseHostMessage(data: unknown): Parsed {
  if (!isObject(data)) return { ok: false, error: 'a message must be an object' };
  const id = typeof data.id === 'string' && data.id.length <= 200 ? data.id : undefined;
  if (data.id !== undefined && id === undefined) return { ok: false, error: 'id must be a string of at most 200 characters' };
  if (data.v !== PROTOCOL_VERSION) return { ok: false, id, error: `unsupported protocol version ${JSON.stringify(data.v)}: this playground speaks v${PROTOCOL_VERSION}` };
  const type = data.type;
  if (typeof type !== 'string' || !Object.hasOwn(SCHEMAS, type)) return { ok: false, id, error: `unknown message type ${JSON.stringify(type)}` };
  for (const check of SCHEMAS[type as HostMessageType]) {
    const problem = check(data);
    if (problem) return { ok: false, id, error: `${type}: ${problem}` };
  }
  return { ok: true, message: data as HostMessage };
}

/** Exact match against the allow-list; there are no wildcards. */
export function isAllowedOrigin(origin: string, allowed: readonly string[]): boolean {
  return allowed.includes(origin);
}
