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
import { endpointFor } from './clusterEndpoints';

const OMITTED = 'DATA+OMITTED';

/** Stand-in PEM blocks for `--raw`: the playground has no real keys to show. */
const pem = (kind: string, who: string) => base64Encode(`-----BEGIN ${kind}-----\nplayground ${who}\n-----END ${kind}-----\n`);

function kubeconfigObject(inv: Invocation): Record<string, unknown> {
  const { contexts, currentContext } = inv.ctx.kubeconfig;
  const raw = inv.flags.bool('raw') || inv.flags.bool('flatten');
  const shown = inv.flags.bool('minify') ? contexts.filter((c) => c.name === currentContext) : contexts;
  const clusterNames = [...new Set(shown.map((c) => c.cluster))].sort();
  const userNames = [...new Set(shown.map((c) => c.user))].sort();
  const clusters = clusterNames.map((name) => {
    const e = endpointFor(name);
    const ca = e.files ? { 'certificate-authority': e.files.ca } : { 'certificate-authority-data': raw ? pem('CERTIFICATE', `${name} CA`) : OMITTED };
    return { cluster: { ...ca, server: e.server }, name };
  });
  const users = userNames.map((name) => {
    const e = endpointFor(shown.find((c) => c.user === name)?.cluster ?? '');
    const creds = e.files
      ? { 'client-certificate': e.files.cert, 'client-key': e.files.key }
      : { 'client-certificate-data': raw ? pem('CERTIFICATE', name) : OMITTED, 'client-key-data': raw ? pem('RSA PRIVATE KEY', name) : OMITTED };
    return { name, user: creds };
  });
  return {
    apiVersion: 'v1',
    clusters,
    contexts: [...shown].sort((a, b) => a.name.localeCompare(b.name)).map((c) => ({ context: { cluster: c.cluster, ...(c.namespace ? { namespace: c.namespace } : {}), user: c.user }, name: c.name })),
    'current-context': currentContext,
    kind: 'Config',
    preferences: {},
    users,
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
