/**
 * The ServiceAccount admission plugin, on pod creation: every pod runs as a service account
 * (`default` unless named), which must exist, and gets its API token mounted as the projected
 * `kube-api-access-xxxxx` volume in every container, unless automounting is turned off.
 */
import type { Container, Pod, ServiceAccount, Volume } from 'kubernetes-types/core/v1';
import type { AdmissionDenial } from '../policy';

export const DEFAULT_SERVICE_ACCOUNT_NAME = 'default';
export const SERVICE_ACCOUNT_VOLUME_PREFIX = 'kube-api-access-';
export const DEFAULT_API_TOKEN_MOUNT_PATH = '/var/run/secrets/kubernetes.io/serviceaccount';
export const ROOT_CA_CONFIGMAP = 'kube-root-ca.crt';
/** An hour plus 7 s: kube-apiserver's marker for tokens it may warn about when used late. */
const WARN_ONLY_BOUND_TOKEN_EXPIRATION_SECONDS = 3607;
const PROJECTED_DEFAULT_MODE = 420;

export interface ServiceAccountAdmissionOptions {
  /** The pod's service account as read from the cluster, undefined when it does not exist. */
  serviceAccount: ServiceAccount | undefined;
  /** Five random characters for a new token volume's name; called only when one is added. */
  tokenVolumeSuffix: () => string;
}

/** The service account the pod will run as, once admitted: what the caller should look up. */
export function podServiceAccountName(pod: Pod): string {
  return pod.spec?.serviceAccountName || pod.spec?.serviceAccount || DEFAULT_SERVICE_ACCOUNT_NAME;
}

export function tokenVolume(name: string): Volume {
  return {
    name,
    projected: {
      defaultMode: PROJECTED_DEFAULT_MODE,
      sources: [
        { serviceAccountToken: { expirationSeconds: WARN_ONLY_BOUND_TOKEN_EXPIRATION_SECONDS, path: 'token' } },
        { configMap: { name: ROOT_CA_CONFIGMAP, items: [{ key: 'ca.crt', path: 'ca.crt' }] } },
        { downwardAPI: { items: [{ path: 'namespace', fieldRef: { apiVersion: 'v1', fieldPath: 'metadata.namespace' } }] } },
      ],
    },
  };
}

/** The pod's own setting wins over the service account's; both unset means mount. */
function shouldAutomount(sa: ServiceAccount, pod: Pod): boolean {
  return pod.spec?.automountServiceAccountToken ?? sa.automountServiceAccountToken ?? true;
}

function mountServiceAccountToken(pod: Pod, suffix: () => string): void {
  const spec = pod.spec!;
  const existing = (spec.volumes ?? []).find((v) => v.name.startsWith(SERVICE_ACCOUNT_VOLUME_PREFIX));
  const volumeName = existing?.name ?? SERVICE_ACCOUNT_VOLUME_PREFIX + suffix();
  let needsVolume = false;
  const mountInto = (c: Container) => {
    // A container that already mounts something at the token path keeps its own mount.
    if ((c.volumeMounts ?? []).some((m) => m.mountPath === DEFAULT_API_TOKEN_MOUNT_PATH)) return;
    (c.volumeMounts ??= []).push({ name: volumeName, readOnly: true, mountPath: DEFAULT_API_TOKEN_MOUNT_PATH });
    needsVolume = true;
  };
  (spec.initContainers ?? []).forEach(mountInto);
  (spec.containers ?? []).forEach(mountInto);
  if (!existing && needsVolume) (spec.volumes ??= []).push(tokenVolume(volumeName));
}

/** Mutates a pod being created; returns the refusal when its service account does not exist. */
export function admitPodServiceAccount(pod: Pod, opts: ServiceAccountAdmissionOptions): AdmissionDenial | undefined {
  const spec = (pod.spec ??= { containers: [] });
  const name = podServiceAccountName(pod);
  spec.serviceAccountName = name;
  spec.serviceAccount = name;
  const sa = opts.serviceAccount;
  if (!sa) {
    const namespace = pod.metadata?.namespace ?? '';
    return { reason: 'Forbidden', message: `error looking up service account ${namespace}/${name}: serviceaccount "${name}" not found` };
  }
  if (shouldAutomount(sa, pod)) mountServiceAccountToken(pod, opts.tokenVolumeSuffix);
  if (!spec.imagePullSecrets?.length && sa.imagePullSecrets?.length) {
    spec.imagePullSecrets = sa.imagePullSecrets.map((s) => ({ name: s.name }));
  }
  return undefined;
}
