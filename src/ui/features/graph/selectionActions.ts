/**
 * The commands behind the graph's context actions. Gestures become kubectl commands run in the
 * terminal, so the learner sees (and can repeat) what the click did.
 */
import type { Selected } from './graphSelection';

export interface GraphAction {
  label: string;
  command: string;
  danger?: boolean;
}

export function actionsFor(s: Selected): GraphAction[] {
  switch (s.kind) {
    case 'Pod':
      return [
        { label: 'Describe', command: `kubectl describe pod ${s.name} -n ${s.namespace}` },
        { label: 'Logs', command: `kubectl logs ${s.name} -n ${s.namespace}` },
        { label: 'Delete pod', command: `kubectl delete pod ${s.name} -n ${s.namespace}`, danger: true },
      ];
    case 'Node':
      return [
        { label: 'Describe', command: `kubectl describe node ${s.name}` },
        s.unschedulable ? { label: 'Uncordon', command: `kubectl uncordon ${s.name}` } : { label: 'Cordon', command: `kubectl cordon ${s.name}` },
        { label: 'Drain', command: `kubectl drain ${s.name} --ignore-daemonsets --delete-emptydir-data`, danger: true },
      ];
    case 'Deployment':
      return [
        { label: 'Describe', command: `kubectl describe deployment ${s.name} -n ${s.namespace}` },
        { label: 'Rollout status', command: `kubectl rollout status deployment/${s.name} -n ${s.namespace}` },
        { label: 'Delete', command: `kubectl delete deployment ${s.name} -n ${s.namespace}`, danger: true },
      ];
    case 'ReplicaSet':
      return [{ label: 'Describe', command: `kubectl describe replicaset ${s.name} -n ${s.namespace}` }];
    case 'Service':
      return [
        { label: 'Describe', command: `kubectl describe service ${s.name} -n ${s.namespace}` },
        { label: 'Endpoints', command: `kubectl get endpoints ${s.name} -n ${s.namespace}` },
      ];
  }
}
