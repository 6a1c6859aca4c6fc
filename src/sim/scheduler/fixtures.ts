/**
 * Test fixtures: Node and Pod objects shaped like what a kubelet registers and a controller
 * creates, so scheduler tests (and scenario tests elsewhere) can build clusters in one line.
 */
import type { Node, Pod, Taint } from 'kubernetes-types/core/v1';
import type { KubeObject, Stored } from '../api/types';
import type { CycleState } from './framework';
import { NodeInfo } from './nodeInfo';
import { podInfoOf } from './podInfo';

export interface NodeSpec {
  cpu?: string;
  memory?: string;
  pods?: string;
  labels?: Record<string, string>;
  taints?: Taint[];
  unschedulable?: boolean;
  images?: { names: string[]; sizeBytes: number }[];
}

export function makeNode(name: string, s: NodeSpec = {}): Node & KubeObject {
  return {
    apiVersion: 'v1',
    kind: 'Node',
    metadata: { name, labels: { 'kubernetes.io/hostname': name, 'kubernetes.io/os': 'linux', ...s.labels } },
    spec: { ...(s.taints ? { taints: s.taints } : {}), ...(s.unschedulable ? { unschedulable: true } : {}) },
    status: {
      capacity: { cpu: s.cpu ?? '2', memory: s.memory ?? '4Gi', pods: s.pods ?? '110' },
      allocatable: { cpu: s.cpu ?? '2', memory: s.memory ?? '4Gi', pods: s.pods ?? '110' },
      conditions: [{ type: 'Ready', status: 'True', reason: 'KubeletReady', message: 'kubelet is posting ready status' }],
      ...(s.images ? { images: s.images } : {}),
    },
  };
}

export const CONTROL_PLANE_TAINT: Taint = { key: 'node-role.kubernetes.io/control-plane', effect: 'NoSchedule' };

export function makePod(name: string, spec: Partial<NonNullable<Pod['spec']>> = {}, requests?: Record<string, string>, meta: Partial<NonNullable<Pod['metadata']>> = {}): Pod & KubeObject {
  return {
    apiVersion: 'v1',
    kind: 'Pod',
    metadata: { name, namespace: 'default', ...meta },
    spec: { containers: [{ name: 'app', image: 'nginx:1.27', ...(requests ? { resources: { requests } } : {}) }], ...spec },
  };
}

/** What the store would have added: enough metadata for the scheduler's bookkeeping. */
export function stored<T extends Pod | Node>(obj: T, uid = `uid-${obj.metadata?.name}`): Stored<T> {
  return { ...obj, metadata: { namespace: obj.kind === 'Pod' ? 'default' : undefined, ...obj.metadata, uid, resourceVersion: '1', creationTimestamp: '2024-06-01T00:00:00Z' } } as Stored<T>;
}

/** A NodeInfo with these pods already bound to it. */
export function nodeInfo(node: Node, pods: Pod[] = []): NodeInfo {
  const info = new NodeInfo(node.metadata!.name!);
  info.setNode(stored(node));
  for (const p of pods) info.addPod(podInfoOf(stored({ ...p, spec: { ...p.spec!, nodeName: info.name } })));
  return info;
}

export function cycleState(pod: Pod, nodes: NodeInfo[] = []): CycleState {
  const s = stored(pod);
  return { pod: s, podInfo: podInfoOf(s), allNodes: nodes, imageNodeCounts: new Map(), data: new Map() };
}
