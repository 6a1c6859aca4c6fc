/** `kubectl --help`: the words of the root page and how it groups the commands. */
import type { HelpEntry } from './types';

export const ROOT_HELP: HelpEntry = {
  long: `kubectl talks to a Kubernetes cluster: it creates, inspects, changes and deletes the objects the cluster runs.

    Reference documentation: https://kubernetes.io/docs/reference/kubectl/`,
  examples: '',
  usage: 'kubectl [flags] [options]',
};

/** kubectl's command groups, in its order; commands the playground lacks are skipped when printing. */
export const ROOT_GROUPS: readonly (readonly [title: string, names: readonly string[]])[] = [
  ['Basic Commands (Beginner)', ['create', 'expose', 'run', 'set']],
  ['Basic Commands (Intermediate)', ['explain', 'get', 'edit', 'delete']],
  ['Deploy Commands', ['rollout', 'scale', 'autoscale']],
  ['Cluster Management Commands', ['certificate', 'cluster-info', 'top', 'cordon', 'uncordon', 'drain', 'taint']],
  ['Troubleshooting and Debugging Commands', ['describe', 'logs', 'attach', 'exec', 'port-forward', 'proxy', 'cp', 'auth', 'debug', 'events']],
  ['Advanced Commands', ['diff', 'apply', 'patch', 'replace', 'wait', 'kustomize']],
  ['Settings Commands', ['label', 'annotate', 'completion']],
  ['Other Commands', ['api-resources', 'api-versions', 'config', 'plugin', 'version']],
];
