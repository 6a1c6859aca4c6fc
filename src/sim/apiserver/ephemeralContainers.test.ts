import type { Pod } from 'kubernetes-types/core/v1';
import { describe, expect, it } from 'vitest';
import { isApiError } from '../api/errors';
import { parse } from 'yaml';
import { createCluster, type RunningCluster } from '../cluster/createCluster';

const POD = `apiVersion: v1
kind: Pod
metadata: {name: app}
spec:
  containers: [{name: web, image: nginx:1.27}]
`;
const PODS = { group: '', resource: 'pods' };
const debugger_ = { name: 'debugger', image: 'busybox:1.28', stdin: true, tty: true, targetContainerName: 'web' };

function running(): RunningCluster {
  const c = createCluster({ seed: 1 });
  c.client.create(PODS, parse(POD), { namespace: 'default' });
  c.settle();
  return c;
}
const getPod = (c: RunningCluster) => c.client.get<Pod>(PODS, 'app', { namespace: 'default' });

function patchError(t: RunningCluster, containers: object[]): string[] {
  try {
    t.client.patch(PODS, 'app', 'strategic', { spec: { ephemeralContainers: containers } }, { namespace: 'default', subresource: 'ephemeralcontainers' });
  } catch (e) {
    if (isApiError(e, 'Invalid')) return (e.status.details?.causes ?? []).map((c) => `${c.field}: ${c.message}`);
    throw e;
  }
  return [];
}

describe('pods/ephemeralcontainers', () => {
  it('adds a container the kubelet starts and reports in ephemeralContainerStatuses', () => {
    const t = running();
    t.client.patch(PODS, 'app', 'strategic', { spec: { ephemeralContainers: [debugger_] } }, { namespace: 'default', subresource: 'ephemeralcontainers' });
    t.settle();
    const pod = getPod(t);
    expect(pod.spec?.ephemeralContainers?.[0]).toMatchObject({ ...debugger_, imagePullPolicy: 'IfNotPresent', terminationMessagePath: '/dev/termination-log', terminationMessagePolicy: 'File' });
    const status = pod.status?.ephemeralContainerStatuses?.[0];
    expect(status?.name).toBe('debugger');
    expect(status?.state?.running).toBeDefined();
    expect(pod.status?.containerStatuses?.map((c) => c.name)).toEqual(['web']);
    expect(pod.status?.conditions?.find((c) => c.type === 'Ready')?.status).toBe('True');
    expect(t.client.exec('default', 'app', { container: 'debugger', command: ['echo', 'hi'] }).stdout).toBe('hi\n');
  });

  it('never restarts an ephemeral container that exits, and leaves the pod Running and Ready', () => {
    const t = running();
    const failing = { name: 'oops', image: 'busybox:1.28', command: ['sh', '-c', 'exit 3'] };
    t.client.patch(PODS, 'app', 'strategic', { spec: { ephemeralContainers: [failing] } }, { namespace: 'default', subresource: 'ephemeralcontainers' });
    t.settle();
    t.advance(60);
    const pod = getPod(t);
    expect(pod.status?.ephemeralContainerStatuses?.[0]).toMatchObject({ name: 'oops', restartCount: 0, state: { terminated: { exitCode: 3, reason: 'Error' } } });
    expect(pod.status?.phase).toBe('Running');
    expect(pod.status?.conditions?.find((c) => c.type === 'Ready')?.status).toBe('True');
  });

  it.each([
    ['a name taken by a container', [{ ...debugger_, name: 'web' }], ['spec.ephemeralContainers[0].name: Duplicate value: "web"']],
    ['an unknown target', [{ ...debugger_, targetContainerName: 'nope' }], ['spec.ephemeralContainers[0].targetContainerName: Not found: "nope"']],
    ['no image', [{ name: 'x' }], ['spec.ephemeralContainers[0].image: Required value']],
    ['ports', [{ ...debugger_, ports: [{ containerPort: 80 }] }], ['spec.ephemeralContainers[0].ports: Forbidden: cannot be set for an Ephemeral Container']],
  ])('refuses %s', (_name, containers, causes) => {
    expect(patchError(running(), containers)).toEqual(causes);
  });

  it('keeps existing ephemeral containers: no removal, no change', () => {
    const t = running();
    t.client.patch(PODS, 'app', 'strategic', { spec: { ephemeralContainers: [debugger_] } }, { namespace: 'default', subresource: 'ephemeralcontainers' });
    const pod = getPod(t);
    const changed = { ...pod, spec: { ...pod.spec, ephemeralContainers: [{ ...pod.spec!.ephemeralContainers![0], image: 'busybox:1.36' }] } };
    expect(() => t.client.update(PODS, changed, { namespace: 'default', subresource: 'ephemeralcontainers' })).toThrow(
      'spec.ephemeralContainers[0]: Forbidden: existing ephemeral containers "debugger" may not be changed',
    );
    const removed = { ...pod, spec: { ...pod.spec, ephemeralContainers: [] } };
    expect(() => t.client.update(PODS, removed, { namespace: 'default', subresource: 'ephemeralcontainers' })).toThrow('existing ephemeral containers "debugger" may not be removed');
  });

  it('is not part of a plain pod update', () => {
    const t = running();
    const pod = getPod(t);
    expect(() => t.client.update(PODS, { ...pod, spec: { ...pod.spec, ephemeralContainers: [debugger_] } }, { namespace: 'default' })).toThrow('Forbidden: pod updates may not change fields');
  });

});
