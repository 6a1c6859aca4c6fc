/** Endpoints (v1): addresses are IPs, ports are valid and carry a protocol. */
import type { EndpointPort, Endpoints } from 'kubernetes-types/core/v1';
import { invalid, notSupported, required, type FieldError } from '../../api/fieldErrors';
import type { KubeObject } from '../../api/types';
import { isDNS1123Label, isValidIP, isValidPortNum, nameIsDNSSubdomain } from './names';
import { validateObjectMeta, validateObjectMetaUpdate } from './objectMeta';
import type { KindValidation } from './types';

const PROTOCOLS = ['SCTP', 'TCP', 'UDP'];

function validatePort(p: EndpointPort, requireName: boolean, path: string): FieldError[] {
  const errs: FieldError[] = [];
  if (requireName && !p.name) errs.push(required(`${path}.name`));
  else if (p.name) errs.push(...isDNS1123Label(p.name).map((msg) => invalid(`${path}.name`, p.name, msg)));
  errs.push(...isValidPortNum(p.port).map((msg) => invalid(`${path}.port`, p.port, msg)));
  if (!p.protocol) errs.push(required(`${path}.protocol`));
  else if (!PROTOCOLS.includes(p.protocol)) errs.push(notSupported(`${path}.protocol`, p.protocol, PROTOCOLS));
  return errs;
}

function validateEndpoints(ep: Endpoints): FieldError[] {
  const errs = validateObjectMeta(ep.metadata, true, nameIsDNSSubdomain);
  (ep.subsets ?? []).forEach((subset, i) => {
    const p = `subsets[${i}]`;
    const all = [...(subset.addresses ?? []).map((a) => ['addresses', a] as const), ...(subset.notReadyAddresses ?? []).map((a) => ['notReadyAddresses', a] as const)];
    if (all.length === 0) errs.push(required(p, 'must specify `addresses` or `notReadyAddresses`'));
    const counters = { addresses: 0, notReadyAddresses: 0 };
    for (const [list, a] of all) {
      const idx = counters[list]++;
      if (!isValidIP(a.ip)) errs.push(invalid(`${p}.${list}[${idx}].ip`, a.ip, 'must be a valid IP address, (e.g. 10.9.8.7 or 2001:db8::ffff)'));
    }
    const ports = subset.ports ?? [];
    ports.forEach((port, pi) => errs.push(...validatePort(port, ports.length > 1, `${p}.ports[${pi}]`)));
  });
  return errs;
}

export const endpointsValidation: KindValidation = {
  validateCreate: (obj: KubeObject) => validateEndpoints(obj as Endpoints),
  validateUpdate: (obj: KubeObject, old: KubeObject) => [...validateObjectMetaUpdate(obj.metadata, old.metadata), ...validateEndpoints(obj as Endpoints)],
};
