import { describe, expect, it } from 'vitest';
import { ManualClock } from '../../common/clock';
import { Rng } from '../../common/rng';
import { ApiError } from '../api/errors';
import { CONFIGMAPS, DEPLOYMENTS, NAMESPACES, PODS } from '../api/resources';
import type { KubeObject } from '../api/types';
import { ApiServer } from './apiServer';
import { createLoopbackClient } from './loopbackClient';

function setup() {
  const clock = new ManualClock(Date.UTC(2024, 0, 1));
  const api = new ApiServer({ clock, rng: new Rng(7) });
  return { clock, api, client: createLoopbackClient(api) };
}

const deployment = (replicas = 1): KubeObject => ({
  apiVersion: 'apps/v1',
  kind: 'Deployment',
  metadata: { name: 'web' },
  spec: { replicas, selector: { matchLabels: { app: 'web' } }, template: { metadata: { labels: { app: 'web' } }, spec: { containers: [{ name: 'nginx', image: 'nginx' }] } } },
});

const pod = (name: string, extra: Partial<KubeObject> = {}): KubeObject => ({ apiVersion: 'v1', kind: 'Pod', metadata: { name }, spec: { containers: [{ name: 'c', image: 'nginx' }] }, ...extra });

function errorOf(fn: () => unknown): ApiError {
  try {
    fn();
  } catch (e) {
    if (e instanceof ApiError) return e;
    throw e;
  }
  throw new Error('expected an ApiError');
}

describe('ApiServer', () => {
  it('answers reads of missing objects with the real NotFound wording', () => {
    const { client } = setup();
    expect(errorOf(() => client.get(PODS, 'x')).status).toMatchObject({ reason: 'NotFound', code: 404, message: 'pods "x" not found' });
    expect(errorOf(() => client.get(DEPLOYMENTS, 'web')).message).toBe('deployments.apps "web" not found');
  });

  it('refuses a second create of the same name', () => {
    const { client } = setup();
    client.create(CONFIGMAPS, { metadata: { name: 'c' } });
    expect(errorOf(() => client.create(CONFIGMAPS, { metadata: { name: 'c' } })).status).toMatchObject({
      reason: 'AlreadyExists',
      code: 409,
      message: 'configmaps "c" already exists',
    });
  });

  it('fills uid, creationTimestamp, generation and a generated name', () => {
    const { client } = setup();
    const d = client.create(DEPLOYMENTS, deployment());
    expect(d.metadata.uid).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(d.metadata.creationTimestamp).toBe('2024-01-01T00:00:00Z');
    expect(d.metadata.generation).toBe(1);
    const p = client.create(PODS, { ...pod(''), metadata: { generateName: 'web-' } });
    expect(p.metadata.name).toMatch(/^web-[bcdfghjklmnpqrstvwxz2456789]{5}$/);
  });

  it('rejects an update carrying a stale resourceVersion', () => {
    const { client } = setup();
    const first = client.create(CONFIGMAPS, { metadata: { name: 'c' }, data: { a: '1' } });
    client.update(CONFIGMAPS, { ...first, data: { a: '2' } });
    expect(errorOf(() => client.update(CONFIGMAPS, { ...first, data: { a: '3' } })).message).toBe(
      'Operation cannot be fulfilled on configmaps "c": the object has been modified; please apply your changes to the latest version and try again',
    );
  });

  it('bumps generation on spec changes only, and skips no-op writes', () => {
    const { client } = setup();
    const d = client.create(DEPLOYMENTS, deployment());
    const same = client.update(DEPLOYMENTS, d);
    expect(same.metadata.resourceVersion).toBe(d.metadata.resourceVersion);
    const scaled = client.patch(DEPLOYMENTS, 'web', 'merge', { spec: { replicas: 3 } });
    expect(scaled.metadata.generation).toBe(2);
    const labelled = client.patch(DEPLOYMENTS, 'web', 'merge', { metadata: { labels: { a: 'b' } } });
    expect(labelled.metadata.generation).toBe(2);
  });

  it('keeps status out of main-resource writes and spec out of status writes', () => {
    const { client } = setup();
    const d = client.create<KubeObject>(DEPLOYMENTS, { ...deployment(), status: { replicas: 9 } });
    expect(d.status).toEqual({});
    const withStatus = client.update(DEPLOYMENTS, { ...d, spec: { ...(d.spec as object), replicas: 5 }, status: { replicas: 2 } }, { subresource: 'status' });
    expect((withStatus.spec as { replicas: number }).replicas).toBe(1);
    expect((withStatus.status as { replicas: number }).replicas).toBe(2);
  });

  it('reads and writes the scale subresource', () => {
    const { client } = setup();
    client.create(DEPLOYMENTS, deployment(2));
    const scale = client.get(DEPLOYMENTS, 'web', { subresource: 'scale' });
    expect(scale).toMatchObject({ kind: 'Scale', apiVersion: 'autoscaling/v1', spec: { replicas: 2 }, status: { selector: 'app=web' } });
    client.patch(DEPLOYMENTS, 'web', 'merge', { spec: { replicas: 4 } }, { subresource: 'scale' });
    expect((client.get(DEPLOYMENTS, 'web').spec as { replicas: number }).replicas).toBe(4);
  });

  it('deletes a pod on a node gracefully and a pending one at once', () => {
    const { client } = setup();
    client.create(PODS, pod('pending'));
    client.create(PODS, pod('bound', { spec: { nodeName: 'n1', containers: [{ name: 'c', image: 'nginx' }] } }));
    client.delete(PODS, 'pending');
    expect(errorOf(() => client.get(PODS, 'pending')).reason).toBe('NotFound');
    const marked = client.delete(PODS, 'bound');
    expect(marked.metadata.deletionTimestamp).toBe('2024-01-01T00:00:30Z');
    expect(marked.metadata.deletionGracePeriodSeconds).toBe(30);
    client.delete(PODS, 'bound', { gracePeriodSeconds: 0 });
    expect(errorOf(() => client.get(PODS, 'bound')).reason).toBe('NotFound');
  });

  it('waits for finalizers before removing an object', () => {
    const { client } = setup();
    client.create(CONFIGMAPS, { metadata: { name: 'c', finalizers: ['example.com/hold'] } });
    const marked = client.delete(CONFIGMAPS, 'c');
    expect(marked.metadata.deletionTimestamp).toBeDefined();
    client.patch(CONFIGMAPS, 'c', 'merge', { metadata: { finalizers: null } });
    expect(errorOf(() => client.get(CONFIGMAPS, 'c')).reason).toBe('NotFound');
  });

  it('adds the foregroundDeletion finalizer for foreground propagation', () => {
    const { client } = setup();
    client.create(DEPLOYMENTS, deployment());
    const marked = client.delete(DEPLOYMENTS, 'web', { propagationPolicy: 'Foreground' });
    expect(marked.metadata.finalizers).toEqual(['foregroundDeletion']);
  });

  it('marks a namespace Terminating until its finalizers are cleared', () => {
    const { client } = setup();
    client.create(NAMESPACES, { metadata: { name: 'team' }, spec: { finalizers: ['kubernetes'] } });
    const marked = client.delete(NAMESPACES, 'team');
    expect((marked.status as { phase: string }).phase).toBe('Terminating');
    client.update(NAMESPACES, { metadata: { name: 'team' }, spec: { finalizers: [] } }, { subresource: 'finalize' });
    expect(errorOf(() => client.get(NAMESPACES, 'team')).reason).toBe('NotFound');
  });

  it('binds a pod once and refuses a second binding', () => {
    const { client } = setup();
    client.create(PODS, pod('p'));
    const binding = { apiVersion: 'v1', kind: 'Binding', metadata: { name: 'p' }, target: { kind: 'Node', name: 'n1' } };
    client.createSubresource(PODS, 'p', 'binding', binding);
    const bound = client.get(PODS, 'p');
    expect((bound.spec as { nodeName: string }).nodeName).toBe('n1');
    expect((bound.status as { conditions: { type: string; status: string }[] }).conditions).toContainEqual(expect.objectContaining({ type: 'PodScheduled', status: 'True' }));
    expect(errorOf(() => client.createSubresource(PODS, 'p', 'binding', binding)).message).toBe(
      'Operation cannot be fulfilled on pods/binding "p": pod p is already assigned to node "n1"',
    );
  });

  it('filters lists by label and field selectors, refusing unsupported fields', () => {
    const { client } = setup();
    client.create(PODS, { ...pod('a'), metadata: { name: 'a', labels: { app: 'web' } } });
    client.create(PODS, { ...pod('b'), metadata: { name: 'b', labels: { app: 'db' } } });
    expect(client.list(PODS, { labelSelector: 'app in (web)' }).items.map((p) => p.metadata.name)).toEqual(['a']);
    expect(client.list(PODS, { fieldSelector: 'metadata.name!=a' }).items.map((p) => p.metadata.name)).toEqual(['b']);
    expect(errorOf(() => client.list(PODS, { fieldSelector: 'spec.bogus=1' })).status).toMatchObject({ reason: 'BadRequest', message: 'field label not supported: spec.bogus' });
  });

  it('answers unknown resources like a cluster without that API', () => {
    const { client } = setup();
    expect(errorOf(() => client.list({ group: 'example.com', resource: 'widgets' })).message).toBe('the server could not find the requested resource');
  });

  it('resumes watches and answers too-old versions with 410 Gone', () => {
    const { client, api } = setup();
    const a = client.create(CONFIGMAPS, { metadata: { name: 'a' } });
    client.create(CONFIGMAPS, { metadata: { name: 'b' } });
    const seen: string[] = [];
    client.watch(CONFIGMAPS, { resourceVersion: a.metadata.resourceVersion }, (e) => seen.push(e.object.metadata.name));
    expect(seen).toEqual(['b']);
    expect(api.store.resourceVersion()).toBe(2);
  });
});
