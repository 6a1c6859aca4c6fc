/**
 * `kubectl auth can-i` and `kubectl auth whoami`. The playground's user holds cluster-admin
 * (minikube's system:masters, kubeadm's kubeadm:cluster-admins), so every access review
 * answers yes, and the rules list is cluster-admin's plus what every authenticated user has.
 */
import type { Command, Invocation } from '../../cmdutil/command';
import { KubectlError } from '../../cmdutil/errors';
import { messages } from '../../messages';
import { resolveResource, type KubeObject } from '../../sim';
import { TABLE_TABWRITER, tabwrite } from '../../printers';
import { discovery } from '../../resource/builder';
import { ALL_NAMESPACES, PRINT_FLAGS } from '../shared/commonFlags';
import { checkOutputFormat, printResult } from '../shared/output';
import { usageError } from '../shared/usage';
import { currentEndpoint } from '../config/clusterEndpoints';

const DISCOVERY_URLS = ['/api/*', '/api', '/apis/*', '/apis', '/healthz', '/healthz', '/livez', '/livez', '/openapi/*', '/openapi', '/readyz', '/readyz', '/version/', '/version/', '/version', '/version'];

/** `--list` for a cluster admin: `*.*`, `[*]`, the self-review endpoints, the discovery URLs. */
function rulesTable(noHeaders: boolean): string {
  const rows = [
    '*.*\t[]\t[]\t[*]',
    '\t[*]\t[]\t[*]',
    'selfsubjectreviews.authentication.k8s.io\t[]\t[]\t[create]',
    'selfsubjectaccessreviews.authorization.k8s.io\t[]\t[]\t[create]',
    'selfsubjectrulesreviews.authorization.k8s.io\t[]\t[]\t[create]',
    ...DISCOVERY_URLS.map((url) => `\t[${url}]\t[]\t[get]`),
  ];
  const header = noHeaders ? [] : ['Resources\tNon-Resource URLs\tResource Names\tVerbs'];
  return tabwrite(`${[...header, ...rows].join('\n')}\n`, TABLE_TABWRITER);
}

function runCanI(inv: Invocation): number {
  if (inv.flags.bool('list')) {
    if (inv.args.length) throw usageError(inv.commandPath, messages.canIListArgs);
    inv.ctx.stdout.write(rulesTable(inv.flags.bool('no-headers')));
    return 0;
  }
  if (inv.args.length !== 2) throw new KubectlError(`${messages.canINeedsArgs}\n${messages.seeHelpExamples(inv.commandPath)}.`);
  const target = inv.args[1];
  if (!target.startsWith('/')) {
    const type = target.split('/')[0];
    if (!resolveResource(discovery(inv.ctx), type)) inv.ctx.stderr.write(`${messages.canIUnknownResource(type)}\n`);
  }
  if (!inv.flags.bool('quiet')) inv.ctx.stdout.write('yes\n');
  return 0;
}

const canI: Command = {
  name: 'can-i',
  short: 'Ask whether you may perform an action',
  flags: [
    ALL_NAMESPACES,
    { name: 'list', type: 'bool', usage: 'List every action you may perform instead of asking about one.' },
    { name: 'no-headers', type: 'bool', usage: 'Leave out the header row of --list.' },
    { name: 'quiet', shorthand: 'q', type: 'bool', usage: 'Print nothing; answer with the exit code only (0 for yes).' },
    { name: 'subresource', type: 'string', usage: 'Ask about a subresource, such as log of pods or scale of deployments.' },
  ],
  run: runCanI,
};

const whoami: Command = {
  name: 'whoami',
  short: 'Experimental: Show the user and groups the cluster sees for you',
  flags: PRINT_FLAGS,
  run(inv) {
    const format = inv.flags.string('output');
    checkOutputFormat(format);
    const { username, groups } = currentEndpoint(inv.ctx);
    if (!format && !inv.flags.string('template')) {
      inv.ctx.stdout.write(tabwrite(`ATTRIBUTE\tVALUE\nUsername\t${username}\nGroups\t[${groups.join(' ')}]\n`, TABLE_TABWRITER));
      return 0;
    }
    const review = {
      apiVersion: 'authentication.k8s.io/v1',
      kind: 'SelfSubjectReview',
      metadata: { creationTimestamp: new Date(inv.ctx.now()).toISOString().replace(/\.\d+Z$/, 'Z') },
      status: { userInfo: { groups, username } },
    } as unknown as KubeObject;
    const info = { group: 'authentication.k8s.io', version: 'v1', resource: 'selfsubjectreviews', kind: 'SelfSubjectReview', singular: 'selfsubjectreview', namespaced: false, shortNames: [], categories: [], verbs: ['create'], subresources: [] };
    printResult(inv, info as never, review, '', 'none');
    return 0;
  },
};

export const authCommand: Command = {
  name: 'auth',
  short: 'Check permissions and identity',
  subcommands: [canI, whoami],
};
