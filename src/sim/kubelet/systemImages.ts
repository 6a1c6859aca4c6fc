/**
 * The images of the cluster's own components (kubeadm/minikube layout), so control-plane and
 * add-on pods pull and run like any other pod. Versions follow Kubernetes v1.32.
 */
import type { ImageConfig, ImageFamily, ImageTag } from './imageTypes';

const MB = 1_000_000;
const Mi = 1024 * 1024;

function tagsFor(versions: string[], sizeMB: number): Record<string, ImageTag> {
  return Object.fromEntries(versions.map((v) => [v, { sizeBytes: Math.round(sizeMB * MB), version: v }]));
}

function component(entrypoint: string, program: string, memMi: number, cpuMilli: number, userland: ImageConfig['userland'] = 'none'): ImageConfig {
  return {
    entrypoint: [entrypoint],
    cmd: [],
    env: [['PATH', '/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin']],
    exposedPorts: [],
    userland,
    hasBash: userland === 'dash',
    programs: { [entrypoint]: program, [entrypoint.replace(/^.*\//, '')]: program },
    idle: { memoryBytes: memMi * Mi, cpuMilli },
  };
}

const k8sVersions = ['v1.32.0', 'v1.32.1', 'v1.32.2', 'v1.32.3'];

export const systemImageCatalog: ImageFamily[] = [
  { repository: 'registry.k8s.io/kube-apiserver', aliases: ['k8s.gcr.io/kube-apiserver'], tags: tagsFor(k8sVersions, 28.6), config: component('/usr/local/bin/kube-apiserver', 'kube-apiserver', 250, 40) },
  {
    repository: 'registry.k8s.io/kube-controller-manager',
    aliases: ['k8s.gcr.io/kube-controller-manager'],
    tags: tagsFor(k8sVersions, 26.3),
    config: component('/usr/local/bin/kube-controller-manager', 'kube-controller-manager', 45, 15),
  },
  { repository: 'registry.k8s.io/kube-scheduler', aliases: ['k8s.gcr.io/kube-scheduler'], tags: tagsFor(k8sVersions, 20.6), config: component('/usr/local/bin/kube-scheduler', 'kube-scheduler', 20, 3) },
  { repository: 'registry.k8s.io/kube-proxy', aliases: ['k8s.gcr.io/kube-proxy'], tags: tagsFor(k8sVersions, 30.9), config: component('/usr/local/bin/kube-proxy', 'kube-proxy', 15, 1, 'dash') },
  {
    repository: 'registry.k8s.io/etcd',
    aliases: ['k8s.gcr.io/etcd'],
    tags: { ...tagsFor(['3.5.16-0', '3.5.15-0', '3.5.12-0'], 57.7), '3.5.1-0': { sizeBytes: 98_900_000, version: '3.5.1-0' } },
    config: component('/usr/local/bin/etcd', 'etcd', 40, 20),
  },
  { repository: 'registry.k8s.io/coredns/coredns', aliases: ['k8s.gcr.io/coredns/coredns'], tags: tagsFor(['v1.11.1', 'v1.11.3', 'v1.12.0'], 18.6), config: component('/coredns', 'coredns', 15, 3) },
  { repository: 'gcr.io/k8s-minikube/storage-provisioner', tags: tagsFor(['v5'], 9.1), config: component('/storage-provisioner', 'storage-provisioner', 10, 1) },
];
