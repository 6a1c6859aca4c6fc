/**
 * MetalLB: a `controller` Deployment and a `speaker` DaemonSet in metallb-system. minikube ships
 * v0.9 with its address pool in the `config` ConfigMap; MicroK8s ships v0.14, configured through
 * IPAddressPool custom resources, which this API server does not serve.
 */
import type { KubeObject } from '../../api/types';
import { binding, configMap, daemonSet, deployment, namespace, rbac, serviceAccount } from './objects';

export interface MetallbImages {
  controller: string;
  speaker: string;
}

export const MINIKUBE_METALLB: MetallbImages = { controller: 'quay.io/metallb/controller:v0.9.6', speaker: 'quay.io/metallb/speaker:v0.9.6' };
export const MICROK8S_METALLB: MetallbImages = { controller: 'quay.io/metallb/controller:v0.14.8', speaker: 'quay.io/metallb/speaker:v0.14.8' };

const NS = 'metallb-system';

/** `ranges` are `first-last` address ranges (minikube: `addons configure metallb`). */
export function metallbObjects(images: MetallbImages, ranges: string[], poolInConfigMap: boolean): KubeObject[] {
  const app = { app: 'metallb' };
  const ctrlSel = { ...app, component: 'controller' };
  const speakerSel = { ...app, component: 'speaker' };
  const config = `address-pools:\n- name: default\n  protocol: layer2\n  addresses:\n${ranges.map((r) => `  - ${r}\n`).join('')}`;
  return [
    namespace(NS, app),
    serviceAccount(NS, 'controller', app),
    serviceAccount(NS, 'speaker', app),
    rbac('ClusterRole', 'metallb-system:controller', undefined, { rules: [{ apiGroups: [''], resources: ['services'], verbs: ['get', 'list', 'watch', 'update'] }, { apiGroups: [''], resources: ['services/status'], verbs: ['update'] }, { apiGroups: [''], resources: ['events'], verbs: ['create', 'patch'] }] }, app),
    rbac('ClusterRole', 'metallb-system:speaker', undefined, { rules: [{ apiGroups: [''], resources: ['services', 'endpoints', 'nodes'], verbs: ['get', 'list', 'watch'] }, { apiGroups: [''], resources: ['events'], verbs: ['create', 'patch'] }] }, app),
    rbac('Role', 'config-watcher', NS, { rules: [{ apiGroups: [''], resources: ['configmaps'], verbs: ['get', 'list', 'watch'] }] }, app),
    binding('ClusterRoleBinding', 'metallb-system:controller', undefined, { kind: 'ClusterRole', name: 'metallb-system:controller' }, { name: 'controller', namespace: NS }, app),
    binding('ClusterRoleBinding', 'metallb-system:speaker', undefined, { kind: 'ClusterRole', name: 'metallb-system:speaker' }, { name: 'speaker', namespace: NS }, app),
    binding('RoleBinding', 'config-watcher', NS, { kind: 'Role', name: 'config-watcher' }, { name: 'controller', namespace: NS }, app),
    daemonSet(NS, 'speaker', speakerSel, speakerSel, [
      { name: 'speaker', image: images.speaker, args: ['--port=7472', '--config=config'], ports: [{ name: 'monitoring', containerPort: 7472 }], env: [{ name: 'METALLB_NODE_NAME', valueFrom: { fieldRef: { fieldPath: 'spec.nodeName' } } }] },
    ], { spec: { serviceAccountName: 'speaker', hostNetwork: true, nodeSelector: { 'kubernetes.io/os': 'linux' }, tolerations: [{ key: 'node-role.kubernetes.io/master', effect: 'NoSchedule' }] } }),
    deployment(NS, 'controller', ctrlSel, ctrlSel, [
      { name: 'controller', image: images.controller, args: ['--port=7472', '--config=config'], ports: [{ name: 'monitoring', containerPort: 7472 }] },
    ], { spec: { serviceAccountName: 'controller', nodeSelector: { 'kubernetes.io/os': 'linux' }, securityContext: { runAsNonRoot: true, runAsUser: 65534 } } }),
    ...(poolInConfigMap ? [configMap(NS, 'config', { config })] : []),
  ];
}
