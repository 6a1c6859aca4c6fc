import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import type { Namespace, Pod, ServiceAccount } from 'kubernetes-types/core/v1';
import { ManualClock } from '../../../common/clock';
import { Rng } from '../../../common/rng';
import type { KubeObject, Stored } from '../../api/types';
import { applyDefaults } from '../defaults';
import type { AdmissionRequest, Operation } from '../policy';
import { validateCreate } from '../validation';
import { admit, admitDefaultTolerationSeconds, admitNamespaceLifecycle, admitPodPriority, admitPodServiceAccount } from './index';

const activeNs: Namespace = { metadata: { name: 'dev' }, status: { phase: 'Active' } };
const terminatingNs: Namespace = { metadata: { name: 'dev' }, status: { phase: 'Terminating' } };

describe('admitNamespaceLifecycle', () => {
  it.each<[string, Operation, string, string, string, Namespace | undefined, object | undefined]>([
    ['create in an active namespace', 'CREATE', 'pods', 'dev', 'p', activeNs, undefined],
    ['create in a missing namespace', 'CREATE', 'pods', 'nope', 'p', undefined, { reason: 'NotFound', message: 'namespaces "nope" not found' }],
    ['update in a missing namespace', 'UPDATE', 'pods', 'nope', 'p', undefined, { reason: 'NotFound', message: 'namespaces "nope" not found' }],
    [
      'create in a terminating namespace',
      'CREATE',
      'pods',
      'dev',
      'p',
      terminatingNs,
      { reason: 'Forbidden', message: 'unable to create new content in namespace dev because it is being terminated' },
    ],
    ['update in a terminating namespace', 'UPDATE', 'pods', 'dev', 'p', terminatingNs, undefined],
    ['delete in a missing namespace', 'DELETE', 'pods', 'nope', 'p', undefined, undefined],
    ['cluster-scoped resources', 'CREATE', 'nodes', '', 'n', undefined, undefined],
    ['delete default', 'DELETE', 'namespaces', '', 'default', undefined, { reason: 'Forbidden', message: 'this namespace may not be deleted' }],
    ['delete kube-system', 'DELETE', 'namespaces', '', 'kube-system', undefined, { reason: 'Forbidden', message: 'this namespace may not be deleted' }],
    ['delete kube-node-lease', 'DELETE', 'namespaces', '', 'kube-node-lease', undefined, undefined],
    ['create a namespace', 'CREATE', 'namespaces', '', 'dev', undefined, undefined],
  ])('%s', (_name, operation, resourceKey, namespace, name, ns, expected) => {
    expect(admitNamespaceLifecycle({ operation, resourceKey, namespace, name }, ns)).toEqual(expected);
  });
});

const bare = (): Pod => ({ metadata: { name: 'p', namespace: 'dev' }, spec: { containers: [{ name: 'c', image: 'nginx' }] } });
const defaultSA: ServiceAccount = { metadata: { name: 'default', namespace: 'dev' } };
const suffix = () => 'x7k2q';

describe('admitPodServiceAccount', () => {
  it('mounts the default account token everywhere', () => {
    const pod: Pod = { ...bare(), spec: { initContainers: [{ name: 'i', image: 'busybox' }], containers: [{ name: 'c', image: 'nginx' }] } };
    expect(admitPodServiceAccount(pod, { serviceAccount: defaultSA, tokenVolumeSuffix: suffix })).toBeUndefined();
    const mount = { name: 'kube-api-access-x7k2q', readOnly: true, mountPath: '/var/run/secrets/kubernetes.io/serviceaccount' };
    expect(pod.spec?.serviceAccountName).toBe('default');
    expect(pod.spec?.serviceAccount).toBe('default');
    expect(pod.spec?.initContainers?.[0].volumeMounts).toEqual([mount]);
    expect(pod.spec?.containers[0].volumeMounts).toEqual([mount]);
    expect(pod.spec?.volumes).toEqual([
      parse(`
name: kube-api-access-x7k2q
projected:
  defaultMode: 420
  sources:
  - serviceAccountToken:
      expirationSeconds: 3607
      path: token
  - configMap:
      items:
      - key: ca.crt
        path: ca.crt
      name: kube-root-ca.crt
  - downwardAPI:
      items:
      - fieldRef:
          apiVersion: v1
          fieldPath: metadata.namespace
        path: namespace
`),
    ]);
  });

  it.each<[string, Partial<Pod['spec']>, ServiceAccount | undefined, boolean]>([
    ['pod opts out', { automountServiceAccountToken: false }, defaultSA, false],
    ['account opts out', {}, { ...defaultSA, automountServiceAccountToken: false }, false],
    ['pod overrides the account', { automountServiceAccountToken: true }, { ...defaultSA, automountServiceAccountToken: false }, true],
  ])('automount: %s', (_name, specPatch, sa, mounted) => {
    const pod = bare();
    Object.assign(pod.spec!, specPatch);
    admitPodServiceAccount(pod, { serviceAccount: sa, tokenVolumeSuffix: suffix });
    expect(pod.spec?.volumes?.length ?? 0).toBe(mounted ? 1 : 0);
    expect(pod.spec?.containers[0].volumeMounts?.length ?? 0).toBe(mounted ? 1 : 0);
  });

  it('refuses a pod whose service account does not exist', () => {
    const pod = bare();
    pod.spec!.serviceAccountName = 'robot';
    expect(admitPodServiceAccount(pod, { serviceAccount: undefined, tokenVolumeSuffix: suffix })).toEqual({
      reason: 'Forbidden',
      message: 'error looking up service account dev/robot: serviceaccount "robot" not found',
    });
  });

  it('leaves a container that mounts the token path alone', () => {
    const pod = bare();
    pod.spec!.volumes = [{ name: 'mine', emptyDir: {} }];
    pod.spec!.containers[0].volumeMounts = [{ name: 'mine', mountPath: '/var/run/secrets/kubernetes.io/serviceaccount' }];
    admitPodServiceAccount(pod, { serviceAccount: defaultSA, tokenVolumeSuffix: suffix });
    expect(pod.spec?.volumes).toEqual([{ name: 'mine', emptyDir: {} }]);
  });

  it('copies the account image pull secrets', () => {
    const pod = bare();
    admitPodServiceAccount(pod, { serviceAccount: { ...defaultSA, imagePullSecrets: [{ name: 'regcred' }] }, tokenVolumeSuffix: suffix });
    expect(pod.spec?.imagePullSecrets).toEqual([{ name: 'regcred' }]);
  });
});

describe('admitDefaultTolerationSeconds', () => {
  const notReady = { key: 'node.kubernetes.io/not-ready', operator: 'Exists', effect: 'NoExecute', tolerationSeconds: 300 };
  const unreachable = { key: 'node.kubernetes.io/unreachable', operator: 'Exists', effect: 'NoExecute', tolerationSeconds: 300 };
  it.each([
    ['none yet', [], [notReady, unreachable]],
    ['own not-ready kept', [{ ...notReady, tolerationSeconds: 10 }], [{ ...notReady, tolerationSeconds: 10 }, unreachable]],
    ['tolerate everything', [{ operator: 'Exists' }], [{ operator: 'Exists' }]],
    ['a NoSchedule toleration does not count', [{ key: 'node.kubernetes.io/unreachable', operator: 'Exists', effect: 'NoSchedule' }], [{ key: 'node.kubernetes.io/unreachable', operator: 'Exists', effect: 'NoSchedule' }, notReady, unreachable]],
  ])('%s', (_name, tolerations, expected) => {
    const pod = bare();
    pod.spec!.tolerations = tolerations;
    admitDefaultTolerationSeconds(pod);
    expect(pod.spec?.tolerations).toEqual(expected);
  });
});

describe('admitPodPriority', () => {
  it.each<[string, Partial<Pod['spec']>, object | undefined, object]>([
    ['no class', {}, undefined, { priority: 0, preemptionPolicy: 'PreemptLowerPriority' }],
    ['system class', { priorityClassName: 'system-node-critical' }, undefined, { priority: 2000001000 }],
    ['unknown class', { priorityClassName: 'gold' }, { reason: 'Forbidden', message: 'no PriorityClass with name gold was found' }, {}],
    [
      'client-set priority',
      { priority: 5 },
      { reason: 'Forbidden', message: 'the integer value of priority (5) must not be provided in pod spec; priority admission controller computed 0 from the given PriorityClass name' },
      {},
    ],
  ])('%s', (_name, specPatch, denial, expectedSpec) => {
    const pod = bare();
    Object.assign(pod.spec!, specPatch);
    expect(admitPodPriority('CREATE', pod, undefined)).toEqual(denial);
    expect(pod.spec).toMatchObject(expectedSpec);
  });

  it('keeps the priority on update', () => {
    const old = bare();
    admitPodPriority('CREATE', old, undefined);
    const pod = bare();
    admitPodPriority('UPDATE', pod, old);
    expect(pod.spec).toMatchObject({ priority: 0, preemptionPolicy: 'PreemptLowerPriority' });
  });
});

describe('admit: the chain, on a bare pod', () => {
  const objects: Record<string, KubeObject> = {
    'namespaces//default': { metadata: { name: 'default' }, status: { phase: 'Active' } },
    'serviceaccounts/default/default': { metadata: { name: 'default', namespace: 'default' } },
  };
  const ctx = {
    clock: new ManualClock(0),
    rng: new Rng(1),
    lookup: (key: string, ns: string, name: string) => objects[`${key}/${ns}/${name}`] as Stored | undefined,
    list: () => [],
    user: () => ({ username: 'minikube-user', groups: ['system:masters', 'system:authenticated'] }),
  };
  const request = (obj: KubeObject, namespace = 'default'): AdmissionRequest => ({ operation: 'CREATE', key: 'pods', namespace, name: 'nginx', obj, ctx });

  it('ends with the spec `kubectl get pod -o yaml` shows (before scheduling)', () => {
    const pod = parse('{apiVersion: v1, kind: Pod, metadata: {name: nginx, namespace: default, labels: {run: nginx}}, spec: {containers: [{name: nginx, image: nginx}]}}') as KubeObject;
    applyDefaults('pods', pod);
    expect(admit(request(pod))).toBeUndefined();
    const volumeName = (pod.spec as { volumes: { name: string }[] }).volumes[0].name;
    expect(volumeName).toMatch(/^kube-api-access-[bcdfghjklmnpqrstvwxz2456789]{5}$/);
    expect(pod.spec).toEqual(
      parse(`
containers:
- image: nginx
  imagePullPolicy: Always
  name: nginx
  resources: {}
  terminationMessagePath: /dev/termination-log
  terminationMessagePolicy: File
  volumeMounts:
  - mountPath: /var/run/secrets/kubernetes.io/serviceaccount
    name: ${volumeName}
    readOnly: true
dnsPolicy: ClusterFirst
enableServiceLinks: true
preemptionPolicy: PreemptLowerPriority
priority: 0
restartPolicy: Always
schedulerName: default-scheduler
securityContext: {}
serviceAccount: default
serviceAccountName: default
terminationGracePeriodSeconds: 30
tolerations:
- effect: NoExecute
  key: node.kubernetes.io/not-ready
  operator: Exists
  tolerationSeconds: 300
- effect: NoExecute
  key: node.kubernetes.io/unreachable
  operator: Exists
  tolerationSeconds: 300
volumes:
- name: ${volumeName}
  projected:
    defaultMode: 420
    sources:
    - serviceAccountToken:
        expirationSeconds: 3607
        path: token
    - configMap:
        items:
        - key: ca.crt
          path: ca.crt
        name: kube-root-ca.crt
    - downwardAPI:
        items:
        - fieldRef:
            apiVersion: v1
            fieldPath: metadata.namespace
          path: namespace
`),
    );
    expect(validateCreate('pods', pod)).toEqual([]);
  });

  it('stops at the namespace before touching the pod', () => {
    const pod = parse('{metadata: {name: nginx, namespace: nope}, spec: {containers: [{name: c, image: nginx}]}}') as KubeObject;
    expect(admit(request(pod, 'nope'))).toEqual({ reason: 'NotFound', message: 'namespaces "nope" not found' });
    expect(pod.spec).not.toHaveProperty('serviceAccountName');
  });

  it('refuses pods in a namespace whose default account is missing', () => {
    objects['namespaces//fresh'] = { metadata: { name: 'fresh' }, status: { phase: 'Active' } };
    const pod = parse('{metadata: {name: nginx, namespace: fresh}, spec: {containers: [{name: c, image: nginx}]}}') as KubeObject;
    expect(admit(request(pod, 'fresh'))?.message).toBe('error looking up service account fresh/default: serviceaccount "default" not found');
  });
});
