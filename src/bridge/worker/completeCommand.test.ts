import { describe, expect, it } from 'vitest';
import type { Command } from '../../kubectl/cmdutil/command';
import { resources, type ResourceInfo } from '../../sim';
import { completeLine, type CompletionCatalog } from './completeCommand';

const root: Command = {
  name: 'kubectl',
  short: '',
  subcommands: [
    { name: 'get', short: '', flags: [{ name: 'watch', shorthand: 'w', type: 'bool' }, { name: 'output', shorthand: 'o', type: 'string' }] },
    { name: 'delete', short: '' },
    { name: 'describe', short: '' },
    { name: 'logs', short: '', flags: [{ name: 'follow', shorthand: 'f', type: 'bool' }] },
    { name: 'rollout', short: '', subcommands: [{ name: 'status', short: '' }, { name: 'history', short: '' }] },
    { name: 'create', short: '', subcommands: [{ name: 'deployment', short: '' }] },
  ],
};

const objects: Record<string, Record<string, string[]>> = {
  pods: { default: ['web-1', 'web-2', 'db-1'], 'kube-system': ['coredns-1'] },
  deployments: { default: ['web'] },
  namespaces: { '': ['default', 'kube-system'] },
};

const catalog: CompletionCatalog = {
  root,
  globalFlags: [{ name: 'namespace', shorthand: 'n', type: 'string' }],
  resources: [resources.PODS, resources.DEPLOYMENTS, resources.NAMESPACES, resources.NODES],
  names: (r: ResourceInfo, ns: string) => objects[r.resource]?.[r.namespaced ? ns : ''] ?? [],
};

describe('completeLine', () => {
  const cases: { name: string; line: string; want: string[]; from?: number }[] = [
    { name: 'the command name', line: 'kub', want: ['kubectl'], from: 0 },
    { name: 'verbs', line: 'kubectl de', want: ['delete', 'describe'], from: 8 },
    { name: 'subcommands', line: 'kubectl rollout s', want: ['status'] },
    { name: 'resource types by plural, singular and short name', line: 'kubectl get deploy', want: ['deploy', 'deployment', 'deployments'] },
    { name: 'object names after a type', line: 'kubectl delete pod web', want: ['web-1', 'web-2'] },
    { name: 'type/name', line: 'kubectl describe deploy/w', want: ['deploy/web'] },
    { name: 'names in the namespace given with -n', line: 'kubectl get pods -n kube-system c', want: ['coredns-1'] },
    { name: 'names in the namespace given with --namespace=', line: 'kubectl get pods --namespace=kube-system ', want: ['coredns-1'] },
    { name: 'namespaces after -n', line: 'kubectl get pods -n k', want: ['kube-system'] },
    { name: 'pods for logs', line: 'kubectl logs d', want: ['db-1'] },
    { name: 'flags of the verb and global flags', line: 'kubectl get pods --', want: ['--namespace', '--output', '--watch'] },
    { name: 'output formats after -o', line: 'kubectl get pods -o y', want: ['yaml'] },
    { name: 'nothing for names being created', line: 'kubectl create deployment w', want: [] },
    { name: 'nothing for other programs', line: 'grep we', want: [] },
    { name: 'kubectl after a pipe', line: 'echo x | kubectl ge', want: ['get'] },
    { name: 'a boolean flag takes no value', line: 'kubectl get -w po', want: ['po', 'pod', 'pods'] },
  ];
  it.each(cases)('$name', ({ line, want, from }) => {
    const got = completeLine(line, line.length, catalog);
    expect(got.candidates).toEqual(want);
    if (from !== undefined) expect(got.from).toBe(from);
  });

  it('completes at the cursor, not at the end of the line', () => {
    expect(completeLine('kubectl ge pods', 10, catalog)).toEqual({ from: 8, candidates: ['get'] });
  });
});
