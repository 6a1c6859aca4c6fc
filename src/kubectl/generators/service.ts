/**
 * `kubectl create service clusterip|nodeport|loadbalancer|externalname NAME`, as
 * pkg/cmd/create/create_service.go builds it: selector and label `app=NAME`, one port per `--tcp`
 * named after the spec with `:` turned into `-`.
 */
import type { Service, ServicePort } from 'kubernetes-types/core/v1';
import { KubectlError } from '../cmdutil/errors';
import { ZERO_TIME } from './meta';

export type ServiceType = 'ClusterIP' | 'NodePort' | 'LoadBalancer' | 'ExternalName';

export interface ServiceParams {
  name: string;
  type: ServiceType;
  tcp: string[];
  clusterIP?: string;
  nodePort?: number;
  externalName?: string;
  namespace?: string;
}

/** Go's strconv.ParseUint(s, 10, 16). */
function parsePortNumber(text: string): number {
  if (!/^\d+$/.test(text)) throw new KubectlError(`strconv.ParseUint: parsing ${JSON.stringify(text)}: invalid syntax`);
  const n = Number(text);
  if (n > 65535) throw new KubectlError(`strconv.ParseUint: parsing ${JSON.stringify(text)}: value out of range`);
  return n;
}

/** intstr.Parse: a number when the text is one, else a named port. */
export function parseIntOrString(text: string): number | string {
  return /^-?\d+$/.test(text) ? Number(text) : text;
}

export function parseTcpPort(spec: string, nodePort: number): ServicePort {
  const [portText, targetText] = spec.split(':', 2);
  const port = parsePortNumber(portText);
  const targetPort = targetText ? parseIntOrString(targetText) : port;
  return { name: spec.replaceAll(':', '-'), port, protocol: 'TCP', targetPort, ...(nodePort ? { nodePort } : {}) };
}

export function generateService(p: ServiceParams): Service {
  const labels = { app: p.name };
  const ports = p.tcp.map((t) => parseTcpPort(t, p.nodePort ?? 0));
  return {
    apiVersion: 'v1',
    kind: 'Service',
    metadata: { name: p.name, labels, ...(p.namespace ? { namespace: p.namespace } : {}), creationTimestamp: ZERO_TIME },
    spec: {
      type: p.type,
      selector: labels,
      ...(ports.length ? { ports } : {}),
      ...(p.clusterIP ? { clusterIP: p.clusterIP } : {}),
      ...(p.externalName ? { externalName: p.externalName } : {}),
    },
    status: { loadBalancer: {} },
  };
}
