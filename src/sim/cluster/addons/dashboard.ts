/**
 * The Kubernetes Dashboard v2.7 and its metrics scraper. minikube installs it in its own
 * `kubernetes-dashboard` namespace with skip-login; MicroK8s installs it in kube-system and adds
 * a service-account token Secret for logging in.
 */
import type { KubeObject } from '../../api/types';
import { binding, configMap, deployment, meta, namespace, rbac, service, serviceAccount } from './objects';

export const DASHBOARD_IMAGE = 'docker.io/kubernetesui/dashboard:v2.7.0';
export const METRICS_SCRAPER_IMAGE = 'docker.io/kubernetesui/metrics-scraper:v1.0.8';

const dashSel = { 'k8s-app': 'kubernetes-dashboard' };
const scraperSel = { 'k8s-app': 'dashboard-metrics-scraper' };

function workloads(ns: string, flavour: 'minikube' | 'microk8s', extra: Record<string, string>): KubeObject[] {
  const secure = flavour === 'microk8s';
  const args = secure ? ['--auto-generate-certificates', `--namespace=${ns}`] : ['--namespace=kubernetes-dashboard', '--enable-skip-login', '--disable-settings-authorizer'];
  const port = secure ? 8443 : 9090;
  return [
    service(ns, 'kubernetes-dashboard', { ...dashSel, ...extra }, dashSel, [{ port: secure ? 443 : 80, targetPort: port }]),
    service(ns, 'dashboard-metrics-scraper', { ...scraperSel, ...extra }, scraperSel, [{ port: 8000, targetPort: 8000 }]),
    deployment(ns, 'kubernetes-dashboard', { ...dashSel, ...extra }, dashSel, [
      {
        name: 'kubernetes-dashboard',
        image: DASHBOARD_IMAGE,
        args,
        ports: [{ containerPort: port, protocol: 'TCP' }],
        livenessProbe: { httpGet: { path: '/', port, scheme: secure ? 'HTTPS' : 'HTTP' }, initialDelaySeconds: 30, timeoutSeconds: 30 },
        securityContext: { allowPrivilegeEscalation: false, readOnlyRootFilesystem: true, runAsUser: 1001, runAsGroup: 2001 },
      },
    ], { podLabels: extra, spec: { serviceAccountName: 'kubernetes-dashboard', nodeSelector: { 'kubernetes.io/os': 'linux' }, tolerations: [{ key: 'node-role.kubernetes.io/master', effect: 'NoSchedule' }] } }),
    deployment(ns, 'dashboard-metrics-scraper', { ...scraperSel, ...extra }, scraperSel, [
      {
        name: 'dashboard-metrics-scraper',
        image: METRICS_SCRAPER_IMAGE,
        ports: [{ containerPort: 8000, protocol: 'TCP' }],
        livenessProbe: { httpGet: { path: '/', port: 8000, scheme: 'HTTP' }, initialDelaySeconds: 30, timeoutSeconds: 30 },
      },
    ], { podLabels: extra, spec: { serviceAccountName: 'kubernetes-dashboard', nodeSelector: { 'kubernetes.io/os': 'linux' } } }),
  ];
}

function access(ns: string, labels: Record<string, string>): KubeObject[] {
  const sa = { name: 'kubernetes-dashboard', namespace: ns };
  return [
    serviceAccount(ns, 'kubernetes-dashboard', labels),
    rbac('Role', 'kubernetes-dashboard', ns, {
      rules: [
        { apiGroups: [''], resources: ['secrets'], resourceNames: ['kubernetes-dashboard-key-holder', 'kubernetes-dashboard-certs', 'kubernetes-dashboard-csrf'], verbs: ['get', 'update', 'delete'] },
        { apiGroups: [''], resources: ['configmaps'], resourceNames: ['kubernetes-dashboard-settings'], verbs: ['get', 'update'] },
        { apiGroups: [''], resources: ['services'], resourceNames: ['heapster', 'dashboard-metrics-scraper'], verbs: ['proxy'] },
      ],
    }, labels),
    rbac('ClusterRole', 'kubernetes-dashboard', undefined, { rules: [{ apiGroups: ['metrics.k8s.io'], resources: ['pods', 'nodes'], verbs: ['get', 'list', 'watch'] }] }, labels),
    binding('RoleBinding', 'kubernetes-dashboard', ns, { kind: 'Role', name: 'kubernetes-dashboard' }, sa, labels),
    binding('ClusterRoleBinding', 'kubernetes-dashboard', undefined, { kind: 'ClusterRole', name: 'kubernetes-dashboard' }, sa, labels),
  ];
}

const secret = (ns: string, name: string, labels: Record<string, string>, extra: object = {}): KubeObject => ({ apiVersion: 'v1', kind: 'Secret', metadata: meta(name, ns, labels), type: 'Opaque', ...extra });

export function minikubeDashboardObjects(): KubeObject[] {
  const ns = 'kubernetes-dashboard';
  const labels = { 'addonmanager.kubernetes.io/mode': 'Reconcile', 'kubernetes.io/minikube-addons': 'dashboard' };
  return [
    namespace(ns, labels),
    ...access(ns, labels),
    configMap(ns, 'kubernetes-dashboard-settings', {}, labels),
    secret(ns, 'kubernetes-dashboard-key-holder', labels),
    ...workloads(ns, 'minikube', labels),
  ];
}

export function microk8sDashboardObjects(): KubeObject[] {
  const ns = 'kube-system';
  const labels = dashSel;
  return [
    ...access(ns, labels).slice(0, 1),
    secret(ns, 'kubernetes-dashboard-certs', labels),
    secret(ns, 'kubernetes-dashboard-csrf', labels, { data: { csrf: '' } }),
    secret(ns, 'kubernetes-dashboard-key-holder', labels),
    configMap(ns, 'kubernetes-dashboard-settings', {}, labels),
    ...access(ns, labels).slice(1),
    ...workloads(ns, 'microk8s', {}),
    { apiVersion: 'v1', kind: 'Secret', metadata: meta('microk8s-dashboard-token', ns, undefined, { 'kubernetes.io/service-account.name': 'default' }), type: 'kubernetes.io/service-account-token' },
  ];
}
