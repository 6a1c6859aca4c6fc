import { certificateSigningRequestStrategy } from './certificates';
import { jobStrategy } from './jobs';
import { podStrategy } from './pods';
import { serviceStrategy } from './services';
import { defaultStrategy, type Strategy } from './strategy';
import { replicatedStrategy } from './workloads';

const withStatus: Strategy = { tracksGeneration: false, hasStatus: true };
const workload: Strategy = { tracksGeneration: true, hasStatus: true };

/** Strategy per resource key (`pods`, `deployments.apps`); anything else uses the default. */
const strategies: Record<string, Strategy> = {
  pods: podStrategy,
  services: serviceStrategy,
  'deployments.apps': replicatedStrategy,
  'replicasets.apps': replicatedStrategy,
  'statefulsets.apps': replicatedStrategy,
  replicationcontrollers: replicatedStrategy,
  'daemonsets.apps': workload,
  'jobs.batch': jobStrategy,
  'cronjobs.batch': workload,
  'poddisruptionbudgets.policy': workload,
  'horizontalpodautoscalers.autoscaling': withStatus,
  persistentvolumeclaims: withStatus,
  persistentvolumes: withStatus,
  resourcequotas: withStatus,
  'ingresses.networking.k8s.io': withStatus,
  'certificatesigningrequests.certificates.k8s.io': certificateSigningRequestStrategy,
  nodes: { ...withStatus, keepsStatusOnCreate: true },
  namespaces: { ...withStatus, prepareForCreate: (obj) => void (obj.status = { phase: 'Active' }) },
};

export function strategyFor(key: string): Strategy {
  return strategies[key] ?? defaultStrategy;
}

export { qosClass } from './pods';
export { csrApproval } from './certificates';
export type { Strategy, StrategyContext, ScaleMapping, UserInfo } from './strategy';
