/**
 * The add-ons minikube and MicroK8s can enable, as the objects each one applies, and the two
 * steps the tools run: enable (apply, skipping what exists) and disable (delete what it applied).
 */
import type { KubeObject } from '../../api/types';
import type { ClusterClient } from '../../client/types';
import type { ClusterProfile } from '../profiles';
import { corednsDeployment, systemServices } from '../systemObjects';
import { microk8sDashboardObjects, minikubeDashboardObjects } from './dashboard';
import { microk8sIngressObjects, minikubeIngressDnsObjects, minikubeIngressObjects } from './ingress';
import { MICROK8S_METALLB, metallbObjects, MINIKUBE_METALLB } from './metallb';
import { metricsServerObjects } from './metricsServer';
import { applyObjects, removeObjects, type AppliedObject } from './objects';
import { microk8sRegistryObjects, minikubeRegistryObjects } from './registry';
import { microk8sHostpathStorage, minikubeDefaultStorageClass, minikubeStorageProvisioner } from './storage';

export { appliedName, type AppliedObject } from './objects';
export { calicoObjects, removeKubeadmPods } from './microk8sBase';
export { DASHBOARD_IMAGE, METRICS_SCRAPER_IMAGE } from './dashboard';
export { INGRESS_NGINX_IMAGE, INGRESS_DNS_IMAGE, MICROK8S_INGRESS_IMAGE } from './ingress';
export { METRICS_SERVER_IMAGE } from './metricsServer';
export { MINIKUBE_METALLB, MICROK8S_METALLB } from './metallb';
export { REGISTRY_IMAGE, REGISTRY_PROXY_IMAGE } from './registry';

export interface AddonOptions {
  /** MetalLB address ranges, `first-last`. */
  ranges?: string[];
}

type ObjectsFor = (profile: ClusterProfile, opts: AddonOptions) => KubeObject[];

const minikubeLabels = (addon: string) => ({ 'addonmanager.kubernetes.io/mode': 'Reconcile', 'kubernetes.io/minikube-addons': addon });

export const MINIKUBE_ADDON_OBJECTS: Record<string, ObjectsFor> = {
  dashboard: () => minikubeDashboardObjects(),
  'default-storageclass': () => minikubeDefaultStorageClass(),
  ingress: () => minikubeIngressObjects(),
  'ingress-dns': () => minikubeIngressDnsObjects(),
  metallb: (_p, o) => metallbObjects(MINIKUBE_METALLB, o.ranges ?? ['-'], true),
  'metrics-server': () => metricsServerObjects(minikubeLabels('metrics-server')),
  registry: () => minikubeRegistryObjects(),
  'storage-provisioner': (p) => minikubeStorageProvisioner(p),
};

export const MICROK8S_ADDON_OBJECTS: Record<string, ObjectsFor> = {
  dashboard: () => microk8sDashboardObjects(),
  dns: (p) => [systemServices(p).find((s) => s.metadata?.name === 'kube-dns')!, corednsDeployment(p)],
  'hostpath-storage': () => microk8sHostpathStorage(),
  ingress: () => microk8sIngressObjects(),
  metallb: (_p, o) => metallbObjects(MICROK8S_METALLB, o.ranges ?? [], false),
  'metrics-server': () => metricsServerObjects(),
  registry: () => microk8sRegistryObjects(),
};

export function enableAddon(client: ClusterClient, objects: KubeObject[]): AppliedObject[] {
  return applyObjects(client, objects);
}

export function disableAddon(client: ClusterClient, objects: KubeObject[]): KubeObject[] {
  return removeObjects(client, objects);
}
