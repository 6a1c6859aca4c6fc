/**
 * minikube v1.35's add-on table as `minikube addons list` prints it, and what enabling each
 * supported one prints besides creating its objects.
 */
import { addons } from '../../../sim';
import { addonMaintainerNote, line, step, thirdPartyNote } from './minikubeMessages';

/** Name → maintainer column; a `\n` is where minikube's table wraps the cell. */
export const MINIKUBE_ADDON_TABLE: [string, string][] = [
  ['ambassador', '3rd party (Ambassador)'],
  ['amd-gpu-device-plugin', '3rd party (AMD)'],
  ['auto-pause', 'minikube'],
  ['cloud-spanner', 'Google'],
  ['csi-hostpath-driver', 'Kubernetes'],
  ['dashboard', 'Kubernetes'],
  ['default-storageclass', 'Kubernetes'],
  ['efk', '3rd party (Elastic)'],
  ['freshpod', 'Google'],
  ['gcp-auth', 'Google'],
  ['gvisor', 'minikube'],
  ['headlamp', '3rd party (kinvolk.io)'],
  ['inaccel', '3rd party (InAccel\n[info@inaccel.com])'],
  ['ingress', 'Kubernetes'],
  ['ingress-dns', 'minikube'],
  ['inspektor-gadget', '3rd party\n(inspektor-gadget.io)'],
  ['istio', '3rd party (Istio)'],
  ['istio-provisioner', '3rd party (Istio)'],
  ['kong', '3rd party (Kong HQ)'],
  ['kubeflow', '3rd party'],
  ['kubevirt', '3rd party (KubeVirt)'],
  ['logviewer', '3rd party (unknown)'],
  ['metallb', '3rd party (MetalLB)'],
  ['metrics-server', 'Kubernetes'],
  ['nvidia-device-plugin', '3rd party (NVIDIA)'],
  ['nvidia-driver-installer', '3rd party (NVIDIA)'],
  ['nvidia-gpu-device-plugin', '3rd party (NVIDIA)'],
  ['olm', '3rd party (Operator Framework)'],
  ['pod-security-policy', '3rd party (unknown)'],
  ['portainer', '3rd party (Portainer.io)'],
  ['registry', 'minikube'],
  ['registry-aliases', '3rd party (unknown)'],
  ['registry-creds', '3rd party (UPMC Enterprises)'],
  ['storage-provisioner', 'minikube'],
  ['storage-provisioner-gluster', '3rd party (Gluster)'],
  ['storage-provisioner-rancher', '3rd party (Rancher)'],
  ['volcano', 'third-party (volcano)'],
  ['volumesnapshots', 'Kubernetes'],
  ['yakd', '3rd party (marcnuri.com)'],
];

const CERTGEN = 'registry.k8s.io/ingress-nginx/kube-webhook-certgen:v1.4.4';

export const metricsServerHint = () => `${line('💡', 'Some dashboard features require the metrics-server addon. To enable all features please run:')}\n\tminikube addons enable metrics-server\n\n`;

const images = (...list: string[]) => list.map((i) => step(`Using image ${i}`)).join('');

const registryBox = () => {
  const text = 'Registry addon with docker driver uses port 32769 please use that instead of default port 5000';
  const inner = text.length + 8;
  return `╭${'─'.repeat(inner)}╮\n│${' '.repeat(inner)}│\n│    ${text}    │\n│${' '.repeat(inner)}│\n╰${'─'.repeat(inner)}╯\n${line('📘', 'For more information see: https://minikube.sigs.k8s.io/docs/drivers/docker')}`;
};

/** What `addons enable <name>` prints before the final "is enabled" line. */
export const ENABLE_PREAMBLE: Record<string, (metricsServerOn: boolean) => string> = {
  dashboard: (ms) => addonMaintainerNote('dashboard', 'Kubernetes') + images(addons.DASHBOARD_IMAGE, addons.METRICS_SCRAPER_IMAGE) + (ms ? '' : metricsServerHint()),
  'default-storageclass': () => addonMaintainerNote('default-storageclass', 'Kubernetes'),
  ingress: () => addonMaintainerNote('ingress', 'Kubernetes') + images(addons.INGRESS_NGINX_IMAGE, CERTGEN, CERTGEN) + line('🔎', 'Verifying ingress addon...'),
  'ingress-dns': () => addonMaintainerNote('ingress-dns', 'minikube') + images(addons.INGRESS_DNS_IMAGE),
  metallb: () => thirdPartyNote('metallb') + images(addons.MINIKUBE_METALLB.speaker, addons.MINIKUBE_METALLB.controller),
  'metrics-server': () => addonMaintainerNote('metrics-server', 'Kubernetes') + images(addons.METRICS_SERVER_IMAGE),
  registry: () => addonMaintainerNote('registry', 'minikube') + registryBox() + images(addons.REGISTRY_IMAGE, addons.REGISTRY_PROXY_IMAGE) + line('🔎', 'Verifying registry addon...'),
  'storage-provisioner': () => addonMaintainerNote('storage-provisioner', 'minikube') + images('gcr.io/k8s-minikube/storage-provisioner:v5'),
};
