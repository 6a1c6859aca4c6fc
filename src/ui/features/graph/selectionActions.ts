/**
 * The graph's context actions. Most become kubectl commands run in the terminal, so the learner
 * sees (and can repeat) what the click did; powering a node off or on has no kubectl equivalent
 * (it is the machine, not the API) and goes to the simulation directly.
 */
import type { Selected } from './graphSelection';

export type GraphAction = { label: string; danger?: boolean } & ({ command: string } | { power: 'stop' | 'start'; node: string });

/** `stopped`: the selected node's kubelet is stopped. */
export function actionsFor(s: Selected, stopped = false): GraphAction[] {
  switch (s.kind) {
    case 'Pod':
      return [
        { label: 'Logs', command: `kubectl logs ${s.name} -n ${s.namespace}` },
        { label: 'Delete pod', command: `kubectl delete pod ${s.name} -n ${s.namespace}`, danger: true },
      ];
    case 'Node':
      return [
        s.unschedulable ? { label: 'Uncordon', command: `kubectl uncordon ${s.name}` } : { label: 'Cordon', command: `kubectl cordon ${s.name}` },
        { label: 'Drain', command: `kubectl drain ${s.name} --ignore-daemonsets --delete-emptydir-data`, danger: true },
        stopped ? { label: 'Start node', power: 'start', node: s.name } : { label: 'Stop node', power: 'stop', node: s.name, danger: true },
      ];
    case 'Deployment':
      return [
        { label: 'Rollout status', command: `kubectl rollout status deployment/${s.name} -n ${s.namespace}` },
        { label: 'Delete', command: `kubectl delete deployment ${s.name} -n ${s.namespace}`, danger: true },
      ];
    case 'StatefulSet':
    case 'DaemonSet':
      return [{ label: 'Rollout status', command: `kubectl rollout status ${RESOURCE[s.kind]}/${s.name} -n ${s.namespace}` }];
    case 'Job':
      return [{ label: 'Logs', command: `kubectl logs job/${s.name} -n ${s.namespace}` }];
    case 'Service':
      return [{ label: 'Endpoints', command: `kubectl get endpoints ${s.name} -n ${s.namespace}` }];
    case 'HorizontalPodAutoscaler':
      return [{ label: 'Get', command: `kubectl get hpa ${s.name} -n ${s.namespace}` }];
    case 'ReplicaSet':
    case 'Ingress':
    case 'PersistentVolumeClaim':
    case 'PersistentVolume':
      return [];
  }
}

const RESOURCE: Record<Selected['kind'], string> = {
  Pod: 'pod',
  Node: 'node',
  Deployment: 'deployment',
  ReplicaSet: 'replicaset',
  StatefulSet: 'statefulset',
  DaemonSet: 'daemonset',
  Job: 'job',
  Service: 'service',
  Ingress: 'ingress',
  HorizontalPodAutoscaler: 'horizontalpodautoscaler',
  PersistentVolumeClaim: 'persistentvolumeclaim',
  PersistentVolume: 'persistentvolume',
};

/** kubectl arguments for the inspector's tabs; cluster-scoped kinds take no namespace. */
export function inspectArgs(s: Selected, tab: 'describe' | 'yaml'): string[] {
  const target = tab === 'describe' ? ['describe', RESOURCE[s.kind], s.name] : ['get', RESOURCE[s.kind], s.name, '-o', 'yaml'];
  return 'namespace' in s ? [...target, '-n', s.namespace] : target;
}
