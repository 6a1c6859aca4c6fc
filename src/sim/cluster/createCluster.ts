/**
 * Builds a ready cluster from a profile: system namespaces and Services, the control plane's
 * controllers and scheduler, one kubelet per node, the kube-system pods — then runs it until
 * everything is Running, as `minikube start` returns once the cluster is usable.
 */
import { BUILTIN_RESOURCES, ENDPOINTS, ENDPOINTSLICES, NAMESPACES, SERVICEACCOUNTS } from '../api/resources';
import type { KubeObject } from '../api/types';
import { DaemonSetController } from '../controllers/daemonset/daemonSetController';
import { Kubelet, VolumeStore } from '../kubelet';
import { volumeRetryPending } from '../scheduler/plugins';
import { Cluster } from './cluster';
import { startControlPlane, type ControlPlane } from './components';
import { requestPolicy } from './policy';
import { DEFAULT_PROFILE, PROFILES, scaledProfile, type ClusterProfile } from './profiles';
import { apiServerPort, controlPlanePods, defaultStorageClasses, corednsDeployment, kubeProxyDaemonSet, storageProvisionerPod, systemNamespaces, systemPriorityClasses, systemServiceAccounts, systemServices } from './systemObjects';
import { TransitionTracker } from './transitions';
import { attachNetwork, type ClusterNetwork } from '../network';
import { attachMetrics, kubeletUsage, type MetricsServer } from '../metrics';
import { HorizontalController } from '../controllers/podautoscaler';

export interface CreateClusterOptions {
  seed?: number;
  profile?: string;
  /** Instead of a named profile: a control plane and this many workers (benchmarks). */
  workers?: number;
  startTimeMs?: number;
  /**
   * How old the cluster is when handed over, in virtual seconds (default 60): like a cluster
   * `minikube start` just finished, its system pods a minute old. It waits longer if booting
   * is not finished by then.
   */
  bootSeconds?: number;
}

export interface RunningCluster extends Cluster {
  profile: ClusterProfile;
  controlPlane: ControlPlane;
  kubelets: Map<string, Kubelet>;
  transitions: TransitionTracker;
  network: ClusterNetwork;
  /** metrics-server (serving only while its addon is enabled and available). */
  metrics: MetricsServer;
  /** The nodes' disks (hostPath, provisioned and emptyDir volumes): what `minikube ssh` would see. */
  volumes: VolumeStore;
}

function createIn(cluster: Cluster, obj: KubeObject): void {
  const info = BUILTIN_RESOURCES.find((r) => r.kind === obj.kind && (r.group ? `${r.group}/${r.version}` : r.version) === obj.apiVersion)!;
  cluster.client.create(info, obj, { namespace: obj.metadata?.namespace });
}

/** The API server maintains the `kubernetes` Service's endpoints itself (no selector). */
function apiServerEndpoints(cluster: Cluster, profile: ClusterProfile): void {
  const port = apiServerPort(profile);
  cluster.client.create(ENDPOINTS, { metadata: { name: 'kubernetes', namespace: 'default', labels: { 'endpointslice.kubernetes.io/skip-mirror': 'true' } }, subsets: [{ addresses: [{ ip: profile.apiServerIP }], ports: [{ name: 'https', port, protocol: 'TCP' }] }] }, { namespace: 'default' });
  cluster.client.create(
    ENDPOINTSLICES,
    {
      metadata: { name: 'kubernetes', namespace: 'default', labels: { 'kubernetes.io/service-name': 'kubernetes' } },
      addressType: 'IPv4',
      endpoints: [{ addresses: [profile.apiServerIP], conditions: { ready: true } }],
      ports: [{ name: 'https', port, protocol: 'TCP' }],
    },
    { namespace: 'default' },
  );
}

export function createCluster(opts: CreateClusterOptions = {}): RunningCluster {
  const profile = opts.workers !== undefined ? scaledProfile(opts.workers) : PROFILES[opts.profile ?? DEFAULT_PROFILE];
  if (!profile) throw new Error(`unknown profile "${opts.profile}"`);
  const cluster = new Cluster({ seed: opts.seed, startTimeMs: opts.startTimeMs, policy: requestPolicy() }) as RunningCluster;
  cluster.profile = profile;
  cluster.api.requestUser = profile.adminUser;
  for (const ns of systemNamespaces()) cluster.client.create(NAMESPACES, ns);
  for (const sa of systemServiceAccounts(profile)) cluster.client.create(SERVICEACCOUNTS, sa, { namespace: 'kube-system' });
  for (const pc of systemPriorityClasses()) createIn(cluster, pc);
  for (const svc of systemServices(profile)) createIn(cluster, svc);
  apiServerEndpoints(cluster, profile);
  for (const sc of defaultStorageClasses(profile)) createIn(cluster, sc);

  // The nodes' disks: what hostPath and persistent volumes hold outlives pods and kubelets.
  const volumes = (cluster.volumes = new VolumeStore());
  cluster.controlPlane = startControlPlane(cluster, profile.storageProvisioner ? { provisionerNode: profile.nodes[0].name, hostDirectories: volumes } : {});
  cluster.transitions = new TransitionTracker(cluster.informers);
  cluster.kubelets = new Map(profile.nodes.map((n) => [n.name, new Kubelet({ client: cluster.client, clock: cluster.clock, rng: cluster.rng, node: n, profile, volumes })]));
  cluster.network = attachNetwork(cluster, opts.seed ?? 1);
  cluster.metrics = attachMetrics(cluster, cluster.network, kubeletUsage((node) => cluster.kubelets.get(node)));
  cluster.controlPlane.runnables.push(new HorizontalController({ client: cluster.client, informers: cluster.informers, clock: cluster.clock, metrics: cluster.metrics }));
  cluster.informers.start();
  for (const r of cluster.controlPlane.runnables) cluster.addRunnable(r);
  for (const k of cluster.kubelets.values()) {
    cluster.addRunnable(k);
    k.start();
  }
  cluster.addBusyCheck(() => cluster.transitions.isBusy());
  cluster.addBusyCheck(() => {
    for (const k of cluster.kubelets.values()) if (k.awaitingFirstProbe()) return true;
    return false;
  });
  cluster.addBusyCheck(volumeRetryPending(cluster.informers));
  // DaemonSets gather their pods' status updates for half a second before syncing.
  const daemonSets = cluster.controlPlane.runnables.filter((r): r is DaemonSetController => r instanceof DaemonSetController);
  cluster.addBusyCheck(() => daemonSets.some((d) => d.hasPendingWork()));
  cluster.drain();

  for (const pod of controlPlanePods(profile)) createIn(cluster, pod);
  createIn(cluster, kubeProxyDaemonSet(profile));
  if (profile.storageProvisioner) createIn(cluster, storageProvisionerPod(profile));
  createIn(cluster, corednsDeployment(profile));
  const boot = opts.bootSeconds ?? 60;
  const passed = cluster.settle(Math.max(boot, 120));
  if (passed < boot) cluster.advance(boot - passed);
  return cluster;
}
