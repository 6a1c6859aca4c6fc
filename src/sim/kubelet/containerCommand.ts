/**
 * From image defaults plus the container's `command`/`args` to the program the container runs,
 * with Docker's rules: `command` replaces ENTRYPOINT (and drops CMD), `args` replaces CMD.
 */
import { builtins } from './builtins';
import { compileScript } from './compileShell';
import type { ImageConfig } from './imageTypes';
import type { Program, ShellFlavour } from './programTypes';
import { serverProgram } from './serverPrograms';

export type ContainerProgram = { ok: true; program: Program; argv: string[] } | { ok: false; argv: string[]; startError: string };

const shells = new Set(['sh', 'ash', 'bash', 'zsh']);
/** Network applets every busybox image ships; the agent's network port runs them. */
const BUSYBOX_NETWORK_APPLETS = new Set(['wget', 'nslookup', 'ping']);

export function containerArgv(config: ImageConfig, command?: string[], args?: string[]): string[] {
  if (command && command.length) return [...command, ...(args ?? [])];
  return [...config.entrypoint, ...(args && args.length ? args : config.cmd)];
}

function startError(argv: string[], detail: string): ContainerProgram {
  return {
    ok: false,
    argv,
    startError: `failed to create containerd task: failed to create shim task: OCI runtime create failed: runc create failed: unable to start container process: ${detail}: unknown`,
  };
}

/** `command -v NAME` inside the image: one of its programs, a shell, or a userland tool. */
function isCommand(config: ImageConfig, name: string): boolean {
  const base = name.replace(/^.*\//, '');
  if (config.programs[name] || config.programs[base]) return true;
  if (config.userland === 'none') return false;
  return shells.has(base) || !!builtins[base] || (config.userland === 'busybox' && BUSYBOX_NETWORK_APPLETS.has(base));
}

/**
 * curlimages/curl's /entrypoint.sh: arguments that start with a flag, or whose first word is no
 * command, are curl's (`set -- curl "$@"`); anything else is exec'd as given (`-- sleep 3600`).
 */
function curlEntrypointArgv(config: ImageConfig, args: string[]): string[] {
  const first = args[0];
  return first === undefined || first.startsWith('-') || !isCommand(config, first) ? ['curl', ...args] : args;
}

/** What a shell itself keeps resident (with its loop's short-lived children): about 1Mi in `kubectl top`. */
const SHELL_RESIDENT_BYTES = 0.8 * 1024 * 1024;

/** `stdin`: the container keeps stdin open (`kubectl run -i`), so a shell without `-c` waits instead of exiting. */
export function compileContainer(config: ImageConfig, version: string, env: Record<string, string>, command?: string[], args?: string[], stdin = false): ContainerProgram {
  const argv = containerArgv(config, command, args);
  const exe = argv[0] ?? '';
  const base = exe.replace(/^.*\//, '');
  const idle = config.idle;
  const id = config.programs[exe] ?? config.programs[base];
  if (id === 'curl-entrypoint') {
    const inner = compileContainer(config, version, env, curlEntrypointArgv(config, argv.slice(1)), [], stdin);
    return { ...inner, argv };
  }
  if (id) {
    const program = serverProgram(id, { argv, env, version }, config.userland, idle);
    if (program) return { ok: true, argv, program };
  }
  const hasUserland = config.userland !== 'none';
  if (hasUserland && shells.has(base) && (base !== 'bash' || config.hasBash)) {
    const flavour: ShellFlavour = base === 'bash' ? 'bash' : config.userland;
    const idle = { ...config.idle, memoryBytes: config.idle.memoryBytes + SHELL_RESIDENT_BYTES };
    const c = argv.indexOf('-c');
    if (c < 0) return { ok: true, argv, program: { instructions: stdin ? [{ op: 'block' }] : [], onTerm: { kind: 'ignore' }, shell: flavour, idle } };
    const compiled = compileScript(argv[c + 1] ?? '', flavour);
    const instructions = compiled.ok
      ? compiled.instructions
      : [{ op: 'print' as const, stream: 'stderr' as const, text: compiled.error }, { op: 'exit' as const, code: 2 }];
    return { ok: true, argv, program: { instructions, onTerm: { kind: 'ignore' }, shell: flavour, idle } };
  }
  const applet = config.userland === 'busybox' && BUSYBOX_NETWORK_APPLETS.has(base);
  if (hasUserland && ((builtins[base] && base !== 'exit' && base !== 'wait') || applet)) {
    const words = argv.map((a) => ({ parts: [{ kind: 'lit' as const, text: a, quoted: true }] }));
    return { ok: true, argv, program: { instructions: [{ op: 'run', pipeline: [{ assignments: [], words, redirects: [] }], background: false }], onTerm: { kind: 'ignore' }, shell: config.userland, idle } };
  }
  if (exe.startsWith('/')) return startError(argv, `exec: "${exe}": stat ${exe}: no such file or directory`);
  return startError(argv, `exec: "${exe}": executable file not found in $PATH`);
}
