/**
 * The NGINX ingress controllers the add-ons install: minikube's ingress-nginx v1.11 (a
 * Deployment in `ingress-nginx`, host ports 80/443, IngressClass `nginx`), MicroK8s' DaemonSet
 * `nginx-ingress-microk8s-controller` in `ingress` (IngressClasses `public` and `nginx`), and
 * minikube's ingress-dns pod. Routing requests through them is the network layer's job.
 */
import type { KubeObject } from '../../api/types';
import { binding, configMap, daemonSet, deployment, meta, namespace, rbac, service, serviceAccount } from './objects';

export const INGRESS_NGINX_IMAGE = 'registry.k8s.io/ingress-nginx/controller:v1.11.3';
export const MICROK8S_INGRESS_IMAGE = 'registry.k8s.io/ingress-nginx/controller:v1.11.2';
export const INGRESS_DNS_IMAGE = 'gcr.io/k8s-minikube/minikube-ingress-dns:0.0.3';

const INGRESS_RULES = {
  rules: [
    { apiGroups: [''], resources: ['configmaps', 'endpoints', 'nodes', 'pods', 'secrets', 'namespaces'], verbs: ['list', 'watch'] },
    { apiGroups: [''], resources: ['services'], verbs: ['get', 'list', 'watch'] },
    { apiGroups: ['networking.k8s.io'], resources: ['ingresses', 'ingressclasses'], verbs: ['get', 'list', 'watch'] },
    { apiGroups: ['networking.k8s.io'], resources: ['ingresses/status'], verbs: ['update'] },
    { apiGroups: [''], resources: ['events'], verbs: ['create', 'patch'] },
  ],
};

const ingressClass = (name: string, controller: string, isDefault: boolean, labels?: Record<string, string>): KubeObject => ({
  apiVersion: 'networking.k8s.io/v1',
  kind: 'IngressClass',
  metadata: meta(name, undefined, labels, isDefault ? { 'ingressclass.kubernetes.io/is-default-class': 'true' } : undefined),
  spec: { controller },
});

export function minikubeIngressObjects(): KubeObject[] {
  const NS = 'ingress-nginx';
  const base = { 'app.kubernetes.io/instance': 'ingress-nginx', 'app.kubernetes.io/name': 'ingress-nginx' };
  const ctl = { ...base, 'app.kubernetes.io/component': 'controller' };
  const sa = { name: 'ingress-nginx', namespace: NS };
  return [
    namespace(NS, base),
    serviceAccount(NS, 'ingress-nginx', ctl),
    serviceAccount(NS, 'ingress-nginx-admission', { ...base, 'app.kubernetes.io/component': 'admission-webhook' }),
    rbac('ClusterRole', 'ingress-nginx', undefined, INGRESS_RULES, base),
    binding('ClusterRoleBinding', 'ingress-nginx', undefined, { kind: 'ClusterRole', name: 'ingress-nginx' }, sa, base),
    configMap(NS, 'ingress-nginx-controller', { 'allow-snippet-annotations': 'false', 'hsts': 'false' }, ctl),
    configMap(NS, 'tcp-services', {}, ctl),
    configMap(NS, 'udp-services', {}, ctl),
    service(NS, 'ingress-nginx-controller', ctl, ctl, [{ name: 'http', port: 80, targetPort: 'http', appProtocol: 'http' }, { name: 'https', port: 443, targetPort: 'https', appProtocol: 'https' }], 'NodePort'),
    service(NS, 'ingress-nginx-controller-admission', ctl, ctl, [{ name: 'https-webhook', port: 443, targetPort: 'webhook', appProtocol: 'https' }]),
    deployment(NS, 'ingress-nginx-controller', ctl, ctl, [
      {
        name: 'controller',
        image: INGRESS_NGINX_IMAGE,
        args: ['/nginx-ingress-controller', '--election-id=ingress-nginx-leader', '--controller-class=k8s.io/ingress-nginx', '--watch-ingress-without-class=true', '--configmap=$(POD_NAMESPACE)/ingress-nginx-controller', '--tcp-services-configmap=$(POD_NAMESPACE)/tcp-services', '--udp-services-configmap=$(POD_NAMESPACE)/udp-services', '--validating-webhook=:8443'],
        env: [{ name: 'POD_NAME', valueFrom: { fieldRef: { fieldPath: 'metadata.name' } } }, { name: 'POD_NAMESPACE', valueFrom: { fieldRef: { fieldPath: 'metadata.namespace' } } }],
        ports: [{ name: 'http', containerPort: 80, hostPort: 80, protocol: 'TCP' }, { name: 'https', containerPort: 443, hostPort: 443, protocol: 'TCP' }, { name: 'webhook', containerPort: 8443, protocol: 'TCP' }],
        readinessProbe: { httpGet: { path: '/healthz', port: 10254, scheme: 'HTTP' }, initialDelaySeconds: 10, periodSeconds: 10 },
        resources: { requests: { cpu: '100m', memory: '90Mi' } },
      },
    ], { podLabels: { 'gcp-auth-skip-secret': 'true' }, spec: { serviceAccountName: 'ingress-nginx', nodeSelector: { 'kubernetes.io/os': 'linux', 'minikube.k8s.io/primary': 'true' }, tolerations: [{ key: 'node-role.kubernetes.io/master', operator: 'Equal', effect: 'NoSchedule' }], terminationGracePeriodSeconds: 0 } }),
    ingressClass('nginx', 'k8s.io/ingress-nginx', true, ctl),
  ];
}

export function microk8sIngressObjects(): KubeObject[] {
  const NS = 'ingress';
  const sel = { name: 'nginx-ingress-microk8s' };
  const sa = { name: 'nginx-ingress-microk8s-serviceaccount', namespace: NS };
  return [
    ingressClass('public', 'k8s.io/ingress-nginx', true),
    ingressClass('nginx', 'k8s.io/ingress-nginx', false),
    namespace(NS),
    serviceAccount(NS, 'nginx-ingress-microk8s-serviceaccount'),
    rbac('ClusterRole', 'nginx-ingress-microk8s-clusterrole', undefined, INGRESS_RULES),
    rbac('Role', 'nginx-ingress-microk8s-role', NS, { rules: [{ apiGroups: [''], resources: ['configmaps', 'pods', 'secrets', 'endpoints'], verbs: ['get'] }] }),
    binding('ClusterRoleBinding', 'nginx-ingress-microk8s', undefined, { kind: 'ClusterRole', name: 'nginx-ingress-microk8s-clusterrole' }, sa),
    binding('RoleBinding', 'nginx-ingress-microk8s', NS, { kind: 'Role', name: 'nginx-ingress-microk8s-role' }, sa),
    configMap(NS, 'nginx-load-balancer-microk8s-conf', {}),
    configMap(NS, 'nginx-ingress-tcp-microk8s-conf', {}),
    configMap(NS, 'nginx-ingress-udp-microk8s-conf', {}),
    daemonSet(NS, 'nginx-ingress-microk8s-controller', { 'microk8s-application': 'nginx-ingress-microk8s' }, sel, [
      {
        name: 'nginx-ingress-microk8s',
        image: MICROK8S_INGRESS_IMAGE,
        args: ['/nginx-ingress-controller', '--configmap=$(POD_NAMESPACE)/nginx-load-balancer-microk8s-conf', '--tcp-services-configmap=$(POD_NAMESPACE)/nginx-ingress-tcp-microk8s-conf', '--udp-services-configmap=$(POD_NAMESPACE)/nginx-ingress-udp-microk8s-conf', '--ingress-class=public', '--publish-status-address=127.0.0.1'],
        ports: [{ name: 'http', containerPort: 80, hostPort: 80, protocol: 'TCP' }, { name: 'https', containerPort: 443, hostPort: 443, protocol: 'TCP' }, { name: 'health', containerPort: 10254, hostPort: 10254, protocol: 'TCP' }],
        readinessProbe: { httpGet: { path: '/healthz', port: 10254, scheme: 'HTTP' }, periodSeconds: 10 },
      },
    ], { spec: { serviceAccountName: 'nginx-ingress-microk8s-serviceaccount', terminationGracePeriodSeconds: 60 } }),
  ];
}

export function minikubeIngressDnsObjects(): KubeObject[] {
  const labels = { app: 'minikube-ingress-dns', 'app.kubernetes.io/part-of': 'kube-system', 'addonmanager.kubernetes.io/mode': 'Reconcile' };
  const sa = { name: 'minikube-ingress-dns', namespace: 'kube-system' };
  return [
    serviceAccount('kube-system', 'minikube-ingress-dns', labels),
    rbac('ClusterRole', 'minikube-ingress-dns', undefined, { rules: [{ apiGroups: ['', 'extensions', 'networking.k8s.io'], resources: ['ingresses'], verbs: ['get', 'list', 'watch'] }] }, labels),
    binding('ClusterRoleBinding', 'minikube-ingress-dns', undefined, { kind: 'ClusterRole', name: 'minikube-ingress-dns' }, sa, labels),
    {
      apiVersion: 'v1',
      kind: 'Pod',
      metadata: meta('kube-ingress-dns-minikube', 'kube-system', labels),
      spec: {
        serviceAccountName: 'minikube-ingress-dns',
        hostNetwork: true,
        containers: [{ name: 'minikube-ingress-dns', image: INGRESS_DNS_IMAGE, ports: [{ containerPort: 53, hostPort: 53, protocol: 'UDP' }], env: [{ name: 'DNS_PORT', value: '53' }, { name: 'POD_IP', valueFrom: { fieldRef: { fieldPath: 'status.podIP' } } }] }],
      },
    },
  ];
}
