/**
 * `kubectl config set-cluster|set-credentials|delete-context|delete-cluster|delete-user|
 * rename-context|get-clusters|get-users`: edit the cluster, user and context entries of the
 * playground's kubeconfig, merging new fields over existing ones as kubectl does.
 */
import type { Command, Invocation } from '../../cmdutil/command';
import { KubectlError } from '../../cmdutil/errors';
import type { FlagSpec } from '../../cmdutil/flags';
import type { KubeNamedEntry } from '../../context';
import { messages } from '../../messages';
import { base64Encode } from '../../util/base64';
import { byName, KUBECONFIG_PATH, withEntries } from './kubeconfigEntries';

const str = (name: string): FlagSpec => ({ name, type: 'string' });
const bool = (name: string): FlagSpec => ({ name, type: 'bool' });

function oneName(inv: Invocation, lower = false): string {
  if (inv.args.length !== 1) throw new KubectlError(lower ? messages.configLowerUnexpectedArgs(inv.args) : messages.configUnexpectedArgs(inv.args));
  return inv.args[0];
}

/** `--embed-certs`: the file's bytes go into the `-data` field instead of its path. */
function fileField(inv: Invocation, flag: string, fields: KubeNamedEntry['fields']): void {
  if (!inv.flags.changed(flag)) return;
  const path = inv.flags.string(flag);
  if (!inv.flags.bool('embed-certs')) {
    fields[flag] = path;
    delete fields[`${flag}-data`];
    return;
  }
  const data = inv.ctx.readFile(path);
  if (data === undefined) throw new KubectlError(`could not read ${flag} data from ${path}: open ${path}: no such file or directory`);
  fields[`${flag}-data`] = base64Encode(data);
  delete fields[flag];
}

function entry(list: KubeNamedEntry[], name: string): KubeNamedEntry {
  const found = list.find((e) => e.name === name);
  if (found) return found;
  const created = { name, fields: {} };
  list.push(created);
  return created;
}

const setCluster: Command = {
  name: 'set-cluster',
  short: 'Add or change a cluster entry in kubeconfig',
  flags: [str('server'), str('certificate-authority'), bool('embed-certs'), bool('insecure-skip-tls-verify'), str('tls-server-name'), str('proxy-url')],
  run(inv) {
    const name = oneName(inv);
    const config = withEntries(inv.ctx.kubeconfig);
    if (inv.flags.bool('insecure-skip-tls-verify') && inv.flags.string('certificate-authority')) throw new KubectlError(messages.configCaAndInsecure);
    const fields = entry(config.clusters, name).fields;
    for (const flag of ['server', 'tls-server-name', 'proxy-url']) if (inv.flags.changed(flag)) fields[flag] = inv.flags.string(flag);
    if (inv.flags.changed('insecure-skip-tls-verify')) {
      fields['insecure-skip-tls-verify'] = inv.flags.bool('insecure-skip-tls-verify');
      // Skipping verification and trusting a CA exclude each other.
      if (inv.flags.bool('insecure-skip-tls-verify')) for (const k of ['certificate-authority', 'certificate-authority-data']) delete fields[k];
    }
    fileField(inv, 'certificate-authority', fields);
    inv.ctx.stdout.write(`${messages.configClusterSet(name)}\n`);
    return 0;
  },
};

const setCredentials: Command = {
  name: 'set-credentials',
  short: 'Add or change a user entry in kubeconfig',
  flags: [
    str('client-certificate'), str('client-key'), bool('embed-certs'), str('token'), str('username'), str('password'),
    { name: 'auth-provider', type: 'string', unavailable: true },
    { name: 'auth-provider-arg', type: 'stringSlice', unavailable: true },
    { name: 'exec-command', type: 'string', unavailable: true },
    { name: 'exec-api-version', type: 'string', unavailable: true },
    { name: 'exec-arg', type: 'stringSlice', unavailable: true },
    { name: 'exec-env', type: 'stringArray', unavailable: true },
    { name: 'exec-interactive-mode', type: 'string', unavailable: true },
    { name: 'exec-provide-cluster-info', type: 'bool', unavailable: true },
  ],
  run(inv) {
    const name = oneName(inv, true);
    const f = inv.flags;
    if (f.string('token') && (f.string('username') || f.string('password'))) throw new KubectlError(messages.configTwoAuthMethods);
    const fields = entry(withEntries(inv.ctx.kubeconfig).users, name).fields;
    for (const flag of ['token', 'username', 'password']) if (f.changed(flag)) fields[flag] = f.string(flag);
    fileField(inv, 'client-certificate', fields);
    fileField(inv, 'client-key', fields);
    inv.ctx.stdout.write(`${messages.configUserSet(name)}\n`);
    return 0;
  },
};

function deleteEntry(what: 'cluster' | 'user'): Command {
  return {
    name: `delete-${what}`,
    short: `Remove a ${what} entry from kubeconfig`,
    run(inv) {
      const name = oneName(inv);
      const config = withEntries(inv.ctx.kubeconfig);
      const list = what === 'cluster' ? config.clusters : config.users;
      const i = list.findIndex((e) => e.name === name);
      if (i < 0) throw new KubectlError(messages.configCannotDelete(what, name, KUBECONFIG_PATH));
      list.splice(i, 1);
      inv.ctx.stdout.write(`${messages.configDeleted(what, name, KUBECONFIG_PATH)}\n`);
      return 0;
    },
  };
}

const deleteContext: Command = {
  name: 'delete-context',
  short: 'Remove a context from kubeconfig',
  run(inv) {
    const name = oneName(inv);
    const config = inv.ctx.kubeconfig;
    const i = config.contexts.findIndex((c) => c.name === name);
    if (i < 0) throw new KubectlError(messages.configCannotDelete('context', name, KUBECONFIG_PATH));
    if (config.currentContext === name) inv.ctx.stderr.write(`${messages.configRemovedActive}\n`);
    config.contexts.splice(i, 1);
    inv.ctx.stdout.write(`${messages.configDeleted('context', name, KUBECONFIG_PATH)}\n`);
    return 0;
  },
};

const renameContext: Command = {
  name: 'rename-context',
  short: 'Give a context in kubeconfig a new name',
  run(inv) {
    if (inv.args.length !== 2) throw new KubectlError(messages.configUnexpectedArgs(inv.args));
    const [from, to] = inv.args;
    const config = inv.ctx.kubeconfig;
    const context = config.contexts.find((c) => c.name === from);
    if (!context) throw new KubectlError(messages.configRenameMissing(from, KUBECONFIG_PATH));
    if (config.contexts.some((c) => c.name === to)) throw new KubectlError(messages.configRenameExists(from, to, KUBECONFIG_PATH));
    context.name = to;
    if (config.currentContext === from) config.currentContext = to;
    inv.ctx.stdout.write(`${messages.configRenamed(from, to)}\n`);
    return 0;
  },
};

function listNames(what: 'clusters' | 'users'): Command {
  return {
    name: `get-${what}`,
    short: `List the ${what} in kubeconfig`,
    run(inv) {
      const list = byName(withEntries(inv.ctx.kubeconfig)[what]);
      inv.ctx.stdout.write(['NAME', ...list.map((e) => e.name)].map((l) => `${l}\n`).join(''));
      return 0;
    },
  };
}

export const entryCommands: Command[] = [
  deleteEntry('cluster'),
  deleteContext,
  deleteEntry('user'),
  listNames('clusters'),
  listNames('users'),
  renameContext,
  setCluster,
  setCredentials,
];
