import { describe, expect, it } from 'vitest';
import { PatchError } from './patchError';
import { applyStrategicMergePatch } from './strategicMergePatch';

const c = (name: string, extra: object = {}) => ({ name, image: `${name}:1`, ...extra });
const pod = (spec: object, metadata: object = { name: 'p' }) => ({ apiVersion: 'v1', kind: 'Pod', metadata, spec });
const containersOf = (o: object) => (o as { spec: { containers: unknown[] } }).spec.containers;

describe('strategic merge patch of a Pod', () => {
  const cases: [string, object, object, unknown][] = [
    [
      "one container's image, others untouched",
      pod({ containers: [c('web'), c('sidecar')] }),
      { spec: { containers: [{ name: 'sidecar', image: 'sidecar:2' }] } },
      [c('web'), { name: 'sidecar', image: 'sidecar:2' }],
    ],
    ['$patch: delete drops a container', pod({ containers: [c('web'), c('sidecar')] }), { spec: { containers: [{ name: 'web', $patch: 'delete' }] } }, [c('sidecar')]],
    [
      'a new container goes before the ones the patch does not name',
      pod({ containers: [c('web')] }),
      { spec: { containers: [c('debug')] } },
      [c('debug'), c('web')],
    ],
    [
      '$patch: replace replaces the list',
      pod({ containers: [c('web'), c('sidecar')] }),
      { spec: { containers: [c('only'), { $patch: 'replace' }] } },
      [c('only')],
    ],
    [
      'env merges by name',
      pod({ containers: [c('web', { env: [{ name: 'A', value: '1' }, { name: 'B', value: '2' }] })] }),
      { spec: { containers: [{ name: 'web', env: [{ name: 'B', value: '3' }, { name: 'C', value: '4' }] }] } },
      [c('web', { env: [{ name: 'A', value: '1' }, { name: 'B', value: '3' }, { name: 'C', value: '4' }] })],
    ],
    [
      'ports merge by containerPort',
      pod({ containers: [c('web', { ports: [{ containerPort: 80, name: 'http' }] })] }),
      { spec: { containers: [{ name: 'web', ports: [{ containerPort: 80, protocol: 'TCP' }] }] } },
      [c('web', { ports: [{ containerPort: 80, name: 'http', protocol: 'TCP' }] })],
    ],
    [
      'args are atomic',
      pod({ containers: [c('web', { args: ['a', 'b'] })] }),
      { spec: { containers: [{ name: 'web', args: ['c'] }] } },
      [c('web', { args: ['c'] })],
    ],
    [
      'null removes a field of an element',
      pod({ containers: [c('web', { resources: { limits: { cpu: '1', memory: '1Gi' } } })] }),
      { spec: { containers: [{ name: 'web', resources: { limits: { cpu: null } } }] } },
      [c('web', { resources: { limits: { memory: '1Gi' } } })],
    ],
  ];
  it.each(cases)('%s', (_name, current, patch, want) => {
    expect(containersOf(applyStrategicMergePatch(current, patch, 'Pod'))).toEqual(want);
  });

  it('replaces tolerations whole, as they carry no merge key', () => {
    const current = pod({ containers: [c('web')], tolerations: [{ key: 'a', operator: 'Exists' }, { key: 'b', operator: 'Exists' }] });
    const out = applyStrategicMergePatch(current, { spec: { tolerations: [{ key: 'c', operator: 'Exists' }] } }, 'Pod');
    expect((out.spec as { tolerations: unknown }).tolerations).toEqual([{ key: 'c', operator: 'Exists' }]);
  });

  it('reaches the pod template of workloads', () => {
    const deploy = { kind: 'Deployment', spec: { replicas: 1, template: { spec: { containers: [c('web'), c('log')] } } } };
    const out = applyStrategicMergePatch(deploy, { spec: { template: { spec: { containers: [{ name: 'web', image: 'web:2' }] } } } }, 'Deployment');
    expect(out.spec).toEqual({ replicas: 1, template: { spec: { containers: [{ name: 'web', image: 'web:2' }, c('log')] } } });
  });

  it('reaches the pod template of a CronJob', () => {
    const cj = { spec: { jobTemplate: { spec: { template: { spec: { containers: [c('a'), c('b')] } } } } } };
    const out = applyStrategicMergePatch(cj, { spec: { jobTemplate: { spec: { template: { spec: { containers: [{ name: 'b', image: 'b:2' }] } } } } } }, 'CronJob');
    expect(out).toEqual({ spec: { jobTemplate: { spec: { template: { spec: { containers: [c('a'), { name: 'b', image: 'b:2' }] } } } } } });
  });

  it('never mutates its inputs', () => {
    const current = pod({ containers: [c('web')] });
    const patch = { spec: { containers: [{ name: 'web', $patch: 'delete' }] } };
    const before = JSON.stringify([current, patch]);
    applyStrategicMergePatch(current, patch, 'Pod');
    expect(JSON.stringify([current, patch])).toBe(before);
  });
});

describe('maps and directives', () => {
  const cases: [string, string, object, object, object][] = [
    ['null deletes a label', 'Pod', { metadata: { labels: { a: '1', b: '2' } } }, { metadata: { labels: { a: null } } }, { metadata: { labels: { b: '2' } } }],
    ['maps merge', 'ConfigMap', { data: { a: '1' } }, { data: { b: '2' } }, { data: { a: '1', b: '2' } }],
    ['keys named like Object members', 'ConfigMap', { data: { constructor: '1' } }, { data: { constructor: '2' } }, { data: { constructor: '2' } }],
    ['$patch: replace on a map', 'ConfigMap', { data: { a: '1' } }, { data: { b: '2', $patch: 'replace' } }, { data: { b: '2' } }],
    ['$patch: delete on a map', 'ConfigMap', { data: { a: '1' }, metadata: { name: 'x' } }, { data: { $patch: 'delete' } }, { data: {}, metadata: { name: 'x' } }],
    ['finalizers merge as a set', 'Pod', { metadata: { finalizers: ['a', 'b'] } }, { metadata: { finalizers: ['b', 'c'] } }, { metadata: { finalizers: ['a', 'b', 'c'] } }],
    [
      '$deleteFromPrimitiveList',
      'Pod',
      { metadata: { finalizers: ['a', 'b', 'c'] } },
      { metadata: { '$deleteFromPrimitiveList/finalizers': ['b'] } },
      { metadata: { finalizers: ['a', 'c'] } },
    ],
    [
      'ownerReferences merge by uid',
      'ReplicaSet',
      { metadata: { ownerReferences: [{ uid: 'u1', name: 'd', controller: true }] } },
      { metadata: { ownerReferences: [{ uid: 'u1', blockOwnerDeletion: true }] } },
      { metadata: { ownerReferences: [{ uid: 'u1', name: 'd', controller: true, blockOwnerDeletion: true }] } },
    ],
    [
      'node conditions merge by type',
      'Node',
      { status: { conditions: [{ type: 'Ready', status: 'True' }, { type: 'MemoryPressure', status: 'False' }] } },
      { status: { conditions: [{ type: 'Ready', status: 'Unknown' }] } },
      { status: { conditions: [{ type: 'Ready', status: 'Unknown' }, { type: 'MemoryPressure', status: 'False' }] } },
    ],
    [
      'service ports merge by port',
      'Service',
      { spec: { ports: [{ port: 80, targetPort: 8080 }, { port: 443 }] } },
      { spec: { ports: [{ port: 80, targetPort: 9090 }] } },
      { spec: { ports: [{ port: 80, targetPort: 9090 }, { port: 443 }] } },
    ],
    [
      'taints are atomic',
      'Node',
      { spec: { taints: [{ key: 'a', effect: 'NoSchedule' }] } },
      { spec: { taints: [{ key: 'b', effect: 'NoSchedule' }] } },
      { spec: { taints: [{ key: 'b', effect: 'NoSchedule' }] } },
    ],
    [
      '$retainKeys clears the other fields',
      'Deployment',
      { spec: { strategy: { type: 'RollingUpdate', rollingUpdate: { maxSurge: '25%' } } } },
      { spec: { strategy: { type: 'Recreate', $retainKeys: ['type'] } } },
      { spec: { strategy: { type: 'Recreate' } } },
    ],
    [
      '$setElementOrder orders the merged list',
      'Pod',
      { spec: { containers: [c('a'), c('b'), c('c')] } },
      { spec: { '$setElementOrder/containers': [{ name: 'c' }, { name: 'a' }, { name: 'b' }], containers: [{ name: 'a', image: 'a:2' }] } },
      { spec: { containers: [c('c'), { name: 'a', image: 'a:2' }, c('b')] } },
    ],
    ['unknown kinds replace lists', 'Widget', { spec: { items: [{ name: 'a', v: 1 }] } }, { spec: { items: [{ name: 'a', w: 2 }] } }, { spec: { items: [{ name: 'a', w: 2 }] } }],
    ['a new field with a directive inside is taken without it', 'Pod', { spec: {} }, { spec: { affinity: { $patch: 'replace', nodeAffinity: {} } } }, { spec: { affinity: { nodeAffinity: {} } } }],
  ];
  it.each(cases)('%s', (_name, kind, current, patch, want) => {
    expect(applyStrategicMergePatch(current, patch, kind)).toEqual(want);
  });
});

describe('errors', () => {
  const cases: [string, string, object, unknown, string][] = [
    [
      'element without its merge key',
      'Pod',
      pod({ containers: [c('web')] }),
      { spec: { containers: [{ image: 'x' }] } },
      'map: map[image:x] does not contain declared merge key: name',
    ],
    ['unknown directive', 'ConfigMap', { data: {} }, { data: { $patch: 'frob' } }, 'unknown patch type: frob in map: map[$patch:frob]'],
    ['merge directive in a list', 'Pod', pod({ containers: [c('web')] }), { spec: { containers: [{ $patch: 'merge' }] } }, 'merging lists cannot yet be specified in the patch'],
    ['retainKeys not covering the patch', 'Deployment', { spec: { strategy: { type: 'A' } } }, { spec: { strategy: { type: 'B', x: 1, $retainKeys: ['type'] } } }, 'invalid patch format of retainKeys'],
    ['patch is a list', 'Pod', {}, [1], 'json: cannot unmarshal array into Go value of type map[string]interface {}'],
  ];
  it.each(cases)('%s', (_name, kind, current, patch, message) => {
    expect(() => applyStrategicMergePatch(current, patch, kind)).toThrow(PatchError);
    expect(() => applyStrategicMergePatch(current, patch, kind)).toThrow(message);
  });
});
