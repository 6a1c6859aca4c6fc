/**
 * metrics-server: while its Deployment in kube-system is available, it samples every running
 * pod every few seconds and publishes, each metric resolution, the usage over the last window —
 * idle footprint plus the CPU rate of served requests, throttled at the CPU limit. Like the real
 * one it has nothing to say until it has run for a while (`error: metrics not available yet`).
 */
import type { Deployment } from 'kubernetes-types/apps/v1';
import type { Node, Pod } from 'kubernetes-types/core/v1';
import type { Clock } from '../../common/clock';
import { DEPLOYMENTS, NODES, PODS } from '../api/resources';
import type { ClusterClient } from '../client/types';
import type { ContainerSample, NodeMetrics, PodMetrics, RequestCpuSource, UsageSource } from './types';
import { cpuQuantity, memoryQuantity } from './units';

/** How often the kubelet's counters are read; the rate spans two reads WINDOW apart. */
export const SAMPLE_SECONDS = 5;
export const WINDOW_SECONDS = 10;
export const RESOLUTION_SECONDS = 15;
/** From the server's start until its first complete scrape is served. */
export const WARMUP_SECONDS = 60;
/** What the node itself (kubelet, container runtime, system daemons) uses beyond its pods. */
const NODE_OVERHEAD = { cpuMilli: 80, memoryBytes: 512 * 1024 * 1024 };

export interface MetricsServerDeps {
  client: ClusterClient;
  clock: Clock;
  usage: UsageSource;
  requests: RequestCpuSource;
}

interface Published {
  pods: PodMetrics[];
  nodes: NodeMetrics[];
}

interface PodSample {
  at: number;
  cpuMs: number;
}

export class MetricsServer {
  private servingSince: number | undefined;
  private lastPublish = -Infinity;
  private history = new Map<string, PodSample[]>();
  private published: Published = { pods: [], nodes: [] };

  constructor(private readonly deps: MetricsServerDeps) {}

  start(): void {
    this.deps.clock.after(SAMPLE_SECONDS, () => {
      this.start();
      this.sample();
    });
  }

  /** The APIService is Available: the addon's Deployment has an available replica. */
  available(): boolean {
    try {
      const d = this.deps.client.get<Deployment>(DEPLOYMENTS, 'metrics-server', { namespace: 'kube-system' });
      return (d.status?.availableReplicas ?? 0) > 0;
    } catch {
      return false;
    }
  }

  podMetrics(namespace?: string): PodMetrics[] {
    return this.published.pods.filter((m) => namespace === undefined || m.metadata.namespace === namespace);
  }

  nodeMetrics(): NodeMetrics[] {
    return this.published.nodes;
  }

  private sample(): void {
    const now = this.deps.clock.now();
    if (!this.available()) {
      this.servingSince = undefined;
      this.history.clear();
      this.published = { pods: [], nodes: [] };
      return;
    }
    this.servingSince ??= now;
    const pods = this.deps.client.list<Pod>(PODS).items.filter((p) => p.status?.phase === 'Running');
    const live = new Set<string>();
    for (const p of pods) {
      const uid = p.metadata?.uid ?? '';
      live.add(uid);
      const samples = [...(this.history.get(uid) ?? []), { at: now, cpuMs: this.deps.requests.requestStats(uid).cpuMs }];
      this.history.set(uid, samples.filter((s) => s.at >= now - WINDOW_SECONDS * 1000));
    }
    for (const uid of [...this.history.keys()]) if (!live.has(uid)) this.history.delete(uid);
    const warm = now - this.servingSince >= WARMUP_SECONDS * 1000;
    if (warm && now - this.lastPublish >= RESOLUTION_SECONDS * 1000) {
      this.lastPublish = now;
      this.published = this.scrape(pods, now);
    }
  }

  /** Requests' CPU spread over the containers that serve (the first one), at most each's limit. */
  private containerUsage(pod: Pod, requestMilli: number): ContainerSample[] {
    return this.deps.usage.containerUsage(pod).map((c, i) => ({
      ...c,
      cpuMilli: Math.min(c.cpuMilli + (i === 0 ? requestMilli : 0), c.cpuLimitMilli ?? Infinity),
    }));
  }

  private scrape(pods: Pod[], now: number): Published {
    const timestamp = new Date(now).toISOString().replace(/\.\d{3}Z$/, 'Z');
    const window = `${WINDOW_SECONDS}s`;
    const byNode = new Map<string, { cpuMilli: number; memoryBytes: number }>();
    const podMetrics: PodMetrics[] = [];
    for (const pod of pods) {
      const samples = this.history.get(pod.metadata?.uid ?? '') ?? [];
      const oldest = samples[0];
      const newest = samples[samples.length - 1];
      // A pod needs two samples a window apart before its CPU rate means anything.
      if (!oldest || !newest || newest.at - oldest.at < WINDOW_SECONDS * 1000) continue;
      const requestMilli = (newest.cpuMs - oldest.cpuMs) / WINDOW_SECONDS;
      const containers = this.containerUsage(pod, requestMilli);
      if (!containers.length) continue;
      const node = byNode.get(pod.spec?.nodeName ?? '') ?? { cpuMilli: 0, memoryBytes: 0 };
      for (const c of containers) {
        node.cpuMilli += c.cpuMilli;
        node.memoryBytes += c.memoryBytes;
      }
      byNode.set(pod.spec?.nodeName ?? '', node);
      podMetrics.push({
        apiVersion: 'metrics.k8s.io/v1beta1',
        kind: 'PodMetrics',
        metadata: { name: pod.metadata?.name ?? '', namespace: pod.metadata?.namespace ?? '', creationTimestamp: timestamp, labels: pod.metadata?.labels },
        timestamp,
        window,
        containers: containers.map((c) => ({ name: c.name, usage: { cpu: cpuQuantity(c.cpuMilli), memory: memoryQuantity(c.memoryBytes) } })),
      });
    }
    const nodes = this.deps.client.list<Node>(NODES).items.map((n): NodeMetrics => {
      const u = byNode.get(n.metadata?.name ?? '') ?? { cpuMilli: 0, memoryBytes: 0 };
      return {
        apiVersion: 'metrics.k8s.io/v1beta1',
        kind: 'NodeMetrics',
        metadata: { name: n.metadata?.name ?? '', creationTimestamp: timestamp, labels: n.metadata?.labels },
        timestamp,
        window,
        usage: { cpu: cpuQuantity(u.cpuMilli + NODE_OVERHEAD.cpuMilli), memory: memoryQuantity(u.memoryBytes + NODE_OVERHEAD.memoryBytes) },
      };
    });
    return { pods: podMetrics, nodes };
  }
}
