/** Services (ValidateService, ValidateServiceUpdate) plus the node-port range the allocator enforces. */
import type { Service, ServicePort } from 'kubernetes-types/core/v1';
import { duplicate, forbidden, invalid, notSupported, required, type FieldError } from '../../api/fieldErrors';
import type { KubeObject } from '../../api/types';
import { goIntOrString, goSyntax } from './goSyntax';
import { isDNS1123Label, isDNS1123Subdomain, isQualifiedName, isValidIP, isValidPortNum, nameIsDNS1035Label } from './names';
import { validateLabels, validateObjectMeta, validateObjectMetaUpdate } from './objectMeta';
import { validatePortNumOrName } from './probes';
import type { KindValidation } from './types';

export const NODE_PORT_RANGE = { min: 30000, max: 32767 };
const KUBELET_PORT = 10250;
const PROTOCOLS = ['SCTP', 'TCP', 'UDP'];
const SERVICE_TYPES = ['ClusterIP', 'ExternalName', 'LoadBalancer', 'NodePort'];

const isHeadless = (svc: Service) => svc.spec?.clusterIP === 'None';

/** The (protocol, port) key Go reports for a duplicate port: a ServicePort with only those set. */
function goServicePortKey(p: ServicePort): string {
  return `core.ServicePort{Name:"", Protocol:${JSON.stringify(p.protocol ?? '')}, AppProtocol:(*string)(nil), Port:${p.port ?? 0}, TargetPort:${goIntOrString(0)}, NodePort:0}`;
}

function validateServicePort(sp: ServicePort, requireName: boolean, names: Set<string>, path: string): FieldError[] {
  const errs: FieldError[] = [];
  if (requireName && !sp.name) errs.push(required(`${path}.name`));
  else if (sp.name) {
    errs.push(...isDNS1123Label(sp.name).map((msg) => invalid(`${path}.name`, sp.name, msg)));
    if (names.has(sp.name)) errs.push(duplicate(`${path}.name`, sp.name));
    else names.add(sp.name);
  }
  errs.push(...isValidPortNum(sp.port).map((msg) => invalid(`${path}.port`, sp.port ?? 0, msg)));
  if (!sp.protocol) errs.push(required(`${path}.protocol`));
  else if (!PROTOCOLS.includes(sp.protocol)) errs.push(notSupported(`${path}.protocol`, sp.protocol, PROTOCOLS));
  errs.push(...validatePortNumOrName(sp.targetPort, `${path}.targetPort`));
  if (sp.appProtocol) errs.push(...isQualifiedName(sp.appProtocol).map((msg) => invalid(`${path}.appProtocol`, sp.appProtocol, msg)));
  return errs;
}

function validateTypeSpecific(svc: Service): FieldError[] {
  const spec = svc.spec ?? {};
  const errs: FieldError[] = [];
  if (spec.type === 'LoadBalancer') {
    if (isHeadless(svc)) errs.push(invalid('spec.clusterIPs[0]', 'None', "may not be set to 'None' for LoadBalancer services"));
    (spec.ports ?? []).forEach((p, i) => {
      if (p.port === KUBELET_PORT) errs.push(invalid(`spec.ports[${i}]`, p.port, `may not expose port ${KUBELET_PORT} externally since it is used by kubelet`));
    });
  } else if (spec.type === 'NodePort') {
    if (isHeadless(svc)) errs.push(invalid('spec.clusterIPs[0]', 'None', "may not be set to 'None' for NodePort services"));
  } else if (spec.type === 'ExternalName') {
    if (spec.clusterIP) errs.push(forbidden('spec.clusterIPs', 'may not be set for ExternalName services'));
    if (spec.ipFamilies?.length) errs.push(forbidden('spec.ipFamilies', 'may not be set for ExternalName services'));
    if (spec.ipFamilyPolicy) errs.push(forbidden('spec.ipFamilyPolicy', 'may not be set for ExternalName services'));
    const cname = (spec.externalName ?? '').replace(/\.$/, '');
    if (cname) errs.push(...isDNS1123Subdomain(cname).map((msg) => invalid('spec.externalName', cname, msg)));
    else errs.push(required('spec.externalName'));
  }
  return errs;
}

function validateClusterIPs(spec: NonNullable<Service['spec']>): FieldError[] {
  const ips = spec.clusterIPs ?? (spec.clusterIP ? [spec.clusterIP] : []);
  const errs: FieldError[] = [];
  ips.forEach((ip, i) => {
    if (i === 0 && ip === 'None') {
      if (ips.length > 1) errs.push(invalid('spec.clusterIPs', ips, "'None' must be the first and only value"));
      return;
    }
    if (!isValidIP(ip)) errs.push(invalid(`spec.clusterIPs[${i}]`, ip, 'must be a valid IP address, (e.g. 10.9.8.7 or 2001:db8::ffff)'));
  });
  if (spec.clusterIP && spec.clusterIPs?.length && spec.clusterIPs[0] !== spec.clusterIP) {
    errs.push(invalid('spec.clusterIPs', spec.clusterIPs, 'first value must match `clusterIP`'));
  }
  return errs;
}

function validatePorts(svc: Service): FieldError[] {
  const spec = svc.spec ?? {};
  const ports = spec.ports ?? [];
  const errs: FieldError[] = [];
  const names = new Set<string>();
  ports.forEach((p, i) => errs.push(...validateServicePort(p, ports.length > 1, names, `spec.ports[${i}]`)));
  const nodePorts = new Set<string>();
  const keys = new Set<string>();
  ports.forEach((p, i) => {
    if (spec.type === 'ClusterIP' && p.nodePort) errs.push(forbidden(`spec.ports[${i}].nodePort`, "may not be used when `type` is 'ClusterIP'"));
    if (p.nodePort) {
      if (nodePorts.has(`${p.protocol}/${p.nodePort}`)) errs.push(duplicate(`spec.ports[${i}].nodePort`, p.nodePort));
      nodePorts.add(`${p.protocol}/${p.nodePort}`);
      if (p.nodePort < NODE_PORT_RANGE.min || p.nodePort > NODE_PORT_RANGE.max) {
        errs.push(invalid(`spec.ports[${i}].nodePort`, p.nodePort, `provided port is not in the valid range. The range of valid ports is ${NODE_PORT_RANGE.min}-${NODE_PORT_RANGE.max}`));
      }
    }
    const key = `${p.protocol}/${p.port}`;
    if (keys.has(key)) errs.push(duplicate(`spec.ports[${i}]`, goSyntax(goServicePortKey(p))));
    keys.add(key);
  });
  return errs;
}

function validateService(svc: Service): FieldError[] {
  const spec = svc.spec ?? {};
  const errs = validateObjectMeta(svc.metadata, true, nameIsDNS1035Label);
  if (!spec.ports?.length && !isHeadless(svc) && spec.type !== 'ExternalName') errs.push(required('spec.ports'));
  errs.push(...validateTypeSpecific(svc), ...validatePorts(svc));
  if (spec.selector) errs.push(...validateLabels(spec.selector, 'spec.selector'));
  if (!spec.sessionAffinity) errs.push(required('spec.sessionAffinity'));
  else if (!['ClientIP', 'None'].includes(spec.sessionAffinity)) errs.push(notSupported('spec.sessionAffinity', spec.sessionAffinity, ['ClientIP', 'None']));
  if (spec.sessionAffinity === 'None' && spec.sessionAffinityConfig) {
    errs.push(forbidden('spec.sessionAffinityConfig', 'must not be set when session affinity is None'));
  }
  if (spec.type !== 'ExternalName') errs.push(...validateClusterIPs(spec));
  (spec.externalIPs ?? []).forEach((ip, i) => {
    if (!isValidIP(ip)) errs.push(invalid(`spec.externalIPs[${i}]`, ip, 'must be a valid IP address, (e.g. 10.9.8.7 or 2001:db8::ffff)'));
  });
  if (!spec.type) errs.push(required('spec.type'));
  else if (!SERVICE_TYPES.includes(spec.type)) errs.push(notSupported('spec.type', spec.type, SERVICE_TYPES));
  const etp = spec.externalTrafficPolicy;
  if (etp && !['Cluster', 'Local'].includes(etp)) errs.push(notSupported('spec.externalTrafficPolicy', etp, ['Cluster', 'Local']));
  const itp = spec.internalTrafficPolicy;
  if (itp && !['Cluster', 'Local'].includes(itp)) errs.push(notSupported('spec.internalTrafficPolicy', itp, ['Cluster', 'Local']));
  return errs;
}

/** The primary cluster IP never changes, except to or from ExternalName. */
function validateClusterIPUpdate(svc: Service, old: Service): FieldError[] {
  const [n, o] = [svc.spec ?? {}, old.spec ?? {}];
  if (n.type === 'ExternalName' || o.type === 'ExternalName') return [];
  const next = n.clusterIPs ?? (n.clusterIP ? [n.clusterIP] : []);
  const prev = o.clusterIPs ?? (o.clusterIP ? [o.clusterIP] : []);
  return next.length && prev.length && next[0] !== prev[0] ? [invalid('spec.clusterIPs[0]', next, 'may not change once set')] : [];
}

export const serviceValidation: KindValidation = {
  validateCreate: (obj: KubeObject) => validateService(obj as Service),
  validateUpdate(obj: KubeObject, old: KubeObject) {
    const [svc, prev] = [obj as Service, old as Service];
    return [...validateObjectMetaUpdate(svc.metadata, prev.metadata), ...validateClusterIPUpdate(svc, prev), ...validateService(svc)];
  },
};
