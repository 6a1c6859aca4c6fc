/**
 * `kubectl … --help`, laid out as kubectl v1.32's templater lays it out: description, aliases,
 * examples, subcommands, options, usage, then the pointers to more help. The words come from
 * src/kubectl/help; the flags come from the command itself, so the page lists what the
 * playground parses.
 */
import type { Command } from './command';
import type { FlagSpec } from './flags';
import { GLOBAL_FLAGS } from './globalFlags';
import { HELP, ROOT_GROUPS, GLOBAL_FLAG_TEXT } from '../help';
import type { HelpEntry } from '../help/types';

/** kubectl wraps flag descriptions to the terminal's width minus this much. */
const WRAP_OFFSET = 10;
/** The terminal width help is laid out for; the playground's terminal is at least this wide. */
const TERMINAL_WIDTH = 80;
/** cobra's minimum padding of command names in command lists. */
const MIN_NAME_PADDING = 11;

const OPTIONS_POINTER = 'Use "kubectl options" for a list of global command-line options (applies to all commands).\n';

/** The help entry key of a command path: `kubectl create secret tls` → `create secret tls`. */
export function helpKey(commandPath: string): string {
  return commandPath.split(' ').slice(1).join(' ');
}

/** Go's time.Duration String() for whole and fractional seconds: `0s`, `30s`, `1m0s`, `1h0m0s`. */
export function goDuration(seconds: number): string {
  const h = Math.floor(seconds / 3600);
  const m = Math.floor((seconds % 3600) / 60);
  const s = Number((seconds % 60).toFixed(9));
  if (h) return `${h}h${m}m${s}s`;
  if (m) return `${m}m${s}s`;
  return `${s}s`;
}

/** A flag's default as pflag prints it in help: `''`, `false`, `-1`, `[]`, `1m0s`. */
export function shownDefault(f: FlagSpec): string {
  switch (f.type) {
    case 'bool':
      return String(f.default ?? false);
    case 'int':
      return String(f.default ?? 0);
    case 'duration':
      return goDuration(typeof f.default === 'number' ? f.default : 0);
    case 'string':
      return `'${f.default ?? ''}'`;
    case 'stringToString':
      return '';
    case 'stringArray':
    case 'stringSlice':
      return `[${Array.isArray(f.default) ? f.default.join(',') : ''}]`;
  }
}

/** mitchellh/go-wordwrap: break at spaces so lines stay within `limit`; longer words stay whole. */
export function wordWrap(text: string, limit: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && line.length + 1 + word.length > limit) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}

/** Flags as help shows them: sorted by name, without those kubectl hides or the playground refuses. */
export function visibleFlags(flags: readonly FlagSpec[]): FlagSpec[] {
  return flags.filter((f) => !f.unavailable && !f.deprecated && f.name !== 'help').sort((a, b) => (a.name < b.name ? -1 : 1));
}

export function flagDescription(f: FlagSpec, entry: HelpEntry | undefined): string {
  return entry?.flags?.[f.name] ?? f.usage ?? '';
}

function flagBlock(f: FlagSpec, description: string): string {
  const names = f.shorthand ? `-${f.shorthand}, --${f.name}` : `--${f.name}`;
  const wrapped = wordWrap(description, TERMINAL_WIDTH - WRAP_OFFSET).join('\n\t');
  return `    ${names}=${shownDefault(f)}:\n\t${wrapped}\n\n`;
}

/** Joins a paragraph's source lines into one line, except `* ` list items, which keep their own. */
function paragraphLines(paragraph: string): string[] {
  const lines: string[] = [];
  for (const raw of paragraph.trim().split('\n')) {
    const line = raw.trim();
    if (lines.length && !line.startsWith('* ')) lines[lines.length - 1] += ` ${line}`;
    else lines.push(line);
  }
  return lines;
}

/** kubectl's LongDesc: paragraphs are single lines, every line after the first indented by a space. */
function description(long: string): string {
  const lines = long.trim().split(/\n\s*\n/).map((p) => paragraphLines(p).join('\n '));
  return `${lines.join('\n\n ')}\n\n`;
}

function examples(text: string): string {
  const lines = text.trim().split('\n').map((l) => `  ${l.trim()}`);
  return `Examples:\n${lines.join('\n')}\n\n`;
}

function commandList(commands: readonly Command[]): string {
  const width = Math.max(MIN_NAME_PADDING, ...commands.map((c) => c.name.length)) + 3;
  return commands.map((c) => `  ${c.name.padEnd(width)}${c.short}\n`).join('');
}

function optionsSection(command: Command, entry: HelpEntry | undefined): string {
  const flags = visibleFlags(command.flags ?? []);
  if (!flags.length) return '';
  return `Options:\n${flags.map((f) => flagBlock(f, flagDescription(f, entry))).join('')}`;
}

/** The root page without its description: what cobra prints after an unknown help topic. */
export function rootUsage(root: Command): string {
  let out = '';
  const names = ROOT_GROUPS.flatMap(([, group]) => group);
  const listed = (root.subcommands ?? []).filter((c) => names.includes(c.name));
  const width = Math.max(MIN_NAME_PADDING, ...listed.map((c) => c.name.length)) + 3;
  for (const [title, group] of ROOT_GROUPS) {
    const commands = group.map((name) => listed.find((c) => c.name === name)).filter((c): c is Command => c !== undefined);
    if (commands.length) out += `${title}:\n${commands.map((c) => `  ${c.name.padEnd(width)}${c.short}\n`).join('')}\n`;
  }
  out += 'Usage:\n  kubectl [flags] [options]\n\n';
  return `${out}Use "kubectl <command> --help" for more information about a given command.\n${OPTIONS_POINTER}`;
}

function rootHelp(root: Command, entry: HelpEntry | undefined): string {
  return (entry ? description(entry.long) : `${root.short}\n\n`) + rootUsage(root);
}

/** `kubectl options`: the flags every command accepts. */
export function globalOptionsText(): string {
  const blocks = visibleFlags(GLOBAL_FLAGS).map((f) => flagBlock(f, GLOBAL_FLAG_TEXT[f.name] ?? ''));
  return `The following options can be passed to any command:\n\n${blocks.join('')}`;
}

export function helpText(command: Command, commandPath: string): string {
  const key = helpKey(commandPath);
  const entry = HELP[key];
  if (key === '') return rootHelp(command, entry);
  let out = entry ? description(entry.long) : `${command.short}\n\n`;
  if (command.aliases?.length) out += `Aliases:\n${[command.name, ...command.aliases].join(', ')}\n\n`;
  if (entry?.examples.trim()) out += examples(entry.examples);
  const subs = command.subcommands ?? [];
  if (subs.length) out += `Available Commands:\n${commandList(subs)}\n`;
  out += optionsSection(command, entry);
  out += `Usage:\n  ${entry?.usage ?? `${commandPath} [options]`}\n\n`;
  if (subs.length) out += `Use "${commandPath} <command> --help" for more information about a given command.\n`;
  return out + OPTIONS_POINTER;
}
