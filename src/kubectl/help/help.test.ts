/**
 * Every command of the tree has a help page of its own words: a description, examples and a
 * usage line, the flags the command parses and nothing else, and no line taken from kubectl's
 * help (recorded from kubectl v1.32 in testdata/kubectlHelp.json by testdata/record.py).
 */
import { describe, expect, it } from 'vitest';
import { ROOT } from '../cmd';
import type { Command } from '../cmdutil/command';
import { flagDescription, helpKey, helpText, visibleFlags } from '../cmdutil/help';
import { HELP } from '.';
import recorded from './testdata/kubectlHelp.json';

interface Recorded {
  prose: string[];
  flags: Record<string, string>;
  usage: string;
  commands: Record<string, string>;
}
const KUBECTL = recorded as Record<string, Recorded>;

function walk(command: Command, path: string): { command: Command; path: string }[] {
  return [{ command, path }, ...(command.subcommands ?? []).flatMap((c) => walk(c, `${path} ${c.name}`))];
}
const ALL = walk(ROOT, 'kubectl');
const SUBCOMMANDS = ALL.filter((c) => c.path !== 'kubectl');

/** Lines of one section of a rendered page, without the heading. */
function section(page: string, heading: string): string[] {
  const start = page.indexOf(`\n${heading}:\n`);
  if (start < 0) return [];
  const body = page.slice(start + heading.length + 3);
  const end = body.search(/\n[A-Z][A-Za-z ()]*:\n/);
  return (end < 0 ? body : body.slice(0, end)).split('\n');
}

/** An example that is just the command and at most one word (`kubectl get pods`) is syntax, which may match. */
const bareCommand = (line: string, path: string) => line.trim().startsWith(path) && line.trim().split(/\s+/).length <= path.split(' ').length + 1;

/** What a reader compares as "the same line": case, spacing and a final period do not count. */
const normal = (line: string) => line.trim().replace(/\s+/g, ' ').replace(/\.$/, '').toLowerCase();

describe('every command has a help page', () => {
  it.each(SUBCOMMANDS.map((c) => [c.path, c.command] as const))('%s', (path, command) => {
    const entry = HELP[helpKey(path)];
    expect(entry, `no help entry for "${path}"`).toBeDefined();
    expect(entry.long.trim().length).toBeGreaterThan(20);
    const lines = entry.examples.trim().split('\n').map((l) => l.trim());
    expect(lines[0]).toMatch(/^# \S/);
    expect(lines.some((l) => l.includes(path)), `no example runs "${path}"`).toBe(true);
    expect(entry.usage.startsWith(`${path} `) || entry.usage === path).toBe(true);
    const page = helpText(command, path);
    expect(section(page, 'Usage')[0]).toBe(`  ${entry.usage}`);
    expect(page.endsWith('Use "kubectl options" for a list of global command-line options (applies to all commands).\n')).toBe(true);
  });

  it('every example comment is followed by a command', () => {
    for (const [key, entry] of Object.entries(HELP)) {
      const lines = entry.examples.trim().split('\n').map((l) => l.trim());
      lines.forEach((l, i) => {
        if (l.startsWith('#')) expect(lines[i + 1] ?? '', `${key}: "${l}"`).not.toMatch(/^(#|$)/);
      });
    }
  });
});

describe('the Options section lists exactly the flags the command parses', () => {
  it.each(ALL.filter((c) => c.command.run).map((c) => [c.path, c.command] as const))('%s', (path, command) => {
    const page = helpText(command, path);
    const listed = section(page, 'Options')
      .filter((l) => l.startsWith('    -'))
      .map((l) => /--([a-z0-9-]+)=/.exec(l)?.[1]);
    const parsed = (command.flags ?? []).filter((f) => !f.unavailable && !f.deprecated).map((f) => f.name);
    expect(listed).toEqual([...parsed].sort());
    for (const f of visibleFlags(command.flags ?? [])) expect(flagDescription(f, HELP[helpKey(path)]), `--${f.name}`).not.toBe('');
    const real = KUBECTL[helpKey(path)];
    if (real) for (const name of listed) expect(Object.keys(real.flags), `--${name} is not a kubectl flag`).toContain(name);
  });
});

describe('the words are ours, not kubectl help text', () => {
  it.each(SUBCOMMANDS.filter((c) => KUBECTL[helpKey(c.path)]).map((c) => [c.path, c.command] as const))('%s', (path, command) => {
    const key = helpKey(path);
    const entry = HELP[key];
    const theirs = new Set([...KUBECTL[key].prose, ...Object.values(KUBECTL[key].flags)].map(normal));
    const page = helpText(command, path);
    const head = page.slice(0, page.search(/\n[A-Z][A-Za-z ()]*:\n/));
    const ours = [...head.split('\n'), ...section(page, 'Examples')].filter((l) => l.trim());
    for (const f of visibleFlags(command.flags ?? [])) ours.push(flagDescription(f, entry));
    for (const line of ours) if (!bareCommand(line, path)) expect(theirs.has(normal(line)), `copied: "${line.trim()}"`).toBe(false);
    for (const sub of command.subcommands ?? []) expect(normal(sub.short)).not.toBe(normal(KUBECTL[key].commands[sub.name] ?? ''));
  });

  it('the root page and the command list', () => {
    const theirs = new Set([...KUBECTL[''].prose, ...Object.values(KUBECTL[''].commands)].map(normal));
    for (const line of [...HELP[''].long.split('\n'), ...(ROOT.subcommands ?? []).map((c) => c.short)]) {
      if (line.trim()) expect(theirs.has(normal(line)), `copied: "${line.trim()}"`).toBe(false);
    }
  });
});
