/**
 * `kubectl config view [--minify] [--raw] [-o yaml|json|jsonpath=…]`: the kubeconfig as kubectl
 * merges and prints it. Embedded certificate data prints as DATA+OMITTED unless `--raw`.
 */
import type { Command, Invocation } from '../../cmdutil/command';
import { KubectlError } from '../../cmdutil/errors';
import { messages } from '../../messages';
import { printJson, toYaml } from '../../printers';
import { base64Encode } from '../../util/base64';
import { ALLOW_MISSING_TEMPLATE_KEYS, SHOW_MANAGED_FIELDS, TEMPLATE } from '../shared/commonFlags';
import { printTemplate } from '../shared/templatePrinters';
import { byName, redacted, withEntries } from './kubeconfigEntries';

/** `--flatten`: referenced files become embedded data (the playground's stand-in bytes). */
function flattened(fields: Record<string, string | boolean>, who: string): Record<string, string | boolean> {
  const out: Record<string, string | boolean> = {};
  const files: Record<string, [string, string]> = {
    'certificate-authority': ['certificate-authority-data', 'CERTIFICATE'],
    'client-certificate': ['client-certificate-data', 'CERTIFICATE'],
    'client-key': ['client-key-data', 'RSA PRIVATE KEY'],
  };
  for (const [k, v] of Object.entries(fields)) {
    const file = files[k];
    if (file) out[file[0]] = base64Encode(`-----BEGIN ${file[1]}-----\nplayground ${who}\n-----END ${file[1]}-----\n`);
    else out[k] = v;
  }
  return out;
}

function kubeconfigObject(inv: Invocation): Record<string, unknown> {
  const { contexts, currentContext, clusters, users } = withEntries(inv.ctx.kubeconfig);
  const raw = inv.flags.bool('raw') || inv.flags.bool('flatten');
  const show = (fields: Record<string, string | boolean>, who: string) => {
    const all = inv.flags.bool('flatten') ? flattened(fields, who) : fields;
    return Object.fromEntries(Object.entries(raw ? all : redacted(all)).sort(([a], [b]) => a.localeCompare(b)));
  };
  const minify = inv.flags.bool('minify');
  const shown = minify ? contexts.filter((c) => c.name === currentContext) : contexts;
  const keep = <T extends { name: string }>(list: T[], used: string[]) => (minify ? list.filter((e) => used.includes(e.name)) : list);
  const listOrNull = <T>(list: T[]) => (list.length ? list : null);
  return {
    apiVersion: 'v1',
    clusters: listOrNull(byName(keep(clusters, shown.map((c) => c.cluster))).map((c) => ({ cluster: show(c.fields, `${c.name} CA`), name: c.name }))),
    contexts: listOrNull(byName(shown).map((c) => ({ context: { cluster: c.cluster, ...(c.namespace ? { namespace: c.namespace } : {}), user: c.user }, name: c.name }))),
    'current-context': currentContext,
    kind: 'Config',
    preferences: {},
    users: listOrNull(byName(keep(users, shown.map((c) => c.user))).map((u) => ({ name: u.name, user: show(u.fields, u.name) }))),
  };
}

export const viewCommand: Command = {
  name: 'view',
  short: 'Print the merged kubeconfig, or one kubeconfig file',
  flags: [
    { name: 'flatten', type: 'bool', usage: 'Inline the contents of referenced certificate and key files, so the output stands on its own.' },
    { name: 'merge', type: 'bool', default: true, usage: 'Combine every kubeconfig file kubectl reads into one.' },
    { name: 'minify', type: 'bool', usage: 'Keep only what the current context uses.' },
    { name: 'output', shorthand: 'o', type: 'string', default: 'yaml', usage: 'Format to print in: yaml (the default), json, or a template format such as jsonpath.' },
    { name: 'raw', type: 'bool', usage: 'Show certificates, keys and tokens instead of hiding them.' },
    TEMPLATE,
    ALLOW_MISSING_TEMPLATE_KEYS,
    SHOW_MANAGED_FIELDS,
  ],
  run(inv) {
    if (inv.flags.bool('minify') && !inv.ctx.kubeconfig.currentContext) throw new KubectlError(messages.configNoCurrentContextSet);
    const config = kubeconfigObject(inv);
    const format = inv.flags.string('output');
    if (format === 'yaml') inv.ctx.stdout.write(toYaml(config));
    else if (format === 'json') inv.ctx.stdout.write(printJson(config));
    else inv.ctx.stdout.write(printTemplate(inv.ctx, format, config, [config], false, inv.flags.string('template')));
    return 0;
  },
};
