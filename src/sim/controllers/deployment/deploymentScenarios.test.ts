import type { Deployment, ReplicaSet } from 'kubernetes-types/apps/v1';
import type { Event, Pod } from 'kubernetes-types/core/v1';
import { describe, expect, it } from 'vitest';
import { clone } from '../../../common/objects';
import { DEPLOYMENTS, PODS, REPLICASETS } from '../../api/resources';
import type { KubeObject, Stored } from '../../api/types';
import { asKubeObject } from '../util/controllerRef';
import { TestCluster } from '../../testing/testCluster';
import { ReplicaSetController } from '../replicaset/replicaSetController';
import { isPodAvailable } from '../util/podReadiness';
import { PodReadier, type PodReadierOptions } from '../util/podReadier';
import { DeploymentController } from './deploymentController';

function start(opts: PodReadierOptions = { delaySeconds: 2 }) {
  const tc = new TestCluster({ seed: 42 });
  const c = tc.cluster;
  const ctx = { client: c.client, informers: c.informers, clock: c.clock, rng: c.rng };
  const deployments = new DeploymentController(ctx);
  const replicaSets = new ReplicaSetController(ctx);
  const readier = new PodReadier(ctx, opts);
  c.informers.start();
  c.addRunnable(deployments);
  c.addRunnable(replicaSets);
  c.addRunnable(readier);
  return tc;
}

function deployment(name: string, replicas: number, spec: Partial<Deployment['spec']> = {}, image = 'nginx:1.27'): KubeObject {
  const d: Deployment = {
    apiVersion: 'apps/v1',
    kind: 'Deployment',
    metadata: { name },
    spec: {
      replicas,
      selector: { matchLabels: { app: name } },
      template: { metadata: { labels: { app: name } }, spec: { containers: [{ name: 'web', image }] } },
      ...spec,
    },
  };
  return asKubeObject(d);
}

const getDeploy = (tc: TestCluster, name = 'web') => tc.get<Deployment>('deployments', name);
const pods = (tc: TestCluster) => tc.list<Pod>('pods', { namespace: 'default' }).filter((p) => !p.metadata.deletionTimestamp);
const replicaSets = (tc: TestCluster) => tc.list<ReplicaSet>('replicasets', { namespace: 'default' });
const events = (tc: TestCluster, reason: string) => tc.list<Event>('events', { namespace: 'default' }).filter((e) => e.reason === reason).map((e) => e.message);

function setImage(tc: TestCluster, image: string, name = 'web'): void {
  const d = clone(getDeploy(tc, name)) as Stored<Deployment>;
  d.spec!.template.spec!.containers[0].image = image;
  tc.client.update(DEPLOYMENTS, d, { namespace: 'default' });
}

function patchSpec(tc: TestCluster, change: (spec: NonNullable<Deployment['spec']>) => void, name = 'web'): void {
  const d = clone(getDeploy(tc, name)) as Stored<Deployment>;
  change(d.spec!);
  tc.client.update(DEPLOYMENTS, d, { namespace: 'default' });
}

const isComplete = (d: Deployment) => !!d.status?.conditions?.some((c) => c.type === 'Progressing' && c.reason === 'NewReplicaSetAvailable') && d.status?.observedGeneration === d.metadata?.generation;
const progressing = (d: Deployment) => d.status?.conditions?.find((c) => c.type === 'Progressing');

/** Calls `check` with the live pods after every single pod write: "at any instant". */
function onEveryPodChange(tc: TestCluster, check: (live: Stored<Pod>[], nowMs: number) => string | undefined): string[] {
  const list = tc.client.list<Pod>(PODS, { namespace: 'default' });
  const cache = new Map(list.items.map((p) => [p.metadata.name, p]));
  const violations: string[] = [];
  tc.client.watch<Pod>(PODS, { namespace: 'default', resourceVersion: list.metadata.resourceVersion }, (e) => {
    if (e.type === 'DELETED') cache.delete(e.object.metadata.name);
    else cache.set(e.object.metadata.name, e.object);
    const live = [...cache.values()].filter((p) => !p.metadata.deletionTimestamp);
    const v = check(live, tc.clock.now());
    if (v) violations.push(`${(tc.clock.now() - start0) / 1000}s: ${v}`);
  });
  return violations;
}
const start0 = Date.UTC(2024, 5, 1);

/** Advances in small steps until `done`, failing after `maxSeconds`. */
function advanceUntil(tc: TestCluster, done: () => boolean, maxSeconds = 120, step = 0.5): number {
  for (let t = 0; t <= maxSeconds; t += step) {
    if (done()) return t;
    tc.advance(step);
  }
  throw new Error(`condition not reached in ${maxSeconds}s`);
}

const imageOf = (p: Pod) => p.spec?.containers[0].image;

describe('Deployment scenarios', () => {
  it('creates a ReplicaSet named after the pod-template-hash and becomes available', () => {
    const tc = start();
    tc.create(deployment('web', 3));
    tc.advance(5);
    const [rs] = replicaSets(tc);
    expect(rs.metadata.name).toMatch(/^web-[bcdfghjklmnpqrstvwxz2456789]{6,10}$/);
    const hash = rs.metadata.labels?.['pod-template-hash'];
    expect(rs.metadata.name).toBe(`web-${hash}`);
    expect(rs.spec?.selector.matchLabels).toEqual({ app: 'web', 'pod-template-hash': hash });
    expect(rs.metadata.annotations).toEqual({
      'deployment.kubernetes.io/revision': '1',
      'deployment.kubernetes.io/desired-replicas': '3',
      'deployment.kubernetes.io/max-replicas': '4',
    });
    expect(pods(tc).map((p) => p.metadata.name)).toEqual(expect.arrayContaining([expect.stringMatching(new RegExp(`^web-${hash}-[bcdfghjklmnpqrstvwxz2456789]{5}$`))]));
    const d = getDeploy(tc);
    expect(d.metadata.annotations?.['deployment.kubernetes.io/revision']).toBe('1');
    expect(d.status).toMatchObject({ observedGeneration: 1, replicas: 3, updatedReplicas: 3, readyReplicas: 3, availableReplicas: 3 });
    expect(d.status?.conditions?.map((c) => [c.type, c.status, c.reason, c.message])).toEqual([
      ['Available', 'True', 'MinimumReplicasAvailable', 'Deployment has minimum availability.'],
      ['Progressing', 'True', 'NewReplicaSetAvailable', `ReplicaSet "${rs.metadata.name}" has successfully progressed.`],
    ]);
    expect(events(tc, 'ScalingReplicaSet')).toEqual([`Scaled up replica set ${rs.metadata.name} from 0 to 3`]);
    expect(tc.unexpectedErrors()).toEqual([]);
  });

  /*
   * The controller's guarantees are on ReplicaSet sizes (checked at every ReplicaSet write) and on
   * availability (checked at every pod write). Pod totals are checked after every drain: within
   * one, the new set's pod may be created just before the old set's pod is deleted, as two
   * ReplicaSet controllers racing in a real cluster can do.
   */
  it.each([
    { name: 'maxSurge 25% / maxUnavailable 25% (resolves to 1 / 0)', rollingUpdate: { maxSurge: '25%', maxUnavailable: '25%' }, maxTotal: 4, minAvailable: 3 },
    { name: 'maxSurge 0 / maxUnavailable 1', rollingUpdate: { maxSurge: 0, maxUnavailable: 1 }, maxTotal: 3, minAvailable: 2 },
    { name: 'maxSurge 1 / maxUnavailable 1', rollingUpdate: { maxSurge: 1, maxUnavailable: 1 }, maxTotal: 4, minAvailable: 2 },
  ])('rolling update with $name stays within its bounds at every step', ({ rollingUpdate, maxTotal, minAvailable }) => {
    const tc = start();
    tc.create(deployment('web', 3, { strategy: { type: 'RollingUpdate', rollingUpdate } }));
    advanceUntil(tc, () => isComplete(getDeploy(tc)));
    const violations = onEveryPodChange(tc, (live, now) => {
      const available = live.filter((p) => isPodAvailable(p, 0, now)).length;
      return available < minAvailable ? `${available} available < ${minAvailable}` : undefined;
    });
    tc.client.watch<ReplicaSet>(REPLICASETS, { namespace: 'default' }, () => {
      const desired = replicaSets(tc).reduce((n, rs) => n + (rs.spec?.replicas ?? 0), 0);
      if (desired > maxTotal) violations.push(`ReplicaSets sized for ${desired} pods > ${maxTotal}`);
    });
    let peakTotal = 0;
    setImage(tc, 'nginx:1.28');
    advanceUntil(tc, () => {
      const total = pods(tc).length;
      peakTotal = Math.max(peakTotal, total);
      if (total > maxTotal) violations.push(`${total} pods > ${maxTotal}`);
      return isComplete(getDeploy(tc));
    }, 120, 0.25);
    expect(violations).toEqual([]);
    expect(peakTotal).toBe(maxTotal);
    expect(pods(tc).map(imageOf)).toEqual(['nginx:1.28', 'nginx:1.28', 'nginx:1.28']);
    const sets = replicaSets(tc).map((rs) => [rs.metadata.annotations?.['deployment.kubernetes.io/revision'], rs.spec?.replicas]);
    expect(sets.sort()).toEqual([['1', 0], ['2', 3]]);
    expect(getDeploy(tc).metadata.annotations?.['deployment.kubernetes.io/revision']).toBe('2');
    expect(tc.unexpectedErrors()).toEqual([]);
  });

  it('Recreate removes every old pod before the first new one exists', () => {
    const tc = start();
    tc.create(deployment('web', 3, { strategy: { type: 'Recreate' } }));
    advanceUntil(tc, () => isComplete(getDeploy(tc)));
    const [oldRS] = replicaSets(tc);
    const violations = onEveryPodChange(tc, (live) => {
      const images = new Set(live.map(imageOf));
      return images.size > 1 ? `old and new pods together: ${[...images].join(', ')}` : undefined;
    });
    setImage(tc, 'nginx:1.28');
    advanceUntil(tc, () => isComplete(getDeploy(tc)));
    expect(violations).toEqual([]);
    const newRS = replicaSets(tc).find((rs) => rs.metadata.uid !== oldRS.metadata.uid)!;
    expect(events(tc, 'ScalingReplicaSet')).toEqual([
      `Scaled up replica set ${oldRS.metadata.name} from 0 to 3`,
      `Scaled down replica set ${oldRS.metadata.name} from 3 to 0`,
      `Scaled up replica set ${newRS.metadata.name} from 0 to 3`,
    ]);
    expect(tc.unexpectedErrors()).toEqual([]);
  });

  it('rollback to the previous template reuses the old ReplicaSet under a new revision', () => {
    const tc = start();
    tc.create(deployment('web', 2, {}, 'nginx:1.27'));
    advanceUntil(tc, () => isComplete(getDeploy(tc)));
    const [first] = replicaSets(tc);
    setImage(tc, 'nginx:1.28');
    advanceUntil(tc, () => isComplete(getDeploy(tc)));
    setImage(tc, 'nginx:1.27');
    advanceUntil(tc, () => isComplete(getDeploy(tc)));
    const sets = replicaSets(tc);
    expect(sets).toHaveLength(2);
    const reused = sets.find((rs) => rs.metadata.uid === first.metadata.uid)!;
    expect(reused.spec?.replicas).toBe(2);
    expect(reused.metadata.annotations).toMatchObject({ 'deployment.kubernetes.io/revision': '3', 'deployment.kubernetes.io/revision-history': '1' });
    expect(getDeploy(tc).metadata.annotations?.['deployment.kubernetes.io/revision']).toBe('3');
    expect(pods(tc).map(imageOf)).toEqual(['nginx:1.27', 'nginx:1.27']);
    expect(tc.unexpectedErrors()).toEqual([]);
  });

  it('scaling mid-rollout spreads the new replicas over old and new sets proportionally', () => {
    const tc = start({ delaySeconds: 2, staysUnready: (p) => imageOf(p) === 'nginx:broken' });
    tc.create(deployment('web', 10, { strategy: { type: 'RollingUpdate', rollingUpdate: { maxSurge: 3, maxUnavailable: 2 } } }));
    advanceUntil(tc, () => isComplete(getDeploy(tc)));
    const [oldRS] = replicaSets(tc);
    setImage(tc, 'nginx:broken');
    tc.advance(10);
    const sizes = () => {
      const sets = replicaSets(tc);
      const old = sets.find((rs) => rs.metadata.uid === oldRS.metadata.uid)!;
      const fresh = sets.find((rs) => rs.metadata.uid !== oldRS.metadata.uid)!;
      return { old: old.spec?.replicas, new: fresh.spec?.replicas };
    };
    expect(sizes()).toEqual({ old: 8, new: 5 });
    patchSpec(tc, (s) => (s.replicas = 15));
    tc.advance(5);
    expect(sizes()).toEqual({ old: 11, new: 7 });
    expect(replicaSets(tc).every((rs) => rs.metadata.annotations?.['deployment.kubernetes.io/desired-replicas'] === '15')).toBe(true);
    expect(tc.unexpectedErrors()).toEqual([]);
  });

  it('a paused Deployment makes no rollout progress until resumed', () => {
    const tc = start();
    tc.create(deployment('web', 2));
    advanceUntil(tc, () => isComplete(getDeploy(tc)));
    patchSpec(tc, (s) => (s.paused = true));
    tc.advance(1);
    expect(progressing(getDeploy(tc))).toMatchObject({ status: 'Unknown', reason: 'DeploymentPaused', message: 'Deployment is paused' });
    setImage(tc, 'nginx:1.28');
    tc.advance(30);
    expect(replicaSets(tc)).toHaveLength(1);
    expect(pods(tc).map(imageOf)).toEqual(['nginx:1.27', 'nginx:1.27']);
    expect(getDeploy(tc).status?.observedGeneration).toBe(getDeploy(tc).metadata.generation);
    patchSpec(tc, (s) => (s.paused = false));
    tc.advance(0.1);
    expect(replicaSets(tc)).toHaveLength(2);
    advanceUntil(tc, () => isComplete(getDeploy(tc)));
    expect(pods(tc).map(imageOf)).toEqual(['nginx:1.28', 'nginx:1.28']);
    expect(tc.unexpectedErrors()).toEqual([]);
  });

  it('reports ProgressDeadlineExceeded when the new pods never become ready', () => {
    const tc = start({ delaySeconds: 2, staysUnready: (p) => imageOf(p) === 'nginx:broken' });
    tc.create(deployment('web', 2, { progressDeadlineSeconds: 30 }));
    advanceUntil(tc, () => isComplete(getDeploy(tc)));
    setImage(tc, 'nginx:broken');
    tc.advance(29);
    expect(progressing(getDeploy(tc))).toMatchObject({ status: 'True', reason: 'ReplicaSetUpdated' });
    const elapsed = advanceUntil(tc, () => progressing(getDeploy(tc))?.reason === 'ProgressDeadlineExceeded', 10, 0.25);
    expect(elapsed).toBeLessThanOrEqual(3);
    const newRS = replicaSets(tc).find((rs) => rs.spec?.template?.spec?.containers[0].image === 'nginx:broken')!;
    expect(progressing(getDeploy(tc))).toMatchObject({ status: 'False', message: `ReplicaSet "${newRS.metadata.name}" has timed out progressing.` });
    // The old pods keep serving: availability is untouched by the stuck rollout.
    expect(getDeploy(tc).status?.conditions?.find((c) => c.type === 'Available')?.status).toBe('True');
    expect(tc.unexpectedErrors()).toEqual([]);
  });

  it('replaces a deleted pod (self-healing)', () => {
    const tc = start();
    tc.create(deployment('web', 3));
    advanceUntil(tc, () => isComplete(getDeploy(tc)));
    const victim = pods(tc)[0].metadata.name;
    tc.client.delete(PODS, victim, { namespace: 'default' });
    tc.cluster.drain();
    expect(pods(tc)).toHaveLength(3);
    expect(pods(tc).map((p) => p.metadata.name)).not.toContain(victim);
    expect(getDeploy(tc).status?.availableReplicas).toBe(2);
    tc.advance(3);
    expect(getDeploy(tc).status).toMatchObject({ replicas: 3, availableReplicas: 3 });
    expect(tc.unexpectedErrors()).toEqual([]);
  });

  it('keeps only revisionHistoryLimit old ReplicaSets and copies change-cause', () => {
    const tc = start();
    tc.create(deployment('web', 1, { revisionHistoryLimit: 1 }));
    advanceUntil(tc, () => isComplete(getDeploy(tc)));
    for (const image of ['nginx:1.28', 'nginx:1.29']) {
      const d = clone(getDeploy(tc)) as Stored<Deployment>;
      d.metadata.annotations = { ...d.metadata.annotations, 'kubernetes.io/change-cause': `set image ${image}` };
      d.spec!.template.spec!.containers[0].image = image;
      tc.client.update(DEPLOYMENTS, d, { namespace: 'default' });
      advanceUntil(tc, () => isComplete(getDeploy(tc)));
    }
    const sets = replicaSets(tc).map((rs) => [rs.metadata.annotations?.['deployment.kubernetes.io/revision'], rs.metadata.annotations?.['kubernetes.io/change-cause']]);
    expect(sets.sort()).toEqual([['2', 'set image nginx:1.28'], ['3', 'set image nginx:1.29']]);
    expect(tc.unexpectedErrors()).toEqual([]);
  });
});
