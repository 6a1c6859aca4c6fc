/**
 * The per-node agent: registers its Node, renews its Lease every 10 s, watches the pods bound
 * to it, runs each through the pure `syncPod` state machine and acts on the result — status
 * writes, events, logs, wake-ups, final deletion. `stop()` is a node losing power: nothing is
 * reported any more, and the control plane has to notice on its own.
 */
import type { ConfigMap, Node, Pod, Secret, Service } from 'kubernetes-types/core/v1';
import type { Clock } from '../../common/clock';
import { decodeBase64 } from '../../common/base64';
import { deepEqual } from '../../common/objects';
import type { Rng } from '../../common/rng';
import { microTime } from '../../common/time';
import { badRequest, internalError, isApiError } from '../api/errors';
import { CONFIGMAPS, LEASES, NODES, PODS, SECRETS, SERVICES } from '../api/resources';
import type { Stored } from '../api/types';
import { EventRecorder } from '../client/eventRecorder';
import { keyOf } from '../client/informer';
import type { Runnable } from '../client/runnable';
import type { ClusterClient, ExecOptions, ExecResult, NodeServer } from '../client/types';
import { WorkQueue } from '../client/workQueue';
import type { ObjectLookup } from './containerConfig';
import { execInContainer, serveRequest } from './containerAccess';
import { LogStore } from './logStore';
import { healthyConditions, nodeObject, type MachineInfo, type NodeSpecInput } from './nodeObject';
import { PodAddressPool } from './podAddressPool';
import { PodVolumes } from './podVolumes';
import { SYNC_FREQUENCY_S, hasUpdatableVolumes, refreshUpdatableVolumes } from './projectedVolumes';
import { readPodLogs } from './podLogs';
import { podUsage, type ContainerUsage } from './resourceUsage';
import { syncPod } from './podLifecycle';
import type { PodRuntime, ProbeWorker } from './podRuntime';
import type { ProgramNet } from './programTypes';
import { serviceEnvironment } from './serviceEnv';
import { VolumeStore } from './volumeStore';

const LEASE_RENEW_S = 10;
const LEASE_DURATION_S = 40;
/** Without changes, the kubelet still reposts node status every five minutes. */
const STATUS_REPORT_S = 300;
/**
 * A pod's own wake-ups come at most this often: `while sleep 0.01; do wget …; done` would
 * otherwise cost a full sync every 10 ms. syncPod catches up and stamps everything with the
 * instant it was due, so only the moment the API sees a change moves (by under 100 ms).
 */
const MIN_WAKE_S = 0.1;

export interface KubeletDeps {
  client: ClusterClient;
  clock: Clock;
  rng: Rng;
  node: NodeSpecInput;
  profile: MachineInfo;
  /** The cluster's disks, shared by every kubelet; a kubelet alone gets its own. */
  volumes?: VolumeStore;
}

const unprobed = (w: ProbeWorker | undefined) => !!w && w.successes === 0 && w.failures === 0;

function awaitsFirstProbe(rt: PodRuntime): boolean {
  return !rt.terminating && rt.containers.some((c) => c.stage === 'running' && (unprobed(c.startup) || unprobed(c.readiness)));
}

export class Kubelet implements Runnable {
  readonly name: string;
  readonly queue: WorkQueue;
  private readonly pods = new Map<string, Stored<Pod>>();
  private readonly runtimes = new Map<string, PodRuntime>();
  /** When each pod (by uid) last had its updatable volumes refreshed. */
  private readonly lastPeriodicSync = new Map<string, number>();
  private readonly uidOf = new Map<string, string>();
  private readonly images = new Set<string>();
  private readonly logs = new LogStore();
  private readonly addresses: PodAddressPool;
  private readonly recorder: EventRecorder;
  private readonly volumes: PodVolumes;
  private running = false;
  /** Pods (by uid) with a running container still waiting for its first startup or readiness probe. */
  private readonly awaitingProbe = new Set<string>();
  /** The pod whose status this kubelet is writing: its own echo needs no new sync. */
  private writing?: string;
  private unwatch?: () => void;
  private unwatchServices?: () => void;
  /** Service environment per namespace; any Service change clears it (services change rarely, pods sync often). */
  private readonly serviceEnv = new Map<string, [string, string][]>();
  /** What this kubelet serves (logs, exec, pod ports); the cluster network delivers requests through it. */
  readonly server: NodeServer;
  /** Set by the cluster network: curl/wget/nslookup/ping run by `kubectl exec`; undefined falls through to the container. */
  networkTools?: (namespace: string, pod: string, opts: ExecOptions, container: (opts: ExecOptions) => ExecResult) => ExecResult | undefined;
  /** Set by the cluster network: the tools (wget, curl, nslookup) a container's own scripts run, by its image. */
  programNetwork?: (namespace: string, pod: string, image: string) => ProgramNet | undefined;

  constructor(private readonly deps: KubeletDeps) {
    this.name = `kubelet/${deps.node.name}`;
    this.queue = new WorkQueue(deps.clock);
    this.addresses = new PodAddressPool(deps.node.podCIDR);
    this.volumes = new PodVolumes(deps.volumes ?? new VolumeStore(), deps.client, deps.node.name);
    this.recorder = new EventRecorder(deps.client, deps.clock, { component: 'kubelet', host: deps.node.name });
    this.server = {
      logs: (namespace, pod, opts) => {
        const p = this.pods.get(`${namespace}/${pod}`) ?? deps.client.get<Pod>(PODS, pod, { namespace });
        return readPodLogs(this.logs, p, opts, deps.clock.now());
      },
      exec: (namespace, pod, opts) => this.networkTools?.(namespace, pod, opts, (o) => this.exec(namespace, pod, o)) ?? this.exec(namespace, pod, opts),
      // The pod's network namespace answering a connection: the access-log line lands in its logs.
      http: (namespace, pod, port, req) => {
        const p = this.pods.get(`${namespace}/${pod}`);
        const current = this.running && p ? this.runtimes.get(p.metadata.uid) : undefined;
        if (!p || !current) return undefined;
        const rt = this.volumes.refresh(p, current);
        const served = serveRequest(rt, port, req, deps.clock.now());
        if (served.runtime !== rt) {
          this.runtimes.set(p.metadata.uid, served.runtime);
          this.volumes.collect(p, rt, served.runtime);
        }
        if (served.log) this.logs.append(rt.uid, [served.log]);
        const image = rt.containers.find((c) => c.stage === 'running' && c.current?.program?.serving?.ports.includes(port))?.image;
        return { listening: served.listening, ...(served.response ? { response: served.response } : {}), ...(image ? { image } : {}) };
      },
    };
    deps.client.serveNode(deps.node.name, this.server);
  }

  get nodeName(): string {
    return this.deps.node.name;
  }

  isRunning(): boolean {
    return this.running;
  }

  /**
   * A container that runs but has not been probed yet is on its way to Ready (initialDelaySeconds):
   * the cluster is not quiet until that first verdict — a probe that keeps failing is.
   */
  awaitingFirstProbe(): boolean {
    return this.running && this.awaitingProbe.size > 0;
  }

  /** Boots the kubelet: registers (or re-announces) the node, starts heartbeats and pod sync. */
  start(): void {
    if (this.running) return;
    this.running = true;
    this.registerNode();
    this.renewLease();
    // Pods deleted while the node was down vanish from the watch: sync every key seen before.
    const previous = [...this.pods.keys()];
    this.pods.clear();
    for (const key of previous) this.queue.add(key);
    this.serviceEnv.clear();
    this.unwatchServices = this.deps.client.watch(SERVICES, {}, () => this.serviceEnv.clear());
    this.unwatch = this.deps.client.watch<Pod>(PODS, { fieldSelector: `spec.nodeName=${this.nodeName}`, sendInitialEvents: true }, (e) => {
      const key = keyOf(e.object);
      if (e.type === 'DELETED') this.pods.delete(key);
      else this.pods.set(key, e.object);
      if (key !== this.writing || e.type !== 'MODIFIED') this.queue.add(key);
    });
  }

  /** Power off: heartbeats and status reports stop; pods stay as the API last saw them. */
  stop(): void {
    this.running = false;
    this.unwatch?.();
    this.unwatch = undefined;
    this.unwatchServices?.();
    this.unwatchServices = undefined;
  }

  sync(key: string): void {
    if (!this.running) return;
    if (key === 'lease') return this.renewLease();
    if (key === 'status') return this.postStatus();
    const pod = this.pods.get(key);
    if (!pod) return this.forget(key);
    this.syncOne(key, pod);
  }

  private syncOne(key: string, pod: Stored<Pod>): void {
    const uid = pod.metadata.uid;
    const now = this.deps.clock.now();
    if (!this.runtimes.has(uid) && this.volumes.awaitsClaimBinding(pod)) return this.queue.addAfter(key, 1);
    const lookup: ObjectLookup = { ...this.lookup(pod.metadata.namespace ?? 'default'), volumeData: this.volumes.dataFor(pod) };
    const runtime = this.periodicSync(pod, this.volumes.remount(pod, this.runtimes.get(uid)), lookup, now);
    const result = syncPod({
      pod,
      runtime,
      now,
      node: { name: this.nodeName, hostIP: this.deps.node.internalIP, images: this.images },
      podIP: runtime ? runtime.podIP : pod.spec?.hostNetwork ? this.deps.node.internalIP : this.addresses.allocate(uid),
      lookup,
      rng: this.deps.rng,
      serviceEnv: this.serviceEnvFor(pod.metadata.namespace ?? 'default'),
      net: this.containerNet(pod),
    });
    this.runtimes.set(uid, result.runtime);
    if (awaitsFirstProbe(result.runtime)) this.awaitingProbe.add(uid);
    else this.awaitingProbe.delete(uid);
    this.volumes.collect(pod, runtime, result.runtime);
    this.uidOf.set(key, uid);
    for (const image of result.imagesPulled) this.images.add(image);
    this.logs.append(uid, result.logs);
    for (const e of result.events) this.recorder.event(pod, e.type, e.reason, e.message, e.fieldPath);
    if (result.readyToDelete) {
      this.deleteFinished(pod);
      return;
    }
    if (!deepEqual(result.status, pod.status)) {
      this.writing = key;
      try {
        this.deps.client.update<Pod>(PODS, { ...pod, status: result.status }, { namespace: pod.metadata.namespace, subresource: 'status' });
      } finally {
        this.writing = undefined;
      }
    }
    if (result.wakeAt !== undefined) this.queue.addAfter(key, Math.max(MIN_WAKE_S, (result.wakeAt - now) / 1000));
    const synced = this.lastPeriodicSync.get(uid);
    if (synced !== undefined && !result.runtime.terminating) this.queue.addAfter(key, Math.max(MIN_WAKE_S, (synced - now) / 1000 + SYNC_FREQUENCY_S));
  }

  /** The periodic pod sync, for pods whose ConfigMap/Secret/downward API volumes may have changed. */
  private periodicSync(pod: Stored<Pod>, rt: PodRuntime | undefined, lookup: ObjectLookup, now: number): PodRuntime | undefined {
    if (!rt?.mount.ok || !hasUpdatableVolumes(pod)) return rt;
    const last = this.lastPeriodicSync.get(rt.uid);
    if (last !== undefined && now - last < SYNC_FREQUENCY_S * 1000) return rt;
    this.lastPeriodicSync.set(rt.uid, now);
    return last === undefined ? rt : refreshUpdatableVolumes(pod, rt, lookup, { hostIP: this.deps.node.internalIP, podIP: rt.podIP });
  }

  /** The resource metrics endpoint (/metrics/resource) metrics-server scrapes: each running container's usage now. */
  resourceUsage(pod: Pod): ContainerUsage[] {
    const rt = this.running ? this.runtimes.get(pod.metadata?.uid ?? '') : undefined;
    return rt ? podUsage(pod, rt) : [];
  }

  /** `kubectl exec`: runs in the container's program; what it changes (files) stays in the runtime. */
  private exec(namespace: string, podName: string, opts: ExecOptions): ExecResult {
    const pod = this.pods.get(`${namespace}/${podName}`);
    const rt = pod && this.runtimes.get(pod.metadata.uid);
    const containers = pod?.spec?.containers.map((c) => c.name) ?? [];
    const container = opts.container ?? containers[0] ?? '';
    if (!pod || !rt) throw badRequest(`pod ${podName} does not have a host assigned`);
    if (!containers.includes(container) && !pod.spec?.ephemeralContainers?.some((c) => c.name === container)) throw badRequest(`container ${container} is not valid for pod ${podName}`);
    const current = this.volumes.refresh(pod, rt, container);
    const image = pod.spec?.containers.find((c) => c.name === container)?.image ?? '';
    const r = execInContainer(current, container, opts.command, this.deps.clock.now(), this.containerNet(pod)(image), opts.stdin);
    if ('error' in r) throw internalError(`error executing command in container: ${r.error}`);
    this.runtimes.set(pod.metadata.uid, r.runtime);
    this.volumes.collect(pod, current, r.runtime);
    return { exitCode: r.exitCode, stdout: r.stdout, stderr: r.stderr };
  }

  private containerNet(pod: Stored<Pod>): (image: string) => ProgramNet | undefined {
    return (image) => this.programNetwork?.(pod.metadata.namespace ?? 'default', pod.metadata.name, image);
  }

  private deleteFinished(pod: Stored<Pod>): void {
    try {
      this.deps.client.delete(PODS, pod.metadata.name, { namespace: pod.metadata.namespace, gracePeriodSeconds: 0, preconditions: { uid: pod.metadata.uid } });
    } catch (e) {
      if (!isApiError(e, 'NotFound') && !isApiError(e, 'Conflict')) throw e;
    }
  }

  private forget(key: string): void {
    const uid = this.uidOf.get(key);
    this.uidOf.delete(key);
    if (uid === undefined) return;
    this.runtimes.delete(uid);
    this.awaitingProbe.delete(uid);
    this.lastPeriodicSync.delete(uid);
    this.addresses.release(uid);
    this.logs.forget(uid);
    this.volumes.forget(uid);
  }

  private lookup(namespace: string): ObjectLookup {
    const get = <T extends object>(r: typeof CONFIGMAPS, name: string): Stored<T> | undefined => {
      try {
        return this.deps.client.get<T>(r, name, { namespace });
      } catch (e) {
        if (isApiError(e, 'NotFound')) return undefined;
        throw e;
      }
    };
    return {
      configMap: (name) => get<ConfigMap>(CONFIGMAPS, name)?.data ?? (get<ConfigMap>(CONFIGMAPS, name) ? {} : undefined),
      secret: (name) => {
        const s = get<Secret>(SECRETS, name);
        if (!s) return undefined;
        return Object.fromEntries(Object.entries(s.data ?? {}).map(([k, v]) => [k, decodeBase64(v) ?? '']));
      },
    };
  }

  private serviceEnvFor(namespace: string): [string, string][] {
    let env = this.serviceEnv.get(namespace);
    if (!env) {
      env = serviceEnvironment(this.deps.client.list<Service>(SERVICES, { namespace }).items, this.defaultServices());
      this.serviceEnv.set(namespace, env);
    }
    return env;
  }

  private defaultServices(): Service[] {
    return this.deps.client.list<Service>(SERVICES, { namespace: 'default', fieldSelector: 'metadata.name=kubernetes' }).items;
  }

  private registerNode(): void {
    const now = this.deps.clock.now();
    const desired = nodeObject(this.deps.node, this.deps.profile, this.deps.rng, now);
    this.volumes.provideNodeFile('/etc/machine-id', `${desired.status?.nodeInfo?.machineID ?? ''}\n`);
    let existing: Stored<Node> | undefined;
    try {
      existing = this.deps.client.get<Node>(NODES, this.nodeName);
    } catch (e) {
      if (!isApiError(e, 'NotFound')) throw e;
    }
    if (!existing) {
      const node = this.deps.client.create<Node>(NODES, desired);
      for (const [reason, message] of [
        ['Starting', 'Starting kubelet.'],
        ['NodeAllocatableEnforced', 'Updated Node Allocatable limit across pods'],
        ['NodeHasSufficientMemory', `Node ${this.nodeName} status is now: NodeHasSufficientMemory`],
        ['NodeHasNoDiskPressure', `Node ${this.nodeName} status is now: NodeHasNoDiskPressure`],
        ['NodeHasSufficientPID', `Node ${this.nodeName} status is now: NodeHasSufficientPID`],
        ['NodeReady', `Node ${this.nodeName} status is now: NodeReady`],
      ]) {
        this.recorder.event({ ...node, metadata: { ...node.metadata, uid: this.nodeName } }, 'Normal', reason, message);
      }
    } else {
      this.recorder.event({ ...existing, metadata: { ...existing.metadata, uid: this.nodeName } }, 'Normal', 'Starting', 'Starting kubelet.');
      this.postStatus(existing);
      this.recorder.event({ ...existing, metadata: { ...existing.metadata, uid: this.nodeName } }, 'Normal', 'NodeReady', `Node ${this.nodeName} status is now: NodeReady`);
    }
    this.queue.addAfter('status', STATUS_REPORT_S);
  }

  private postStatus(current?: Stored<Node>): void {
    const node = current ?? this.deps.client.get<Node>(NODES, this.nodeName);
    const conditions = healthyConditions(this.deps.clock.now(), node.status?.conditions);
    this.deps.client.update(NODES, { ...node, status: { ...node.status, conditions } }, { subresource: 'status' });
    if (!current) this.queue.addAfter('status', STATUS_REPORT_S);
  }

  private renewLease(): void {
    const renewTime = microTime(this.deps.clock.now());
    try {
      const lease = this.deps.client.get(LEASES, this.nodeName, { namespace: 'kube-node-lease' });
      this.deps.client.update(LEASES, { ...lease, spec: { ...(lease.spec as object), renewTime } }, { namespace: 'kube-node-lease' });
    } catch (e) {
      if (!isApiError(e, 'NotFound')) throw e;
      const node = this.deps.client.get<Node>(NODES, this.nodeName);
      this.deps.client.create(
        LEASES,
        {
          apiVersion: 'coordination.k8s.io/v1',
          kind: 'Lease',
          metadata: { name: this.nodeName, namespace: 'kube-node-lease', ownerReferences: [{ apiVersion: 'v1', kind: 'Node', name: this.nodeName, uid: node.metadata.uid }] },
          spec: { holderIdentity: this.nodeName, leaseDurationSeconds: LEASE_DURATION_S, renewTime },
        },
        { namespace: 'kube-node-lease' },
      );
    }
    this.queue.addAfter('lease', LEASE_RENEW_S);
  }
}
