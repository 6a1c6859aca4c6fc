/**
 * framework.NodeInfo: a node plus running totals of what the pods bound (or assumed) to it
 * request, kept up to date incrementally so a filter is a few comparisons, not a sum over pods.
 */
import type { Node, Taint } from 'kubernetes-types/core/v1';
import type { Stored } from '../api/types';
import type { PodInfo } from './podInfo';
import { amount, type Resources } from './podResources';

export interface ImageState {
  size: number;
}

export class NodeInfo {
  node?: Stored<Node>;
  allocatable: Resources = new Map();
  readonly requested: Resources = new Map();
  readonly pods = new Map<string, PodInfo>();
  /** `protocol/port` → host IPs in use. */
  readonly usedPorts = new Map<string, string[]>();
  /** Controller uid → pods of it here that are not terminating (the spreading count). */
  readonly controllerCounts = new Map<string, number>();
  /** Pods here whose required anti-affinity every incoming pod must respect. */
  readonly podsWithRequiredAntiAffinity = new Map<string, PodInfo>();
  /** Every name the node reports for an image it holds, with the image's size. */
  images = new Map<string, ImageState>();
  // Read for every node in every cycle, so kept as plain fields rather than looked up each time.
  zone?: string;
  hostname?: string;
  unschedulable = false;
  taints: readonly Taint[] = [];
  allocatableCpu = 0;
  allocatableMemory = 0;
  allowedPods = 0;
  requestedCpu = 0;
  requestedMemory = 0;
  nonZeroCpu = 0;
  nonZeroMemory = 0;

  constructor(readonly name: string) {}

  setNode(node: Stored<Node>): void {
    const before = this.node?.status;
    this.node = node;
    this.zone = node.metadata?.labels?.['topology.kubernetes.io/zone'];
    this.hostname = node.metadata?.labels?.['kubernetes.io/hostname'];
    this.unschedulable = !!node.spec?.unschedulable;
    this.taints = node.spec?.taints ?? [];
    if (before?.allocatable !== node.status?.allocatable) {
      this.allocatable = new Map(Object.entries(node.status?.allocatable ?? {}).map(([k, q]) => [k, amount(k, q)]));
      this.allocatableCpu = this.allocatable.get('cpu') ?? 0;
      this.allocatableMemory = this.allocatable.get('memory') ?? 0;
      this.allowedPods = this.allocatable.get('pods') ?? 0;
    }
    if (before?.images !== node.status?.images) {
      this.images = new Map();
      for (const image of node.status?.images ?? []) for (const name of image.names ?? []) this.images.set(name, { size: image.sizeBytes ?? 0 });
    }
  }

  /** A copy to try "what if" on (preemption removes pods, nominated pods are added) without touching the cache. */
  clone(): NodeInfo {
    const copy = new NodeInfo(this.name);
    if (this.node) copy.setNode(this.node);
    for (const p of this.pods.values()) copy.addPod(p);
    return copy;
  }

  addPod(p: PodInfo): void {
    this.pods.set(p.key, p);
    this.account(p, 1);
  }

  removePod(key: string): PodInfo | undefined {
    const p = this.pods.get(key);
    if (!p) return undefined;
    this.pods.delete(key);
    this.account(p, -1);
    return p;
  }

  private account(p: PodInfo, sign: 1 | -1): void {
    for (const [k, v] of p.requests) this.requested.set(k, (this.requested.get(k) ?? 0) + sign * v);
    this.requestedCpu += sign * p.cpu;
    this.requestedMemory += sign * p.memory;
    this.nonZeroCpu += sign * p.nonZeroCpu;
    this.nonZeroMemory += sign * p.nonZeroMemory;
    for (const hp of p.hostPorts) {
      const key = `${hp.protocol}/${hp.port}`;
      const ips = this.usedPorts.get(key) ?? [];
      if (sign > 0) this.usedPorts.set(key, [...ips, hp.hostIP]);
      else {
        const i = ips.indexOf(hp.hostIP);
        const rest = i < 0 ? ips : [...ips.slice(0, i), ...ips.slice(i + 1)];
        if (rest.length) this.usedPorts.set(key, rest);
        else this.usedPorts.delete(key);
      }
    }
    if (p.affinity?.requiredAntiAffinity.length) {
      if (sign > 0) this.podsWithRequiredAntiAffinity.set(p.key, p);
      else this.podsWithRequiredAntiAffinity.delete(p.key);
    }
    if (p.controllerUid && !p.terminating) {
      const n = (this.controllerCounts.get(p.controllerUid) ?? 0) + sign;
      if (n > 0) this.controllerCounts.set(p.controllerUid, n);
      else this.controllerCounts.delete(p.controllerUid);
    }
  }
}
