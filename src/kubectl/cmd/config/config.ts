/**
 * `kubectl config current-context|get-contexts|use-context|set-context|view`: reads and edits the
 * playground's kubeconfig (contexts and their default namespace).
 */
import type { Command, Invocation } from '../../cmdutil/command';
import { KubectlError } from '../../cmdutil/errors';
import { messages } from '../../messages';
import { TABLE_TABWRITER, tabwrite } from '../../printers';
import { defaultSubCommandRun } from '../shared/subcommandRun';
import { entryCommands } from './entryCommands';
import { setProperty, unsetProperty } from './propertyCommands';
import { viewCommand } from './view';

const currentContext: Command = {
  name: 'current-context',
  short: 'Print the name of the context in use',
  run(inv) {
    if (!inv.ctx.kubeconfig.currentContext) throw new KubectlError(messages.configNoCurrentContext);
    inv.ctx.stdout.write(`${inv.ctx.kubeconfig.currentContext}\n`);
    return 0;
  },
};

function runGetContexts(inv: Invocation): number {
  const { contexts, currentContext: current } = inv.ctx.kubeconfig;
  const wanted = [...(inv.args.length ? contexts.filter((c) => inv.args.includes(c.name)) : contexts)].sort((a, b) => a.name.localeCompare(b.name));
  const missing = inv.args.filter((a) => !contexts.some((c) => c.name === a));
  if (inv.flags.string('output') === 'name') {
    inv.ctx.stdout.write(wanted.map((c) => `${c.name}\n`).join(''));
  } else {
    const rows = wanted.map((c) => `${c.name === current ? '*' : ''}\t${c.name}\t${c.cluster}\t${c.user}\t${c.namespace ?? ''}\n`);
    const header = inv.flags.bool('no-headers') ? '' : 'CURRENT\tNAME\tCLUSTER\tAUTHINFO\tNAMESPACE\n';
    inv.ctx.stdout.write(tabwrite(header + rows.join(''), TABLE_TABWRITER));
  }
  if (missing.length) throw new KubectlError(messages.configContextNotFound(missing[0]));
  return 0;
}

const getContexts: Command = {
  name: 'get-contexts',
  short: 'List the contexts in kubeconfig',
  flags: [{ name: 'output', shorthand: 'o', type: 'string' }, { name: 'no-headers', type: 'bool' }],
  run: runGetContexts,
};

const useContext: Command = {
  name: 'use-context',
  aliases: ['use'],
  short: 'Switch to another context',
  run(inv) {
    if (inv.args.length !== 1) throw new KubectlError(messages.configUnexpectedArgs(inv.args));
    const name = inv.args[0];
    if (!inv.ctx.kubeconfig.contexts.some((c) => c.name === name)) throw new KubectlError(messages.configNoContext(name));
    inv.ctx.kubeconfig.currentContext = name;
    inv.ctx.stdout.write(`${messages.configSwitched(name)}\n`);
    return 0;
  },
};

function runSetContext(inv: Invocation): number {
  const name = inv.flags.bool('current') ? inv.ctx.kubeconfig.currentContext : inv.args[0];
  if (inv.flags.bool('current') && inv.args.length) throw new KubectlError(messages.configCurrentAndName);
  if (!name) throw new KubectlError(messages.configNoCurrentContextSet);
  const existing = inv.ctx.kubeconfig.contexts.find((c) => c.name === name);
  const entry = existing ?? { name, cluster: '', user: '' };
  if (inv.flags.changed('cluster')) entry.cluster = inv.flags.string('cluster');
  if (inv.flags.changed('user')) entry.user = inv.flags.string('user');
  if (inv.flags.changed('namespace')) entry.namespace = inv.flags.string('namespace') || undefined;
  if (!existing) inv.ctx.kubeconfig.contexts.push(entry);
  inv.ctx.stdout.write(`${existing ? messages.configModified(name) : messages.configCreated(name)}\n`);
  return 0;
}

const setContext: Command = {
  name: 'set-context',
  short: 'Create or change a context in kubeconfig',
  flags: [{ name: 'current', type: 'bool', usage: 'Change the context in use instead of naming one.' }],
  run: runSetContext,
};

export const configCommand: Command = {
  name: 'config',
  short: 'Read and change kubeconfig',
  subcommands: [currentContext, ...entryCommands, getContexts, setProperty, setContext, unsetProperty, useContext, viewCommand],
  run: defaultSubCommandRun(() => configCommand),
};
