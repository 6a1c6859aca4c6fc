/**
 * The admission stage: the plugins a default kube-apiserver enables that matter here, in its
 * order (NamespaceLifecycle, ServiceAccount, Priority, DefaultTolerationSeconds). `admit` is the
 * RequestPolicy.admit the composition root wires; the plugins are exported for direct tests.
 */
import type { Namespace, Pod, ServiceAccount } from 'kubernetes-types/core/v1';
import type { AdmissionDenial, AdmissionRequest } from '../policy';
import { admitDefaultTolerationSeconds } from './defaultTolerationSeconds';
import { admitNamespaceLifecycle } from './namespaceLifecycle';
import { admitPodPriority, SYSTEM_PRIORITY_CLASSES, type PriorityClassInfo, type PriorityClassLister } from './priority';
import type { PriorityClass } from 'kubernetes-types/scheduling/v1';
import { admitPodServiceAccount, podServiceAccountName } from './serviceAccount';
import { admitStorage } from './storage';

/** names.SimpleNameGenerator's alphabet: no vowels, no look-alikes. */
const NAME_SUFFIX_ALPHABET = 'bcdfghjklmnpqrstvwxz2456789';

const PRIORITYCLASSES_KEY = 'priorityclasses.scheduling.k8s.io';

/** The PriorityClass objects the cluster holds; the built-in system classes even where none were created (bare test servers). */
function priorityClasses(req: AdmissionRequest): PriorityClassLister {
  const toInfo = (pc: PriorityClass): PriorityClassInfo => ({ name: pc.metadata?.name, value: pc.value, preemptionPolicy: pc.preemptionPolicy, globalDefault: pc.globalDefault });
  return {
    get: (name) => {
      const pc = req.ctx.lookup(PRIORITYCLASSES_KEY, '', name) as PriorityClass | undefined;
      return pc ? toInfo(pc) : SYSTEM_PRIORITY_CLASSES[name];
    },
    list: () => (req.ctx.list(PRIORITYCLASSES_KEY, '') as unknown as PriorityClass[]).map(toInfo),
  };
}

function admitPod(req: AdmissionRequest): AdmissionDenial | undefined {
  const pod = req.obj as Pod;
  if (req.operation === 'CREATE') {
    const saName = podServiceAccountName(pod);
    const serviceAccount = req.ctx.lookup('serviceaccounts', req.namespace, saName) as ServiceAccount | undefined;
    const tokenVolumeSuffix = () => req.ctx.rng.string(5, NAME_SUFFIX_ALPHABET);
    const denial = admitPodServiceAccount(pod, { serviceAccount, tokenVolumeSuffix });
    if (denial) return denial;
  }
  const denial = admitPodPriority(req.operation, pod, req.old as Pod | undefined, priorityClasses(req));
  if (denial) return denial;
  admitDefaultTolerationSeconds(pod);
  return undefined;
}

export function admit(req: AdmissionRequest): AdmissionDenial | undefined {
  const namespace = req.namespace ? (req.ctx.lookup('namespaces', '', req.namespace) as Namespace | undefined) : undefined;
  const lifecycle = admitNamespaceLifecycle({ operation: req.operation, resourceKey: req.key, namespace: req.namespace, name: req.name }, namespace);
  if (lifecycle) return lifecycle;
  if (req.key === 'pods' && req.operation !== 'DELETE') return admitPod(req);
  admitStorage(req);
  return undefined;
}

export { admitNamespaceLifecycle, IMMORTAL_NAMESPACES, type NamespaceLifecycleAttributes } from './namespaceLifecycle';
export {
  admitPodServiceAccount,
  podServiceAccountName,
  tokenVolume,
  DEFAULT_API_TOKEN_MOUNT_PATH,
  type ServiceAccountAdmissionOptions,
} from './serviceAccount';
export { admitDefaultTolerationSeconds, DEFAULT_TOLERATION_SECONDS } from './defaultTolerationSeconds';
export { admitPodPriority, SYSTEM_PRIORITY_CLASSES, type PriorityClassInfo, type PriorityClassLister } from './priority';
