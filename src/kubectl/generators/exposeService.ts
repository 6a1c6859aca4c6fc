/**
 * The Service `kubectl expose` builds from a pod, service, deployment or replica set
 * (pkg/cmd/expose): selector and ports introspected from the object unless given, labels copied
 * from it, every target port equal to its port unless `--target-port`.
 */
import type { Service, ServicePort } from 'kubernetes-types/core/v1';
import type { KubeObject } from '../sim';
import { KubectlError } from '../cmdutil/errors';
import { messages } from '../messages';
import { parseIntOrString } from './service';
import { ZERO_TIME } from './meta';

export interface ExposeParams {
  name: string;
  /** `a=b,c=d`; introspected when empty. */
  selector: string;
  /** Comma-separated ports; introspected when empty. */
  port: string;
  protocol: string;
  targetPort: string;
  type: string;
  clusterIP: string;
  externalIP: string;
  loadBalancerIP: string;
  sessionAffinity: string;
  labels: string;
  namespace?: string;
}

interface PodSpecLike {
  containers?: { ports?: { containerPort: number; protocol?: string }[] }[];
}

const EXPOSABLE = ['Pod', 'Service', 'ReplicationController', 'Deployment', 'ReplicaSet'];

function podSpecOf(obj: KubeObject): PodSpecLike | undefined {
  const spec = obj.spec as { template?: { spec?: PodSpecLike } } & PodSpecLike;
  return obj.kind === 'Pod' ? spec : spec?.template?.spec;
}

/** polymorphichelpers.MapBasedSelectorForObject. */
function selectorOf(obj: KubeObject): Record<string, string> {
  const spec = (obj.spec ?? {}) as { selector?: Record<string, unknown> & { matchLabels?: Record<string, string>; matchExpressions?: unknown[] } };
  switch (obj.kind) {
    case 'Pod':
      if (!obj.metadata?.labels || Object.keys(obj.metadata.labels).length === 0) throw new KubectlError(messages.exposeNoLabels('pod'));
      return obj.metadata.labels;
    case 'Service':
    case 'ReplicationController':
      if (!spec.selector || Object.keys(spec.selector).length === 0) throw new KubectlError(messages.exposeNoSelector(obj.kind === 'Service' ? 'service' : 'replication controller'));
      return spec.selector as Record<string, string>;
    default:
      if (spec.selector?.matchExpressions?.length) throw new KubectlError(messages.exposeExpressions);
      return spec.selector?.matchLabels ?? {};
  }
}

/** polymorphichelpers.PortsForObject and ProtocolsForObject together. */
function portsOf(obj: KubeObject): { port: string; protocol: string }[] {
  if (obj.kind === 'Service') {
    const ports = ((obj.spec as { ports?: ServicePort[] })?.ports ?? []);
    return ports.map((p) => ({ port: String(p.port), protocol: p.protocol ?? 'TCP' }));
  }
  const containers = podSpecOf(obj)?.containers ?? [];
  return containers.flatMap((c) => (c.ports ?? []).map((p) => ({ port: String(p.containerPort), protocol: p.protocol ?? 'TCP' })));
}

const parseSelector = (text: string) => Object.fromEntries(text.split(',').map((kv) => [kv.slice(0, kv.indexOf('=')), kv.slice(kv.indexOf('=') + 1)]));

export function generateExposeService(typed: object, p: ExposeParams): Service {
  const obj = typed as KubeObject;
  const group = (obj.apiVersion ?? '').includes('/') ? (obj.apiVersion as string).split('/')[0] : '';
  if (!EXPOSABLE.includes(obj.kind ?? '')) throw new KubectlError(messages.exposeCannot(group ? `${obj.kind}.${group}` : (obj.kind ?? '')));
  const selector = p.selector ? parseSelector(p.selector) : selectorOf(obj);
  const introspected = portsOf(obj);
  const portStrings = p.port ? p.port.split(',') : introspected.map((x) => x.port);
  if (portStrings.length === 0) throw new KubectlError(messages.exposeNoPorts);
  const protocolOf = new Map(introspected.map((x) => [x.port, x.protocol]));
  const ports: ServicePort[] = portStrings.map((text, i) => {
    const port = Number(text);
    if (!/^\d+$/.test(text)) throw new KubectlError(`strconv.Atoi: parsing ${JSON.stringify(text)}: invalid syntax`);
    const name = portStrings.length > 1 ? `port-${i + 1}` : '';
    const protocol = p.protocol || protocolOf.get(text) || 'TCP';
    const targetPort = p.targetPort ? parseIntOrString(p.targetPort) : port;
    return { ...(name ? { name } : {}), port, protocol, targetPort };
  });
  const labels = p.labels ? parseSelector(p.labels) : obj.metadata?.labels;
  const clusterIP = p.clusterIP;
  return {
    apiVersion: 'v1',
    kind: 'Service',
    metadata: {
      name: p.name,
      ...(labels && Object.keys(labels).length ? { labels } : {}),
      ...(p.namespace ? { namespace: p.namespace } : {}),
      creationTimestamp: ZERO_TIME,
    },
    spec: {
      ports,
      selector,
      ...(p.type ? { type: p.type } : {}),
      ...(clusterIP ? { clusterIP } : {}),
      ...(p.externalIP ? { externalIPs: [p.externalIP] } : {}),
      ...(p.type === 'LoadBalancer' && p.loadBalancerIP ? { loadBalancerIP: p.loadBalancerIP } : {}),
      ...(p.sessionAffinity ? { sessionAffinity: p.sessionAffinity } : {}),
    },
    status: { loadBalancer: {} },
  };
}
