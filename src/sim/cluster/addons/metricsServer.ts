/** metrics-server in kube-system: what both minikube's and MicroK8s' add-ons apply. */
import type { KubeObject } from '../../api/types';
import { binding, deployment, rbac, service, serviceAccount } from './objects';

const NS = 'kube-system';
const selector = { 'k8s-app': 'metrics-server' };

export const METRICS_SERVER_IMAGE = 'registry.k8s.io/metrics-server/metrics-server:v0.7.2';

export function metricsServerObjects(extraLabels: Record<string, string> = {}): KubeObject[] {
  const labels = { ...selector, ...extraLabels };
  const sa = { name: 'metrics-server', namespace: NS };
  return [
    serviceAccount(NS, 'metrics-server', labels),
    rbac('ClusterRole', 'system:aggregated-metrics-reader', undefined, {
      rules: [{ apiGroups: ['metrics.k8s.io'], resources: ['pods', 'nodes'], verbs: ['get', 'list', 'watch'] }],
    }, { ...labels, 'rbac.authorization.k8s.io/aggregate-to-admin': 'true', 'rbac.authorization.k8s.io/aggregate-to-edit': 'true', 'rbac.authorization.k8s.io/aggregate-to-view': 'true' }),
    rbac('ClusterRole', 'system:metrics-server', undefined, {
      rules: [
        { apiGroups: [''], resources: ['nodes/metrics'], verbs: ['get'] },
        { apiGroups: [''], resources: ['pods', 'nodes'], verbs: ['get', 'list', 'watch'] },
      ],
    }, labels),
    binding('RoleBinding', 'metrics-server-auth-reader', NS, { kind: 'Role', name: 'extension-apiserver-authentication-reader' }, sa, labels),
    binding('ClusterRoleBinding', 'metrics-server:system:auth-delegator', undefined, { kind: 'ClusterRole', name: 'system:auth-delegator' }, sa, labels),
    binding('ClusterRoleBinding', 'system:metrics-server', undefined, { kind: 'ClusterRole', name: 'system:metrics-server' }, sa, labels),
    service(NS, 'metrics-server', { ...labels, 'kubernetes.io/name': 'Metrics-server', 'kubernetes.io/cluster-service': 'true' }, selector, [{ name: 'https', port: 443, targetPort: 'https' }]),
    deployment(NS, 'metrics-server', labels, selector, [
      {
        name: 'metrics-server',
        image: METRICS_SERVER_IMAGE,
        imagePullPolicy: 'IfNotPresent',
        args: ['--cert-dir=/tmp', '--secure-port=4443', '--kubelet-preferred-address-types=InternalIP,ExternalIP,Hostname', '--kubelet-use-node-status-port', '--metric-resolution=60s', '--kubelet-insecure-tls'],
        ports: [{ name: 'https', containerPort: 4443, protocol: 'TCP' }],
        resources: { requests: { cpu: '100m', memory: '200Mi' } },
        readinessProbe: { httpGet: { path: '/readyz', port: 'https', scheme: 'HTTPS' }, periodSeconds: 10, failureThreshold: 3, initialDelaySeconds: 20 },
        livenessProbe: { httpGet: { path: '/livez', port: 'https', scheme: 'HTTPS' }, periodSeconds: 10, failureThreshold: 3 },
        securityContext: { readOnlyRootFilesystem: true, runAsNonRoot: true, runAsUser: 1000 },
      },
    ], { podLabels: extraLabels, spec: { serviceAccountName: 'metrics-server', priorityClassName: 'system-cluster-critical', nodeSelector: { 'kubernetes.io/os': 'linux' } } }),
  ];
}
