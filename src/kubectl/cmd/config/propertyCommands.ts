/**
 * `kubectl config set|unset PROPERTY_NAME [VALUE]`: a dot-separated path into kubeconfig
 * (`current-context`, `contexts.NAME.namespace`, `clusters.NAME.server`, `users.NAME.token`).
 * Setting a field of a missing entry creates the entry, as kubectl's map navigation does.
 */
import type { Command, Invocation } from '../../cmdutil/command';
import { KubectlError } from '../../cmdutil/errors';
import type { KubeContextEntry, KubeNamedEntry } from '../../context';
import { messages } from '../../messages';
import { withEntries } from './kubeconfigEntries';

const CONTEXT_FIELDS = ['cluster', 'user', 'namespace'] as const;
const CLUSTER_FIELDS = ['server', 'tls-server-name', 'insecure-skip-tls-verify', 'certificate-authority', 'certificate-authority-data', 'proxy-url'];
const USER_FIELDS = ['client-certificate', 'client-certificate-data', 'client-key', 'client-key-data', 'token', 'username', 'password'];
const SECTION_TYPES: Record<string, string> = { contexts: 'Context', clusters: 'Cluster', users: 'AuthInfo' };

function contextPath(inv: Invocation, name: string, field: string | undefined, value: string | undefined): void {
  const contexts = inv.ctx.kubeconfig.contexts;
  let context = contexts.find((c) => c.name === name);
  if (field === undefined) {
    if (value !== undefined) throw new KubectlError(messages.configCannotParse(name, ['contexts'], 'Config'));
    if (context) contexts.splice(contexts.indexOf(context), 1);
    return;
  }
  if (!(CONTEXT_FIELDS as readonly string[]).includes(field)) throw new KubectlError(messages.configCannotParse(field, ['contexts', name], 'Context'));
  if (!context) {
    if (value === undefined) throw new KubectlError(messages.configInvalidMapKey(name));
    context = { name, cluster: '', user: '' };
    contexts.push(context);
  }
  const key = field as (typeof CONTEXT_FIELDS)[number];
  if (key === 'namespace') context.namespace = value || undefined;
  else (context as KubeContextEntry)[key] = value ?? '';
}

function entryPath(list: KubeNamedEntry[], section: string, name: string, field: string | undefined, value: string | undefined): void {
  let entry = list.find((e) => e.name === name);
  if (field === undefined) {
    if (value !== undefined) throw new KubectlError(messages.configCannotParse(name, [section], 'Config'));
    if (entry) list.splice(list.indexOf(entry), 1);
    return;
  }
  const known = section === 'clusters' ? CLUSTER_FIELDS : USER_FIELDS;
  if (!known.includes(field)) throw new KubectlError(messages.configCannotParse(field, [section, name], SECTION_TYPES[section]));
  if (!entry) {
    if (value === undefined) throw new KubectlError(messages.configInvalidMapKey(name));
    entry = { name, fields: {} };
    list.push(entry);
  }
  if (value === undefined) delete entry.fields[field];
  else entry.fields[field] = field === 'insecure-skip-tls-verify' ? value === 'true' : value;
}

/** Applies `value` (undefined: unset) at `path`. */
function applyProperty(inv: Invocation, path: string, value: string | undefined): void {
  const [section, name, field, ...rest] = path.split('.');
  if (section === 'current-context' && name === undefined) {
    inv.ctx.kubeconfig.currentContext = value ?? '';
    return;
  }
  if (!SECTION_TYPES[section] || name === undefined || rest.length) throw new KubectlError(messages.configCannotParse(section, [], 'Config'));
  if (section === 'contexts') return contextPath(inv, name, field, value);
  const config = withEntries(inv.ctx.kubeconfig);
  entryPath(section === 'clusters' ? config.clusters : config.users, section, name, field, value);
}

export const setProperty: Command = {
  name: 'set',
  short: 'Write one value into kubeconfig',
  flags: [{ name: 'set-raw-bytes', type: 'bool', unavailable: true }],
  run(inv) {
    if (inv.args.length !== 2) throw new KubectlError(messages.configUnexpectedArgs(inv.args));
    applyProperty(inv, inv.args[0], inv.args[1]);
    inv.ctx.stdout.write(`${messages.configPropertySet(inv.args[0])}\n`);
    return 0;
  },
};

export const unsetProperty: Command = {
  name: 'unset',
  short: 'Remove one value from kubeconfig',
  run(inv) {
    if (inv.args.length !== 1) throw new KubectlError(messages.configUnexpectedArgs(inv.args));
    applyProperty(inv, inv.args[0], undefined);
    inv.ctx.stdout.write(`${messages.configPropertyUnset(inv.args[0])}\n`);
    return 0;
  },
};
