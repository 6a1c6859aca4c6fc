import { describe, expect, it } from 'vitest';
import {
  fieldSelectorMatches,
  fieldSelectorToString,
  nodeNameFromFieldSelector,
  parseFieldSelector,
  supportedFieldLabels,
  validateFieldSelector,
} from './fields';

describe('parseFieldSelector', () => {
  const cases: [string, string, string][] = [
    ['single term', 'spec.nodeName=node-1', 'spec.nodeName=node-1'],
    ['== is =', 'status.phase==Running', 'status.phase=Running'],
    ['terms sorted', 'status.phase!=Running,metadata.name=web', 'metadata.name=web,status.phase!=Running'],
    ['escaped comma in value', 'metadata.name=a\\,b', 'metadata.name=a\\,b'],
    ['empty terms skipped', 'metadata.name=web,', 'metadata.name=web'],
    ['empty selector', '', ''],
  ];
  it.each(cases)('%s', (_name, input, printed) => {
    expect(fieldSelectorToString(parseFieldSelector(input))).toBe(printed);
  });

  it('unescapes values', () => {
    expect(parseFieldSelector('metadata.name=a\\,b\\=c\\\\').requirements[0].value).toBe('a,b=c\\');
  });

  const errors: [string, string, string][] = [
    ['no operator', 'spec.nodeName', "invalid selector: 'spec.nodeName'; can't understand 'spec.nodeName'"],
    ['unescaped =', 'metadata.name=a=b', 'invalid field selector: unescaped character in value: 61'],
    ['bad escape', 'metadata.name=a\\x', 'invalid field selector: invalid escape sequence: \\x'],
    ['trailing backslash', 'metadata.name=a\\', 'invalid field selector: invalid escape sequence: \\'],
  ];
  it.each(errors)('rejects %s', (_name, input, message) => {
    expect(() => parseFieldSelector(input)).toThrow(message);
  });
});

describe('fieldSelectorMatches', () => {
  const pod = {
    metadata: { name: 'web-1', namespace: 'default' },
    spec: { nodeName: 'node-1', restartPolicy: 'Always', schedulerName: 'default-scheduler', serviceAccountName: 'default' },
    status: { phase: 'Running', podIP: '10.244.0.5', podIPs: [{ ip: '10.244.0.5' }] },
  };
  const event = {
    metadata: { name: 'web-1.17a', namespace: 'default' },
    involvedObject: { kind: 'Pod', name: 'web-1', namespace: 'default', uid: 'u1' },
    reason: 'Scheduled',
    type: 'Normal',
    reportingComponent: 'default-scheduler',
    source: {},
  };
  const cases: [string, string, string, object, boolean][] = [
    ['pod on node', 'pods', 'spec.nodeName=node-1', pod, true],
    ['pod not on node', 'pods', 'spec.nodeName=node-2', pod, false],
    ['phase != Running', 'pods', 'status.phase!=Running', pod, false],
    ['unset hostNetwork reads false', 'pods', 'spec.hostNetwork=false', pod, true],
    ['podIP', 'pods', 'status.podIP=10.244.0.5', pod, true],
    ['podIPs is accepted but never set', 'pods', 'status.podIPs=10.244.0.5', pod, false],
    ['unscheduled pod has empty nodeName', 'pods', 'spec.nodeName=', { metadata: { name: 'x' }, spec: {} }, true],
    ['name and namespace', 'pods', 'metadata.name=web-1,metadata.namespace=default', pod, true],
    ['event by involved object', 'events', 'involvedObject.kind=Pod,involvedObject.name=web-1', event, true],
    ['event source falls back to reportingComponent', 'events', 'source=default-scheduler', event, true],
    ['event type', 'events', 'type=Warning', event, false],
    ['cordoned node', 'nodes', 'spec.unschedulable=true', { metadata: { name: 'n' }, spec: { unschedulable: true } }, true],
    ['secret type', 'secrets', 'type=Opaque', { metadata: { name: 's' }, type: 'Opaque' }, true],
    ['replicaset replicas', 'replicasets.apps', 'status.replicas=0', { metadata: { name: 'r' }, status: {} }, true],
    ['job successful', 'jobs.batch', 'status.successful=1', { metadata: { name: 'j' }, status: { succeeded: 1 } }, true],
    ['deployment by name', 'deployments.apps', 'metadata.name=web', { metadata: { name: 'web' } }, true],
  ];
  it.each(cases)('%s', (_name, resource, sel, obj, want) => {
    expect(fieldSelectorMatches(parseFieldSelector(sel), obj, resource)).toBe(want);
  });

  const unsupported: [string, string, string, string][] = [
    ['pod field', 'pods', 'spec.foo=x', 'field label not supported: spec.foo'],
    ['Object member name', 'pods', 'constructor=x', 'field label not supported: constructor'],
    ['namespace of a node', 'nodes', 'metadata.namespace=default', 'field label not supported: metadata.namespace'],
    ['default conversion', 'deployments.apps', 'spec.replicas=1', '"spec.replicas" is not a known field selector: only "metadata.name", "metadata.namespace"'],
  ];
  it.each(unsupported)('refuses %s', (_name, resource, sel, message) => {
    expect(() => validateFieldSelector(parseFieldSelector(sel), resource)).toThrow(message);
    expect(() => fieldSelectorMatches(parseFieldSelector(sel), {}, resource)).toThrow(message);
  });
});

describe('helpers', () => {
  it.each([
    ['spec.nodeName=node-1', 'node-1'],
    ['status.phase=Running,spec.nodeName=node-2', 'node-2'],
    ['spec.nodeName!=node-1', undefined],
    ['metadata.name=x', undefined],
  ])('nodeNameFromFieldSelector(%s)', (sel, want) => {
    expect(nodeNameFromFieldSelector(parseFieldSelector(sel))).toBe(want);
  });

  it('lists the labels a resource supports', () => {
    expect(supportedFieldLabels('nodes')).toEqual(['metadata.name', 'spec.unschedulable']);
    expect(supportedFieldLabels('configmaps')).toEqual(['metadata.name', 'metadata.namespace']);
  });
});
