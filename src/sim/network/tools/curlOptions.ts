/** curl's command line: short flags that combine (`-sS`, `-sIL`), options with values, long names. */

export interface CurlOptions {
  urls: string[];
  silent: boolean;
  showError: boolean;
  verbose: boolean;
  include: boolean;
  head: boolean;
  location: boolean;
  fail: boolean;
  insecure: boolean;
  method?: string;
  headers: [string, string][];
  data?: string;
  output?: string;
  remoteName: boolean;
  writeOut?: string;
  maxTime?: number;
  connectTimeout?: number;
  userAgent?: string;
  /** `--resolve host:port:addr`: pins a name to an address for that port. */
  resolve: Record<string, string>;
}

const FLAGS: Record<string, keyof CurlOptions> = {
  s: 'silent',
  S: 'showError',
  v: 'verbose',
  i: 'include',
  I: 'head',
  L: 'location',
  f: 'fail',
  k: 'insecure',
  O: 'remoteName',
};
const LONG_FLAGS: Record<string, keyof CurlOptions> = {
  silent: 'silent',
  'show-error': 'showError',
  verbose: 'verbose',
  include: 'include',
  head: 'head',
  location: 'location',
  fail: 'fail',
  insecure: 'insecure',
  'remote-name': 'remoteName',
};
const VALUED: Record<string, string> = { X: 'request', H: 'header', d: 'data', o: 'output', w: 'write-out', m: 'max-time', A: 'user-agent' };
const LONG_VALUED = new Set(['resolve', 'request', 'header', 'data', 'data-raw', 'data-binary', 'output', 'write-out', 'max-time', 'connect-timeout', 'user-agent']);
/** Accepted and without effect here (HTTP/1.1 is all the sim speaks). */
const IGNORED = new Set(['http1.1', 'compressed', 'no-progress-meter', 'no-keepalive']);

export type CurlParse = { ok: true; opts: CurlOptions } | { ok: false; message: string };

function apply(opts: CurlOptions, name: string, value: string): string | undefined {
  switch (name) {
    case 'request':
      opts.method = value;
      break;
    case 'header': {
      const i = value.indexOf(':');
      if (i > 0) opts.headers.push([value.slice(0, i).trim(), value.slice(i + 1).trim()]);
      break;
    }
    case 'data':
    case 'data-raw':
    case 'data-binary':
      opts.data = opts.data === undefined ? value : `${opts.data}&${value}`;
      break;
    case 'output':
      opts.output = value;
      break;
    case 'write-out':
      opts.writeOut = value;
      break;
    case 'user-agent':
      opts.userAgent = value;
      break;
    case 'resolve': {
      const m = /^([^:]+):(\d+):(.+)$/.exec(value);
      if (!m) return `curl: option --resolve: bad argument`;
      opts.resolve[`${m[1].toLowerCase()}:${m[2]}`] = m[3];
      break;
    }
    case 'max-time':
    case 'connect-timeout': {
      const n = Number(value);
      if (!Number.isFinite(n) || n < 0) return `curl: option --${name}: expected a proper numerical parameter`;
      if (name === 'max-time') opts.maxTime = n;
      else opts.connectTimeout = n;
      break;
    }
  }
  return undefined;
}

export function parseCurlArgs(args: string[]): CurlParse {
  const opts: CurlOptions = { urls: [], silent: false, showError: false, verbose: false, include: false, head: false, location: false, fail: false, insecure: false, headers: [], remoteName: false, resolve: {} };
  const flags = opts as unknown as Record<string, unknown>;
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (a.startsWith('--') && a.length > 2) {
      const [name, inline] = a.slice(2).split(/=(.*)/s, 2);
      if (LONG_FLAGS[name]) flags[LONG_FLAGS[name]] = true;
      else if (IGNORED.has(name)) continue;
      else if (LONG_VALUED.has(name)) {
        const value = inline ?? args[++i];
        if (value === undefined) return { ok: false, message: `curl: option --${name}: requires parameter` };
        const err = apply(opts, name, value);
        if (err) return { ok: false, message: err };
      } else return { ok: false, message: `curl: option --${name}: is unknown` };
      continue;
    }
    if (a.startsWith('-') && a.length > 1) {
      for (let j = 1; j < a.length; j++) {
        const c = a[j];
        if (FLAGS[c]) flags[FLAGS[c]] = true;
        else if (VALUED[c]) {
          const value = j + 1 < a.length ? a.slice(j + 1) : args[++i];
          if (value === undefined) return { ok: false, message: `curl: option -${c}: requires parameter` };
          const err = apply(opts, VALUED[c], value);
          if (err) return { ok: false, message: err };
          break;
        } else return { ok: false, message: `curl: option -${c}: is unknown` };
      }
      continue;
    }
    opts.urls.push(a);
  }
  return { ok: true, opts };
}
