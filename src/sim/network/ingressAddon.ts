/**
 * `minikube addons enable ingress`: the ingress-nginx controller as minikube deploys it — its
 * namespace, a Deployment whose pod binds hostPorts 80/443 on the node, a NodePort Service, the
 * `nginx` IngressClass marked default — plus the controller's status loop that publishes the
 * node's IP as each served Ingress's address.
 */
import type { KubeObject } from '../api/types';
import { CONFIGMAPS, DEPLOYMENTS, INGRESSCLASSES, NAMESPACES, SERVICEACCOUNTS, SERVICES } from '../api/resources';
import { isApiError } from '../api/errors';
import type { Runnable } from '../client/runnable';
import type { ClusterClient, ResourceRef } from '../client/types';
import type { SharedInformerFactory } from '../client/informer';
import type { Clock } from '../../common/clock';
import { CONTROLLER_LABELS } from './ingressProxy';
import { INGRESS_CLASS, INGRESS_CONTROLLER } from './ingressRouter';
import { IngressStatusUpdater } from './ingressStatus';

export const INGRESS_NAMESPACE = 'ingress-nginx';
export const CONTROLLER_IMAGE = 'registry.k8s.io/ingress-nginx/controller:v1.11.3';

export interface AddonHost {
  client: ClusterClient;
  informers: SharedInformerFactory;
  clock: Clock;
  addRunnable(r: Runnable): void;
  addBusyCheck(check: () => boolean): void;
}

const partOf = { 'app.kubernetes.io/instance': 'ingress-nginx', 'app.kubernetes.io/name': 'ingress-nginx' };

function controllerDeployment(): KubeObject {
  const labels = { ...partOf, 'app.kubernetes.io/component': 'controller' };
  return {
    apiVersion: 'apps/v1',
    kind: 'Deployment',
    metadata: { name: 'ingress-nginx-controller', namespace: INGRESS_NAMESPACE, labels: { ...labels, 'app.kubernetes.io/part-of': 'ingress-nginx', 'app.kubernetes.io/version': '1.11.3' } },
    spec: {
      replicas: 1,
      revisionHistoryLimit: 10,
      minReadySeconds: 0,
      selector: { matchLabels: labels },
      strategy: { type: 'RollingUpdate', rollingUpdate: { maxUnavailable: 1 } },
      template: {
        metadata: { labels: { ...labels, ...CONTROLLER_LABELS, 'gcp-auth-skip-secret': 'true' } },
        spec: {
          dnsPolicy: 'ClusterFirst',
          nodeSelector: { 'kubernetes.io/os': 'linux', 'minikube.k8s.io/primary': 'true' },
          serviceAccountName: 'ingress-nginx',
          terminationGracePeriodSeconds: 0,
          tolerations: [{ effect: 'NoSchedule', key: 'node-role.kubernetes.io/master', operator: 'Equal' }],
          containers: [
            {
              name: 'controller',
              image: CONTROLLER_IMAGE,
              imagePullPolicy: 'IfNotPresent',
              args: ['/nginx-ingress-controller', '--election-id=ingress-nginx-leader', '--controller-class=k8s.io/ingress-nginx', '--watch-ingress-without-class=true', '--configmap=$(POD_NAMESPACE)/ingress-nginx-controller', '--tcp-services-configmap=$(POD_NAMESPACE)/tcp-services', '--udp-services-configmap=$(POD_NAMESPACE)/udp-services', '--validating-webhook=:8443', '--validating-webhook-certificate=/usr/local/certificates/cert', '--validating-webhook-key=/usr/local/certificates/key'],
              env: [
                { name: 'POD_NAME', valueFrom: { fieldRef: { fieldPath: 'metadata.name' } } },
                { name: 'POD_NAMESPACE', valueFrom: { fieldRef: { fieldPath: 'metadata.namespace' } } },
                { name: 'LD_PRELOAD', value: '/usr/local/lib/libmimalloc.so' },
              ],
              ports: [
                { name: 'http', containerPort: 80, hostPort: 80, protocol: 'TCP' },
                { name: 'https', containerPort: 443, hostPort: 443, protocol: 'TCP' },
                { name: 'webhook', containerPort: 8443, protocol: 'TCP' },
              ],
              resources: { requests: { cpu: '100m', memory: '90Mi' } },
            },
          ],
        },
      },
    },
  };
}

function addonObjects(): [ResourceRef, KubeObject][] {
  const meta = (name: string, extra: Record<string, string> = {}) => ({ name, namespace: INGRESS_NAMESPACE, labels: { ...partOf, ...extra } });
  return [
    [NAMESPACES, { apiVersion: 'v1', kind: 'Namespace', metadata: { name: INGRESS_NAMESPACE, labels: partOf } }],
    [SERVICEACCOUNTS, { apiVersion: 'v1', kind: 'ServiceAccount', metadata: meta('ingress-nginx', { 'app.kubernetes.io/component': 'controller' }), automountServiceAccountToken: true } as KubeObject],
    [CONFIGMAPS, { apiVersion: 'v1', kind: 'ConfigMap', metadata: meta('ingress-nginx-controller', { 'app.kubernetes.io/component': 'controller' }), data: { 'allow-snippet-annotations': 'false', hsts: 'false' } } as KubeObject],
    [
      SERVICES,
      {
        apiVersion: 'v1',
        kind: 'Service',
        metadata: meta('ingress-nginx-controller', { 'app.kubernetes.io/component': 'controller' }),
        spec: {
          type: 'NodePort',
          ipFamilyPolicy: 'SingleStack',
          ipFamilies: ['IPv4'],
          selector: { ...partOf, 'app.kubernetes.io/component': 'controller' },
          ports: [
            { name: 'http', port: 80, protocol: 'TCP', targetPort: 'http', appProtocol: 'http' },
            { name: 'https', port: 443, protocol: 'TCP', targetPort: 'https', appProtocol: 'https' },
          ],
        },
      } as KubeObject,
    ],
    [SERVICES, { apiVersion: 'v1', kind: 'Service', metadata: meta('ingress-nginx-controller-admission', { 'app.kubernetes.io/component': 'controller' }), spec: { type: 'ClusterIP', selector: { ...partOf, 'app.kubernetes.io/component': 'controller' }, ports: [{ name: 'https-webhook', port: 443, targetPort: 'webhook', appProtocol: 'https' }] } } as KubeObject],
    [
      INGRESSCLASSES,
      {
        apiVersion: 'networking.k8s.io/v1',
        kind: 'IngressClass',
        metadata: { name: INGRESS_CLASS, labels: { ...partOf, 'app.kubernetes.io/component': 'controller' }, annotations: { 'ingressclass.kubernetes.io/is-default-class': 'true' } },
        spec: { controller: INGRESS_CONTROLLER },
      } as KubeObject,
    ],
    [DEPLOYMENTS, controllerDeployment()],
  ];
}

const running = new WeakMap<ClusterClient, IngressStatusUpdater>();

/** Installs the addon (idempotent: objects that exist are kept) and starts the controller's status loop once. */
export function enableIngressAddon(host: AddonHost): IngressStatusUpdater {
  for (const [r, obj] of addonObjects()) {
    try {
      host.client.create(r, obj, { namespace: obj.metadata?.namespace });
    } catch (e) {
      if (!isApiError(e, 'AlreadyExists')) throw e;
    }
  }
  const existing = running.get(host.client);
  if (existing) return existing;
  const updater = new IngressStatusUpdater(host.client, host.informers, host.clock);
  running.set(host.client, updater);
  host.addRunnable(updater);
  host.addBusyCheck(() => updater.isBusy());
  return updater;
}
