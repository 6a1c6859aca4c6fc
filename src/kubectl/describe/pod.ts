/** `kubectl describe pod` (describePod). */
import type { Event, Pod } from 'kubernetes-types/core/v1';
import { translateTimestampSince } from '../printers/age';
import { describeContainers, envValueRetriever } from './containers';
import { describeEvents } from './events';
import {
  describeTopologySpreadConstraints,
  printAnnotationsMultiline,
  printLabelsMultiline,
  printTolerationsMultiline,
  rfc1123z,
} from './format';
import { LEVEL_0, LEVEL_1, tabbedString, type PrefixWriter } from './prefixWriter';
import { podQOSClass } from './qos';
import { describeVolumes } from './volumes';
import { controlledBy } from './owner';

export function describePod(pod: Pod, events: Event[] | undefined, now: number): string {
  return tabbedString((w) => {
    const spec = pod.spec;
    const status = pod.status ?? {};
    w.write(LEVEL_0, `Name:\t${pod.metadata?.name ?? ''}\n`);
    w.write(LEVEL_0, `Namespace:\t${pod.metadata?.namespace ?? ''}\n`);
    if (spec?.priority != null) w.write(LEVEL_0, `Priority:\t${spec.priority}\n`);
    if (spec?.priorityClassName) w.write(LEVEL_0, `Priority Class Name:\t${spec.priorityClassName}\n`);
    if (spec?.runtimeClassName) w.write(LEVEL_0, `Runtime Class Name:\t${spec.runtimeClassName}\n`);
    if (spec?.serviceAccountName) w.write(LEVEL_0, `Service Account:\t${spec.serviceAccountName}\n`);
    w.write(LEVEL_0, spec?.nodeName ? `Node:\t${spec.nodeName}/${status.hostIP ?? ''}\n` : 'Node:\t<none>\n');
    if (status.startTime) w.write(LEVEL_0, `Start Time:\t${rfc1123z(status.startTime)}\n`);
    printLabelsMultiline(w, 'Labels', pod.metadata?.labels);
    printAnnotationsMultiline(w, 'Annotations', pod.metadata?.annotations);
    describeStatus(pod, w, now);
    w.write(LEVEL_0, `IP:\t${status.podIP ?? ''}\n`);
    describePodIPs(pod, w);
    const owner = controlledBy(pod.metadata);
    if (owner) w.write(LEVEL_0, `Controlled By:\t${owner}\n`);
    if (status.nominatedNodeName) w.write(LEVEL_0, `NominatedNodeName:\t${status.nominatedNodeName}\n`);
    const resolve = envValueRetriever(pod);
    if ((spec?.initContainers ?? []).length > 0) {
      describeContainers('Init Containers', spec!.initContainers!, status.initContainerStatuses, resolve, w, '');
    }
    describeContainers('Containers', spec?.containers ?? [], status.containerStatuses, resolve, w, '');
    describeConditions(pod, w);
    describeVolumes(spec?.volumes, w, '');
    w.write(LEVEL_0, `QoS Class:\t${podQOSClass(pod)}\n`);
    printLabelsMultiline(w, 'Node-Selectors', spec?.nodeSelector);
    printTolerationsMultiline(w, 'Tolerations', spec?.tolerations);
    describeTopologySpreadConstraints(w, spec?.topologySpreadConstraints, '');
    describeEvents(events, w, now);
  });
}

function describeStatus(pod: Pod, w: PrefixWriter, now: number): void {
  const status = pod.status ?? {};
  const meta = pod.metadata;
  if (meta?.deletionTimestamp && status.phase !== 'Failed' && status.phase !== 'Succeeded') {
    w.write(LEVEL_0, `Status:\tTerminating (lasts ${translateTimestampSince(meta.deletionTimestamp, now)})\n`);
    w.write(LEVEL_0, `Termination Grace Period:\t${meta.deletionGracePeriodSeconds ?? 0}s\n`);
  } else {
    w.write(LEVEL_0, `Status:\t${status.phase ?? ''}\n`);
  }
  if (status.reason) w.write(LEVEL_0, `Reason:\t${status.reason}\n`);
  if (status.message) w.write(LEVEL_0, `Message:\t${status.message}\n`);
  const seccomp = pod.spec?.securityContext?.seccompProfile;
  if (seccomp) {
    w.write(LEVEL_0, `SeccompProfile:\t${seccomp.type}\n`);
    if (seccomp.type === 'Localhost') w.write(LEVEL_0, `LocalhostProfile:\t${seccomp.localhostProfile ?? ''}\n`);
  }
}

function describePodIPs(pod: Pod, w: PrefixWriter): void {
  const ips = pod.status?.podIPs ?? [];
  if (ips.length === 0) {
    w.write(LEVEL_0, 'IPs:\t<none>\n');
    return;
  }
  w.write(LEVEL_0, 'IPs:\n');
  for (const ip of ips) w.write(LEVEL_1, `IP:\t${ip.ip}\n`);
}

function describeConditions(pod: Pod, w: PrefixWriter): void {
  const gates = pod.spec?.readinessGates ?? [];
  const conditions = pod.status?.conditions ?? [];
  if (gates.length > 0) {
    w.write(LEVEL_0, 'Readiness Gates:\n  Type\tStatus\n');
    for (const gate of gates) {
      const status = conditions.find((c) => c.type === gate.conditionType)?.status ?? '<none>';
      w.write(LEVEL_1, `${gate.conditionType} \t${status} \n`);
    }
  }
  if (conditions.length > 0) {
    w.write(LEVEL_0, 'Conditions:\n  Type\tStatus\n');
    for (const c of conditions) w.write(LEVEL_1, `${c.type} \t${c.status} \n`);
  }
}

