/** `kubectl describe node` (describeNode). */
import type { Event, Node, Pod } from 'kubernetes-types/core/v1';
import type { Lease } from 'kubernetes-types/coordination/v1';
import { findNodeRoles } from '../printers/columns/node';
import { describeEvents } from './events';
import { compare, printAnnotationsMultiline, printLabelsMultiline, printTaintsMultiline, rfc1123z } from './format';
import { describeNodeResource } from './nodeResources';
import { LEVEL_0, LEVEL_1, tabbedString, type PrefixWriter } from './prefixWriter';
import { canonicalQuantity } from './quantity';

export interface NodeRelated {
  /** Pods in the cluster; those bound to the node and not finished are listed. */
  pods?: Pod[];
  /** The node's Lease in kube-node-lease; `null` when it could not be found. */
  lease?: Lease | null;
  events?: Event[];
}

export function describeNode(node: Node, related: NodeRelated, now: number): string {
  return tabbedString((w) => {
    const name = node.metadata?.name ?? '';
    w.write(LEVEL_0, `Name:\t${name}\n`);
    w.write(LEVEL_0, `Roles:\t${findNodeRoles(node).join(',') || '<none>'}\n`);
    printLabelsMultiline(w, 'Labels', node.metadata?.labels);
    printAnnotationsMultiline(w, 'Annotations', node.metadata?.annotations);
    w.write(LEVEL_0, `CreationTimestamp:\t${rfc1123z(node.metadata?.creationTimestamp)}\n`);
    printTaintsMultiline(w, 'Taints', node.spec?.taints);
    w.write(LEVEL_0, `Unschedulable:\t${node.spec?.unschedulable === true}\n`);
    describeLease(related.lease, name, w);
    describeConditions(node, w);
    w.write(LEVEL_0, 'Addresses:\n');
    for (const a of node.status?.addresses ?? []) w.write(LEVEL_1, `${a.type}:\t${a.address}\n`);
    describeResourceList('Capacity', node.status?.capacity, w);
    describeResourceList('Allocatable', node.status?.allocatable, w);
    describeSystemInfo(node, w);
    if (node.spec?.podCIDR) w.write(LEVEL_0, `PodCIDR:\t${node.spec.podCIDR}\n`);
    if ((node.spec?.podCIDRs ?? []).length > 0) w.write(LEVEL_0, `PodCIDRs:\t${node.spec!.podCIDRs!.join(',')}\n`);
    if (node.spec?.providerID) w.write(LEVEL_0, `ProviderID:\t${node.spec.providerID}\n`);
    const pods = (related.pods ?? []).filter(
      (p) => p.spec?.nodeName === name && p.status?.phase !== 'Succeeded' && p.status?.phase !== 'Failed',
    );
    describeNodeResource(pods, node, w, now);
    describeEvents(related.events, w, now);
  });
}

function describeLease(lease: Lease | null | undefined, nodeName: string, w: PrefixWriter): void {
  if (lease === undefined) return;
  if (lease === null) {
    w.write(LEVEL_0, `Lease:\tFailed to get lease: leases.coordination.k8s.io "${nodeName}" not found\n`);
    return;
  }
  w.write(LEVEL_0, 'Lease:\n');
  w.write(LEVEL_1, `HolderIdentity:\t${lease.spec?.holderIdentity ?? '<unset>'}\n`);
  w.write(LEVEL_1, `AcquireTime:\t${lease.spec?.acquireTime ? rfc1123z(lease.spec.acquireTime) : '<unset>'}\n`);
  w.write(LEVEL_1, `RenewTime:\t${lease.spec?.renewTime ? rfc1123z(lease.spec.renewTime) : '<unset>'}\n`);
}

function describeConditions(node: Node, w: PrefixWriter): void {
  const conditions = node.status?.conditions ?? [];
  if (conditions.length === 0) return;
  w.write(LEVEL_0, 'Conditions:\n  Type\tStatus\tLastHeartbeatTime\tLastTransitionTime\tReason\tMessage\n');
  w.write(LEVEL_1, '----\t------\t-----------------\t------------------\t------\t-------\n');
  for (const c of conditions) {
    w.write(
      LEVEL_1,
      `${c.type} \t${c.status} \t${rfc1123z(c.lastHeartbeatTime)} \t${rfc1123z(c.lastTransitionTime)} \t${c.reason ?? ''} \t${c.message ?? ''}\n`,
    );
  }
}

function describeResourceList(title: string, list: Record<string, string> | undefined, w: PrefixWriter): void {
  const names = Object.keys(list ?? {}).sort(compare);
  if (names.length === 0) return;
  w.write(LEVEL_0, `${title}:\n`);
  for (const name of names) w.write(LEVEL_0, `  ${name}:\t${canonicalQuantity(list![name])}\n`);
}

function describeSystemInfo(node: Node, w: PrefixWriter): void {
  const info = node.status?.nodeInfo;
  w.write(LEVEL_0, 'System Info:\n');
  const rows: [string, string | undefined][] = [
    ['Machine ID', info?.machineID],
    ['System UUID', info?.systemUUID],
    ['Boot ID', info?.bootID],
    ['Kernel Version', info?.kernelVersion],
    ['OS Image', info?.osImage],
    ['Operating System', info?.operatingSystem],
    ['Architecture', info?.architecture],
    ['Container Runtime Version', info?.containerRuntimeVersion],
    ['Kubelet Version', info?.kubeletVersion],
    ['Kube-Proxy Version', info?.kubeProxyVersion],
  ];
  for (const [label, value] of rows) w.write(LEVEL_0, `  ${label}:\t${value ?? ''}\n`);
}
