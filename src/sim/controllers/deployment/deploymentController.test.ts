import type { Deployment, ReplicaSet } from 'kubernetes-types/apps/v1';
import { describe, expect, it } from 'vitest';
import { DEPLOYMENTS, REPLICASETS } from '../../api/resources';
import type { KubeObject } from '../../api/types';
import { SharedInformerFactory } from '../../client/informer';
import { recordingClient, type RecordedAction } from '../../client/fakeClient';
import { Cluster } from '../../cluster/cluster';
import { computeHash } from '../util/podTemplateHash';
import { DeploymentController } from './deploymentController';

const template = { metadata: { labels: { app: 'web' } }, spec: { containers: [{ name: 'web', image: 'nginx:1.27' }] } };

function deployment(spec: Partial<Deployment['spec']> = {}, annotations?: Record<string, string>): KubeObject {
  return { apiVersion: 'apps/v1', kind: 'Deployment', metadata: { name: 'web', annotations }, spec: { replicas: 3, selector: { matchLabels: { app: 'web' } }, template, ...spec } };
}

function setup() {
  const cluster = new Cluster({ seed: 3 });
  const client = recordingClient(cluster.client);
  const informers = new SharedInformerFactory(client);
  const controller = new DeploymentController({ client, informers, clock: cluster.clock, rng: cluster.rng });
  informers.start();
  return { cluster, client, controller };
}

/** Writes other than Events, as `verb resource[/subresource] name`. */
const summary = (writes: RecordedAction[]) =>
  writes.filter((a) => a.resource !== 'events').map((a) => `${a.verb} ${a.resource}${a.subresource ? `/${a.subresource}` : ''} ${a.name ?? ''}`.trim());

describe('DeploymentController.syncDeployment', () => {
  it('creates the new ReplicaSet, records the revision, then the status', () => {
    const { cluster, client, controller } = setup();
    cluster.client.create(DEPLOYMENTS, deployment({}, { 'kubernetes.io/change-cause': 'first' }), { namespace: 'default' });
    client.reset();
    controller.syncDeployment('default/web');
    const hash = computeHash(template);
    expect(summary(client.writes())).toEqual([
      `create replicasets.apps web-${hash}`,
      'update deployments.apps web',
      'update deployments.apps/status web',
      'update deployments.apps/status web',
    ]);
    const rs = client.writes()[0].object as ReplicaSet;
    expect(rs.metadata?.annotations).toEqual({
      'kubernetes.io/change-cause': 'first',
      'deployment.kubernetes.io/revision': '1',
      'deployment.kubernetes.io/desired-replicas': '3',
      'deployment.kubernetes.io/max-replicas': '4',
    });
    expect(rs.spec?.replicas).toBe(3);
    expect(rs.spec?.template?.metadata?.labels).toEqual({ app: 'web', 'pod-template-hash': hash });
    const d = cluster.client.get<Deployment>(DEPLOYMENTS, 'web', { namespace: 'default' });
    expect(d.status).toEqual({
      observedGeneration: 1,
      unavailableReplicas: 3,
      conditions: [
        { type: 'Progressing', status: 'True', reason: 'NewReplicaSetCreated', message: `Created new replica set "web-${hash}"`, lastUpdateTime: '2024-06-01T00:00:00Z', lastTransitionTime: '2024-06-01T00:00:00Z' },
        { type: 'Available', status: 'False', reason: 'MinimumReplicasUnavailable', message: 'Deployment does not have minimum availability.', lastUpdateTime: '2024-06-01T00:00:00Z', lastTransitionTime: '2024-06-01T00:00:00Z' },
      ],
    });
  });

  it('writes nothing on a second sync when nothing changed', () => {
    const { cluster, client, controller } = setup();
    cluster.client.create(DEPLOYMENTS, deployment(), { namespace: 'default' });
    controller.syncDeployment('default/web');
    client.reset();
    controller.syncDeployment('default/web');
    expect(summary(client.writes())).toEqual([]);
  });

  it('adopts an orphan ReplicaSet with the same template instead of creating one', () => {
    const { cluster, client, controller } = setup();
    const hash = computeHash(template);
    const orphan: ReplicaSet = {
      metadata: { name: `web-${hash}`, labels: { app: 'web', 'pod-template-hash': hash } },
      spec: { replicas: 3, selector: { matchLabels: { app: 'web', 'pod-template-hash': hash } }, template: { ...template, metadata: { labels: { app: 'web', 'pod-template-hash': hash } } } },
    };
    cluster.client.create(REPLICASETS, orphan as KubeObject, { namespace: 'default' });
    const d = cluster.client.create(DEPLOYMENTS, deployment(), { namespace: 'default' });
    client.reset();
    // The sync works from the list it claimed; its second write to the set conflicts and is retried.
    expect(() => controller.syncDeployment('default/web')).toThrow('the object has been modified');
    controller.syncDeployment('default/web');
    expect(summary(client.writes()).slice(0, 2)).toEqual([`update replicasets.apps web-${hash}`, `update replicasets.apps web-${hash}`]);
    expect(summary(client.writes()).filter((w) => w.startsWith('create'))).toEqual([]);
    const adopted = cluster.client.get<ReplicaSet>(REPLICASETS, `web-${hash}`, { namespace: 'default' });
    expect(adopted.metadata.annotations?.['deployment.kubernetes.io/revision']).toBe('1');
    expect(adopted.metadata.ownerReferences).toEqual([{ apiVersion: 'apps/v1', kind: 'Deployment', name: 'web', uid: d.metadata.uid, controller: true, blockOwnerDeletion: true }]);
  });

  it('refuses an empty selector with a SelectingAll warning', () => {
    const { cluster, client, controller } = setup();
    cluster.client.create(DEPLOYMENTS, deployment({ selector: {} }), { namespace: 'default' });
    client.reset();
    controller.syncDeployment('default/web');
    expect(summary(client.writes())).toEqual(['update deployments.apps/status web']);
    const ev = client.writes().find((a) => a.resource === 'events')?.object as { reason: string; message: string; type: string };
    expect(ev).toMatchObject({ type: 'Warning', reason: 'SelectingAll', message: 'This deployment is selecting all pods. A non-empty selector is required.' });
  });

  it('bumps collisionCount when a foreign ReplicaSet holds the name', () => {
    const { cluster, client, controller } = setup();
    const hash = computeHash(template);
    const squatter: ReplicaSet = {
      metadata: { name: `web-${hash}`, labels: { other: 'x' } },
      spec: { replicas: 0, selector: { matchLabels: { other: 'x' } }, template: { metadata: { labels: { other: 'x' } }, spec: { containers: [{ name: 'c', image: 'busybox' }] } } },
    };
    cluster.client.create(REPLICASETS, squatter as KubeObject, { namespace: 'default' });
    cluster.client.create(DEPLOYMENTS, deployment(), { namespace: 'default' });
    expect(() => controller.syncDeployment('default/web')).toThrow('already exists');
    expect(cluster.client.get<Deployment>(DEPLOYMENTS, 'web', { namespace: 'default' }).status?.collisionCount).toBe(1);
    client.reset();
    controller.syncDeployment('default/web');
    const created = summary(client.writes()).find((w) => w.startsWith('create'));
    expect(created).toBe(`create replicasets.apps web-${computeHash(template, 1)}`);
    expect(computeHash(template, 1)).not.toBe(hash);
  });
});
