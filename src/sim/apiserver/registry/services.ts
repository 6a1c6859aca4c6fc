/**
 * Services: cluster IPs come from the service CIDR (10.96.0.0/12, as minikube and kubeadm use),
 * node ports from 30000–32767; both are released when the Service goes.
 */
import type { Service } from 'kubernetes-types/core/v1';
import { invalid, type FieldError } from '../../api/fieldErrors';
import type { KubeObject, Stored } from '../../api/types';
import type { Strategy, StrategyContext } from './strategy';

const SERVICES_KEY = 'services';
const NODE_PORT_MIN = 30000;
const NODE_PORT_MAX = 32767;

function used(ctx: StrategyContext, pick: (s: Service) => (string | number | undefined)[]): Set<string | number> {
  const out = new Set<string | number>();
  for (const s of ctx.list(SERVICES_KEY)) for (const v of pick(s as unknown as Service)) if (v !== undefined) out.add(v);
  return out;
}

/** 10.96.0.1 is the `kubernetes` Service; others are drawn at random from the /12 like the real allocator. */
function allocateClusterIP(ctx: StrategyContext, name: string, namespace: string): string {
  if (name === 'kubernetes' && namespace === 'default') return '10.96.0.1';
  const taken = used(ctx, (s) => [s.spec?.clusterIP]);
  for (;;) {
    const n = ctx.rng.int(2, (1 << 20) - 2);
    const ip = `10.${96 + (n >> 16)}.${(n >> 8) & 255}.${n & 255}`;
    if (!taken.has(ip)) return ip;
  }
}

function allocateNodePorts(svc: Service, old: Service | undefined, ctx: StrategyContext): FieldError[] {
  const errs: FieldError[] = [];
  const needsPorts = svc.spec?.type === 'NodePort' || (svc.spec?.type === 'LoadBalancer' && svc.spec.allocateLoadBalancerNodePorts !== false);
  const mine = new Set((old?.spec?.ports ?? []).map((p) => p.nodePort));
  const taken = used(ctx, (s) => (s.metadata?.uid === svc.metadata?.uid ? [] : (s.spec?.ports ?? []).map((p) => p.nodePort)));
  (svc.spec?.ports ?? []).forEach((p, i) => {
    if (!needsPorts) {
      delete p.nodePort;
      return;
    }
    if (p.nodePort !== undefined) {
      if (taken.has(p.nodePort) && !mine.has(p.nodePort)) errs.push(invalid(`spec.ports[${i}].nodePort`, p.nodePort, 'provided port is already allocated'));
      taken.add(p.nodePort);
      return;
    }
    const previous = old?.spec?.ports?.find((q) => q.port === p.port && q.protocol === p.protocol)?.nodePort;
    let port = previous;
    while (port === undefined || taken.has(port)) port = ctx.rng.int(NODE_PORT_MIN, NODE_PORT_MAX);
    p.nodePort = port;
    taken.add(port);
  });
  return errs;
}

function fillAllocations(svc: Service, old: Service | undefined, ctx: StrategyContext): FieldError[] {
  const spec = (svc.spec ??= {});
  if (spec.type === 'ExternalName') return [];
  if (old?.spec?.clusterIP && !spec.clusterIP) spec.clusterIP = old.spec.clusterIP;
  if (!spec.clusterIP) spec.clusterIP = allocateClusterIP(ctx, svc.metadata?.name ?? '', svc.metadata?.namespace ?? '');
  spec.clusterIPs ??= [spec.clusterIP];
  spec.ipFamilies ??= ['IPv4'];
  spec.ipFamilyPolicy ??= 'SingleStack';
  if (spec.type === 'LoadBalancer') spec.allocateLoadBalancerNodePorts ??= true;
  return allocateNodePorts(svc, old, ctx);
}

export const serviceStrategy: Strategy = {
  tracksGeneration: false,
  hasStatus: true,
  prepareForCreate(obj: KubeObject, ctx: StrategyContext) {
    obj.status = { loadBalancer: {} };
    return fillAllocations(obj as Service, undefined, ctx);
  },
  prepareForUpdate(obj: KubeObject, old: Stored, ctx: StrategyContext) {
    fillAllocations(obj as Service, old as unknown as Service, ctx);
  },
};
