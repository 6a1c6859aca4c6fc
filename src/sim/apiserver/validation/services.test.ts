import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import type { KubeObject } from '../../api/types';
import { applyDefaults } from '../defaults';
import { validateCreate, validateUpdate } from './index';
import { show } from './testing';

function obj(key: string, yaml: string): KubeObject {
  const o = parse(yaml) as KubeObject;
  applyDefaults(key, o);
  return o;
}

const errorsOnCreate = (key: string, yaml: string) => validateCreate(key, obj(key, yaml)).map(show);
const svc = (spec: string, name = 'web') => `{metadata: {name: ${name}, namespace: default}, spec: ${spec}}`;

describe('validateCreate: services', () => {
  it.each([
    ['a ClusterIP service is valid', svc('{selector: {app: web}, ports: [{port: 80}]}'), []],
    ['a headless service needs no ports', svc('{clusterIP: None}'), []],
    ['an ExternalName service needs no ports', svc('{type: ExternalName, externalName: example.com.}'), []],
    [
      'names are DNS-1035 labels',
      svc('{ports: [{port: 80}]}', '1web'),
      [
        `metadata.name: Invalid value: "1web": a DNS-1035 label must consist of lower case alphanumeric characters or '-', start with an alphabetic character, and end with an alphanumeric character (e.g. 'my-name',  or 'abc-123', regex used for validation is '[a-z]([-a-z0-9]*[a-z0-9])?')`,
      ],
    ],
    ['ports required', svc('{selector: {app: web}}'), ['spec.ports: Required value']],
    // targetPort defaults to the port, so a bad port is reported twice, as a real server does.
    [
      'port range',
      svc('{ports: [{port: 0}]}'),
      ['spec.ports[0].port: Invalid value: 0: must be between 1 and 65535, inclusive', 'spec.ports[0].targetPort: Invalid value: 0: must be between 1 and 65535, inclusive'],
    ],
    ['names required with several ports', svc('{ports: [{port: 80}, {port: 443}]}'), ['spec.ports[0].name: Required value', 'spec.ports[1].name: Required value']],
    [
      'duplicate ports',
      svc('{ports: [{port: 80, name: a}, {port: 80, name: b}]}'),
      ['spec.ports[1]: Duplicate value: core.ServicePort{Name:"", Protocol:"TCP", AppProtocol:(*string)(nil), Port:80, TargetPort:intstr.IntOrString{Type:0, IntVal:0, StrVal:""}, NodePort:0}'],
    ],
    ['unsupported type', svc('{type: Public, ports: [{port: 80}]}'), ['spec.type: Unsupported value: "Public": supported values: "ClusterIP", "ExternalName", "LoadBalancer", "NodePort"']],
    ['protocol', svc('{ports: [{port: 80, protocol: HTTP}]}'), ['spec.ports[0].protocol: Unsupported value: "HTTP": supported values: "SCTP", "TCP", "UDP"']],
    [
      'nodePort range',
      svc('{type: NodePort, ports: [{port: 80, nodePort: 80}]}'),
      ['spec.ports[0].nodePort: Invalid value: 80: provided port is not in the valid range. The range of valid ports is 30000-32767'],
    ],
    ['nodePort on a ClusterIP service', svc('{ports: [{port: 80, nodePort: 30080}]}'), ["spec.ports[0].nodePort: Forbidden: may not be used when `type` is 'ClusterIP'"]],
    ['clusterIP format', svc('{clusterIP: 10.0.0.300, ports: [{port: 80}]}'), ['spec.clusterIPs[0]: Invalid value: "10.0.0.300": must be a valid IP address, (e.g. 10.9.8.7 or 2001:db8::ffff)']],
    ['externalName required', svc('{type: ExternalName}'), ['spec.externalName: Required value']],
    ['headless NodePort', svc('{type: NodePort, clusterIP: None, ports: [{port: 80}]}'), ["spec.clusterIPs[0]: Invalid value: \"None\": may not be set to 'None' for NodePort services"]],
    ['named targetPort', svc('{ports: [{port: 80, targetPort: "http--x"}]}'), ['spec.ports[0].targetPort: Invalid value: "http--x": must not contain consecutive hyphens']],
  ])('%s', (_name, yaml, expected) => {
    expect(errorsOnCreate('services', yaml)).toEqual(expected);
  });
});

describe('validateUpdate: services', () => {
  it.each([
    ['a new clusterIP', '10.96.0.20', ['spec.clusterIPs[0]: Invalid value: []string{"10.96.0.20"}: may not change once set']],
    ['the same clusterIP', '10.96.0.10', []],
  ])('%s', (_name, ip, expected) => {
    const old = obj('services', svc('{clusterIP: 10.96.0.10, clusterIPs: [10.96.0.10], ports: [{port: 80}]}'));
    const next = obj('services', svc(`{clusterIP: ${ip}, clusterIPs: [${ip}], ports: [{port: 80}]}`));
    expect(validateUpdate('services', next, old).map(show)).toEqual(expected);
  });

  it('lets the registry fill an omitted clusterIP', () => {
    const old = obj('services', svc('{clusterIP: 10.96.0.10, ports: [{port: 80}]}'));
    expect(validateUpdate('services', obj('services', svc('{ports: [{port: 8080}]}')), old)).toEqual([]);
  });
});

describe('config maps, secrets, namespaces and the rest', () => {
  it.each([
    ['configmaps', '{metadata: {name: c, namespace: default}, data: {app.properties: x}}', []],
    [
      'configmaps',
      '{metadata: {name: c, namespace: default}, data: {"a b": x}}',
      [
        `data[a b]: Invalid value: "a b": a valid config key must consist of alphanumeric characters, '-', '_' or '.' (e.g. 'key.name',  or 'KEY_NAME',  or 'key-name', regex used for validation is '[-._a-zA-Z0-9]+')`,
      ],
    ],
    ['configmaps', '{metadata: {name: c, namespace: default}, data: {a: x}, binaryData: {a: eA==}}', ['data[a]: Invalid value: "a": duplicate of key present in binaryData', 'binaryData[a]: Invalid value: "a": duplicate of key present in data']],
    ['secrets', '{metadata: {name: s, namespace: default}, type: kubernetes.io/tls, data: {tls.crt: eA==}}', ['data[tls.key]: Required value']],
    ['secrets', '{metadata: {name: s, namespace: default}, type: kubernetes.io/dockerconfigjson, data: {.dockerconfigjson: e30=}}', []],
    ['secrets', '{metadata: {name: s, namespace: default}, type: kubernetes.io/basic-auth}', ['data[username]: Required value', 'data[password]: Required value']],
    ['namespaces', '{metadata: {name: dev}}', []],
    [
      'namespaces',
      '{metadata: {name: dev.team}}',
      [
        `metadata.name: Invalid value: "dev.team": a lowercase RFC 1123 label must consist of lower case alphanumeric characters or '-', and must start and end with an alphanumeric character (e.g. 'my-name',  or '123-abc', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?')`,
      ],
    ],
    ['namespaces', '{metadata: {name: dev, namespace: x}}', ['metadata.namespace: Forbidden: not allowed on this type']],
    ['serviceaccounts', '{metadata: {name: robot}}', ['metadata.namespace: Required value']],
    ['nodes', '{metadata: {name: node-1}, spec: {taints: [{key: a, effect: Never}]}}', ['spec.taints[0].effect: Unsupported value: "Never": supported values: "NoSchedule", "PreferNoSchedule", "NoExecute"']],
    ['endpointslices.discovery.k8s.io', '{metadata: {name: e, namespace: default}, addressType: IPv5, endpoints: [{addresses: []}]}', ['addressType: Unsupported value: "IPv5": supported values: "IPv4", "IPv6", "FQDN"', 'endpoints[0].addresses: Required value: must contain at least 1 address']],
    ['events', '{metadata: {name: e.1, namespace: dev}, involvedObject: {kind: Pod, namespace: prod, name: p}}', ['involvedObject.namespace: Invalid value: "prod": does not match event.namespace']],
    ['events', '{metadata: {name: e.1, namespace: default}, involvedObject: {kind: Node, name: n}}', []],
    ['leases.coordination.k8s.io', '{metadata: {name: l, namespace: kube-node-lease}, spec: {leaseDurationSeconds: 0}}', ['spec.leaseDurationSeconds: Invalid value: 0: must be greater than 0']],
  ])('%s %s', (key, yaml, expected) => {
    expect(errorsOnCreate(key, yaml)).toEqual(expected);
  });

  it.each([
    ['configmaps', '{data: {a: y}}', ['data: Forbidden: field is immutable when `immutable` is set']],
    ['configmaps', '{immutable: false}', ['immutable: Forbidden: field is immutable when `immutable` is set']],
    ['secrets', '{data: {a: eQ==}}', ['data: Forbidden: field is immutable when `immutable` is set']],
    ['secrets', '{type: example.com/token}', ['type: Invalid value: "example.com/token": field is immutable']],
  ])('%s update %s', (key, change, expected) => {
    const base = key === 'secrets' ? '{metadata: {name: x, namespace: default}, immutable: true, data: {a: eA==}}' : '{metadata: {name: x, namespace: default}, immutable: true, data: {a: x}}';
    const old = obj(key, base);
    const next = { ...obj(key, base), ...(parse(change) as object) };
    expect(validateUpdate(key, next, old).map(show)).toEqual(expected);
  });
});
