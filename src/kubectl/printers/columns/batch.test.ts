import type { ControllerRevision } from 'kubernetes-types/apps/v1';
import type { CronJob, Job } from 'kubernetes-types/batch/v1';
import type { ReplicationController } from 'kubernetes-types/core/v1';
import { describe, expect, it } from 'vitest';
import { printTable } from '../print';
import { NOW, ago } from '../testing';

const template = { spec: { containers: [{ name: 'pi', image: 'perl:5.34.0' }], restartPolicy: 'Never' } };
const job = (name: string, spec: Partial<Job['spec']>, status: Job['status']): Job => ({
  apiVersion: 'batch/v1',
  kind: 'Job',
  metadata: { name, namespace: 'default', creationTimestamp: ago(120) },
  spec: { template, selector: { matchLabels: { 'batch.kubernetes.io/controller-uid': 'u1' } }, ...spec },
  status,
});
const complete = { type: 'Complete', status: 'True' };

const cj: CronJob = {
  apiVersion: 'batch/v1',
  kind: 'CronJob',
  metadata: { name: 'hello', namespace: 'default', creationTimestamp: ago(300) },
  spec: { schedule: '* * * * *', suspend: false, jobTemplate: { spec: { template: { spec: { containers: [{ name: 'hello', image: 'busybox:1.28' }] } } } } },
  status: { lastScheduleTime: ago(20), active: [{ name: 'hello-1' }] },
};

const rc: ReplicationController = {
  apiVersion: 'v1',
  kind: 'ReplicationController',
  metadata: { name: 'nginx', namespace: 'default', creationTimestamp: ago(60) },
  spec: { replicas: 3, selector: { app: 'nginx' }, template: { spec: { containers: [{ name: 'nginx', image: 'nginx' }] } } },
  status: { replicas: 3, readyReplicas: 2 },
};

const rev: ControllerRevision = {
  apiVersion: 'apps/v1',
  kind: 'ControllerRevision',
  metadata: { name: 'kube-proxy-7d8b6f5c4', namespace: 'kube-system', creationTimestamp: ago(3600), ownerReferences: [{ apiVersion: 'apps/v1', kind: 'DaemonSet', name: 'kube-proxy', uid: 'u', controller: true }] },
  revision: 1,
};

describe('batch and legacy workload tables', () => {
  it.each<[string, object[], boolean, string]>([
    [
      'jobs: complete with duration, running, failed, work queue',
      [
        job('pi', { completions: 1 }, { succeeded: 1, startTime: ago(120), completionTime: ago(90), conditions: [{ type: 'SuccessCriteriaMet', status: 'True' }, complete] as never }),
        job('busy', { completions: 5, parallelism: 2 }, { active: 2, succeeded: 2, startTime: ago(65) }),
        job('boom', { completions: 1 }, { failed: 3, startTime: ago(100), conditions: [{ type: 'Failed', status: 'True' }] as never }),
        job('queue', { parallelism: 3 }, { startTime: ago(5) }),
      ],
      false,
      'NAME    STATUS     COMPLETIONS   DURATION   AGE\n' +
        'pi      Complete   1/1           30s        2m\n' +
        'busy    Running    2/5           65s        2m\n' +
        'boom    Failed     0/1           100s       2m\n' +
        'queue   Running    0/1 of 3      5s         2m\n',
    ],
    [
      'job -o wide',
      [job('pi', { completions: 1 }, {})],
      true,
      'NAME   STATUS    COMPLETIONS   DURATION   AGE   CONTAINERS   IMAGES        SELECTOR\n' + 'pi     Running   0/1                      2m    pi           perl:5.34.0   batch.kubernetes.io/controller-uid=u1\n',
    ],
    ['cronjob', [cj], false, 'NAME    SCHEDULE    TIMEZONE   SUSPEND   ACTIVE   LAST SCHEDULE   AGE\nhello   * * * * *   <none>     False     1        20s             5m\n'],
    ['replicationcontroller', [rc], false, 'NAME    DESIRED   CURRENT   READY   AGE\nnginx   3         3         2       60s\n'],
    ['controllerrevision', [rev], false, 'NAME                   CONTROLLER                  REVISION   AGE\nkube-proxy-7d8b6f5c4   daemonset.apps/kube-proxy   1          60m\n'],
  ])('%s', (_name, objects, wide, want) => {
    expect(printTable(objects as never, { now: NOW, wide })).toBe(want);
  });
});
