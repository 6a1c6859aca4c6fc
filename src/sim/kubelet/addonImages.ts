/**
 * The images the add-ons pull, in the kubelet's catalogue format, so their pods pull and run like
 * the system components do. Each entrypoint names a program id the kubelet's systemPrograms
 * table serves; sizes are the registries' compressed linux/amd64 sizes.
 */
import type { ImageConfig, ImageFamily } from './imageTypes';

const MB = 1_000_000;
const Mi = 1024 * 1024;

function family(repository: string, tagList: Record<string, number>, entrypoint: string, program: string, memMi: number, aliases?: string[]): ImageFamily {
  const config: ImageConfig = {
    entrypoint: [entrypoint],
    cmd: [],
    env: [['PATH', '/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin']],
    exposedPorts: [],
    userland: 'none',
    hasBash: false,
    programs: { [entrypoint]: program, [entrypoint.replace(/^.*\//, '')]: program },
    idle: { memoryBytes: memMi * Mi, cpuMilli: 2 },
  };
  const tags = Object.fromEntries(Object.entries(tagList).map(([tag, size]) => [tag, { sizeBytes: Math.round(size * MB), version: tag }]));
  return { repository, tags, config, ...(aliases ? { aliases } : {}) };
}

export const addonImageCatalog: ImageFamily[] = [
  family('registry.k8s.io/metrics-server/metrics-server', { 'v0.7.2': 19.5, 'v0.6.3': 28.1 }, '/metrics-server', 'metrics-server', 18),
  family('docker.io/kubernetesui/dashboard', { 'v2.7.0': 75.8 }, '/dashboard', 'kubernetes-dashboard', 20),
  family('docker.io/kubernetesui/metrics-scraper', { 'v1.0.8': 19.7 }, '/metrics-sidecar', 'dashboard-metrics-scraper', 8),
  family('registry.k8s.io/ingress-nginx/controller', { 'v1.11.3': 105.4, 'v1.11.2': 104.9 }, '/nginx-ingress-controller', 'nginx-ingress-controller', 90),
  family('gcr.io/k8s-minikube/minikube-ingress-dns', { '0.0.3': 56.3 }, '/minikube-ingress-dns', 'minikube-ingress-dns', 6),
  family('docker.io/library/registry', { '2.8.3': 9.9, '2.8.1': 9.6 }, '/entrypoint.sh', 'registry', 6, ['docker.io/registry']),
  family('gcr.io/k8s-minikube/kube-registry-proxy', { '0.0.8': 83.6 }, '/bin/boot', 'registry-proxy', 4),
  family('quay.io/metallb/controller', { 'v0.9.6': 17.4, 'v0.14.8': 28.9 }, '/controller', 'metallb-controller', 10),
  family('quay.io/metallb/speaker', { 'v0.9.6': 17.9, 'v0.14.8': 52.7 }, '/speaker', 'metallb-speaker', 12),
  family('docker.io/calico/node', { 'v3.28.1': 118.6 }, '/usr/bin/start_runit', 'calico-node', 60),
  family('docker.io/calico/kube-controllers', { 'v3.28.1': 33.4 }, '/usr/bin/kube-controllers', 'calico-kube-controllers', 14),
  family('docker.io/cdkbot/hostpath-provisioner', { '1.5.0': 18.4 }, '/hostpath-provisioner', 'hostpath-provisioner', 6),
];
