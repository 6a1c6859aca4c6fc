/**
 * The scheduler's cache (internal/cache): one NodeInfo per node, fed by the node and pod
 * informers, plus pods the scheduler has *assumed* onto a node before the binding is seen, so
 * the next pod in the same instant already counts them.
 */
import type { Node, Pod } from 'kubernetes-types/core/v1';
import type { Stored } from '../api/types';
import { keyOf } from '../client/informer';
import { NodeInfo } from './nodeInfo';
import { podInfoOf, type PodInfo } from './podInfo';

export class SchedulerCache {
  private readonly nodeInfos = new Map<string, NodeInfo>();
  private readonly podNode = new Map<string, string>();
  private readonly assumed = new Set<string>();
  /** Image name → how many nodes hold it (ImageLocality scales by how widespread it is). */
  readonly imageNodeCounts = new Map<string, number>();
  private snapshot?: NodeInfo[];

  /** Nodes in name order: the order filtering walks them, so runs are reproducible. */
  nodes(): readonly NodeInfo[] {
    if (!this.snapshot) {
      this.snapshot = [...this.nodeInfos.values()].filter((n) => n.node).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    }
    return this.snapshot;
  }

  node(name: string): NodeInfo | undefined {
    const n = this.nodeInfos.get(name);
    return n?.node ? n : undefined;
  }

  upsertNode(node: Stored<Node>): void {
    const info = this.infoFor(node.metadata.name);
    if (!info.node) this.snapshot = undefined;
    this.countImages(info, -1);
    info.setNode(node);
    this.countImages(info, 1);
  }

  removeNode(name: string): void {
    const info = this.nodeInfos.get(name);
    if (!info) return;
    this.countImages(info, -1);
    info.node = undefined;
    if (info.pods.size === 0) this.nodeInfos.delete(name);
    this.snapshot = undefined;
  }

  /** A pod bound to a node (seen from the informer): replaces whatever was assumed for it. */
  addPod(pod: Stored<Pod>): void {
    const key = keyOf(pod);
    const nodeName = this.podNode.get(key);
    this.place(podInfoOf(pod, nodeName === undefined ? undefined : this.nodeInfos.get(nodeName)?.pods.get(key)), pod.spec!.nodeName!);
    this.assumed.delete(key);
  }

  /** Counts the pod on the node now; confirmed by addPod or undone by forget. */
  assume(podInfo: PodInfo, nodeName: string): void {
    this.place(podInfo, nodeName);
    this.assumed.add(podInfo.key);
  }

  forget(key: string): void {
    if (this.assumed.delete(key)) this.removePod(key);
  }

  removePod(key: string): void {
    const nodeName = this.podNode.get(key);
    if (nodeName === undefined) return;
    this.podNode.delete(key);
    const info = this.nodeInfos.get(nodeName);
    info?.removePod(key);
    if (info && !info.node && info.pods.size === 0) this.nodeInfos.delete(nodeName);
  }

  hasPod(key: string): boolean {
    return this.podNode.has(key);
  }

  private place(p: PodInfo, nodeName: string): void {
    this.removePod(p.key);
    this.infoFor(nodeName).addPod(p);
    this.podNode.set(p.key, nodeName);
  }

  private infoFor(name: string): NodeInfo {
    let info = this.nodeInfos.get(name);
    if (!info) this.nodeInfos.set(name, (info = new NodeInfo(name)));
    return info;
  }

  private countImages(info: NodeInfo, sign: 1 | -1): void {
    if (!info.node) return;
    for (const name of info.images.keys()) {
      const n = (this.imageNodeCounts.get(name) ?? 0) + sign;
      if (n > 0) this.imageNodeCounts.set(name, n);
      else this.imageNodeCounts.delete(name);
    }
  }
}
