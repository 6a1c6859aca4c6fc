/**
 * A short `--help`: the command's one-line description, its subcommands and its flags. The full
 * kubectl help pages (examples, long descriptions) are not reproduced.
 */
import type { Command } from './command';
import type { FlagSpec } from './flags';

function flagLine(f: FlagSpec): string {
  const names = f.shorthand ? `-${f.shorthand}, --${f.name}` : `    --${f.name}`;
  return `    ${names}${f.usage ? `: ${f.usage}` : ''}\n`;
}

export function helpText(command: Command, commandPath: string): string {
  let out = `${command.short}\n`;
  const subs = command.subcommands ?? [];
  if (subs.length) {
    const width = Math.max(...subs.map((c) => c.name.length)) + 2;
    out += `\nAvailable Commands:\n${subs.map((c) => `  ${c.name.padEnd(width)}${c.short}\n`).join('')}`;
  }
  const flags = command.flags ?? [];
  if (flags.length) out += `\nOptions:\n${flags.map(flagLine).join('')}`;
  out += `\nUsage:\n  ${commandPath} ${subs.length ? '[command]' : '[options]'}\n`;
  return out;
}
