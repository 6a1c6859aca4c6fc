import type { ContainerStatus, Pod, PodStatus } from 'kubernetes-types/core/v1';
import { describe, expect, it } from 'vitest';
import { podSummary, podTable } from './pod';

const now = Date.parse('2024-05-01T12:00:00Z');
const ago = (seconds: number) => new Date(now - seconds * 1000).toISOString().replace('.000Z', 'Z');

function pod(status: PodStatus, extra: Partial<Pod> = {}): Pod {
  return {
    apiVersion: 'v1',
    kind: 'Pod',
    metadata: { name: 'web', namespace: 'default', creationTimestamp: ago(300), ...extra.metadata },
    spec: { containers: [{ name: 'app', image: 'nginx' }], ...extra.spec },
    status,
  };
}

const running = (name = 'app', ready = true): ContainerStatus => ({
  name,
  ready,
  restartCount: 0,
  image: 'nginx',
  imageID: '',
  state: { running: { startedAt: ago(200) } },
});
const waiting = (reason: string, name = 'app'): ContainerStatus => ({
  name,
  ready: false,
  restartCount: 0,
  image: 'nginx',
  imageID: '',
  state: { waiting: { reason } },
});
const terminated = (t: { reason?: string; exitCode: number; signal?: number }, name = 'app'): ContainerStatus => ({
  name,
  ready: false,
  restartCount: 0,
  image: 'nginx',
  imageID: '',
  state: { terminated: t },
});

const withInit = { spec: { initContainers: [{ name: 'init', image: 'busybox' }], containers: [{ name: 'app', image: 'nginx' }] } };
const twoContainers = { spec: { containers: [{ name: 'app', image: 'nginx' }, { name: 'side', image: 'busybox' }] } };

describe('podSummary', () => {
  it.each<[string, Pod, string, string, string]>([
    ['running and ready', pod({ phase: 'Running', containerStatuses: [running()] }), '1/1', 'Running', '0'],
    ['not yet scheduled', pod({ phase: 'Pending' }), '0/1', 'Pending', '0'],
    ['creating', pod({ phase: 'Pending', containerStatuses: [waiting('ContainerCreating')] }), '0/1', 'ContainerCreating', '0'],
    ['image pull error', pod({ phase: 'Pending', containerStatuses: [waiting('ErrImagePull')] }), '0/1', 'ErrImagePull', '0'],
    ['image pull backoff', pod({ phase: 'Pending', containerStatuses: [waiting('ImagePullBackOff')] }), '0/1', 'ImagePullBackOff', '0'],
    [
      'config error',
      pod({ phase: 'Pending', containerStatuses: [waiting('CreateContainerConfigError')] }),
      '0/1',
      'CreateContainerConfigError',
      '0',
    ],
    [
      'crash loop with last restart age',
      pod({
        phase: 'Running',
        containerStatuses: [
          { ...waiting('CrashLoopBackOff'), restartCount: 3, lastState: { terminated: { exitCode: 1, reason: 'Error', finishedAt: ago(45) } } },
        ],
      }),
      '0/1',
      'CrashLoopBackOff',
      '3 (45s ago)',
    ],
    ['completed', pod({ phase: 'Succeeded', containerStatuses: [terminated({ reason: 'Completed', exitCode: 0 })] }), '0/1', 'Completed', '0'],
    ['error', pod({ phase: 'Failed', containerStatuses: [terminated({ reason: 'Error', exitCode: 1 })] }), '0/1', 'Error', '0'],
    ['OOM killed', pod({ phase: 'Running', containerStatuses: [terminated({ reason: 'OOMKilled', exitCode: 137 })] }), '0/1', 'OOMKilled', '0'],
    ['signal without reason', pod({ phase: 'Running', containerStatuses: [terminated({ exitCode: 137, signal: 9 })] }), '0/1', 'Signal:9', '0'],
    ['exit code without reason', pod({ phase: 'Running', containerStatuses: [terminated({ exitCode: 2 })] }), '0/1', 'ExitCode:2', '0'],
    [
      'init container running',
      pod({ phase: 'Pending', initContainerStatuses: [running('init', false)], containerStatuses: [waiting('PodInitializing')] }, withInit),
      '0/1',
      'Init:0/1',
      '0',
    ],
    [
      'init image pull error',
      pod({ phase: 'Pending', initContainerStatuses: [waiting('ErrImagePull', 'init')] }, withInit),
      '0/1',
      'Init:ErrImagePull',
      '0',
    ],
    [
      'init crash loop counts init restarts',
      pod(
        {
          phase: 'Pending',
          initContainerStatuses: [
            { ...waiting('CrashLoopBackOff', 'init'), restartCount: 2, lastState: { terminated: { exitCode: 1, finishedAt: ago(20) } } },
          ],
        },
        withInit,
      ),
      '0/1',
      'Init:CrashLoopBackOff',
      '2 (20s ago)',
    ],
    [
      'init failed',
      pod({ phase: 'Pending', initContainerStatuses: [terminated({ reason: 'Error', exitCode: 1 }, 'init')] }, withInit),
      '0/1',
      'Init:Error',
      '0',
    ],
    [
      'init exit code',
      pod({ phase: 'Pending', initContainerStatuses: [terminated({ exitCode: 3 }, 'init')] }, withInit),
      '0/1',
      'Init:ExitCode:3',
      '0',
    ],
    [
      'init done, app running',
      pod(
        { phase: 'Running', initContainerStatuses: [terminated({ reason: 'Completed', exitCode: 0 }, 'init')], containerStatuses: [running()] },
        withInit,
      ),
      '1/1',
      'Running',
      '0',
    ],
    [
      'terminating',
      pod({ phase: 'Running', containerStatuses: [running()] }, { metadata: { deletionTimestamp: ago(1) } }),
      '1/1',
      'Terminating',
      '0',
    ],
    [
      'unknown on a lost node',
      pod({ phase: 'Running', reason: 'NodeLost', containerStatuses: [running()] }, { metadata: { deletionTimestamp: ago(1) } }),
      '1/1',
      'Unknown',
      '0',
    ],
    [
      'a finished pod being deleted keeps its status',
      pod({ phase: 'Succeeded', containerStatuses: [terminated({ reason: 'Completed', exitCode: 0 })] }, { metadata: { deletionTimestamp: ago(1) } }),
      '0/1',
      'Completed',
      '0',
    ],
    [
      'one container completed, one running, pod not ready',
      pod({ phase: 'Running', containerStatuses: [running('app'), terminated({ reason: 'Completed', exitCode: 0 }, 'side')] }, twoContainers),
      '1/2',
      'NotReady',
      '0',
    ],
    [
      'one container completed, one running, pod ready',
      pod(
        {
          phase: 'Running',
          conditions: [{ type: 'Ready', status: 'True' }],
          containerStatuses: [running('app'), terminated({ reason: 'Completed', exitCode: 0 }, 'side')],
        },
        twoContainers,
      ),
      '1/2',
      'Running',
      '0',
    ],
    ['evicted', pod({ phase: 'Failed', reason: 'Evicted' }), '0/1', 'Evicted', '0'],
    [
      'scheduling gated',
      pod({ phase: 'Pending', conditions: [{ type: 'PodScheduled', status: 'False', reason: 'SchedulingGated' }] }),
      '0/1',
      'SchedulingGated',
      '0',
    ],
    [
      'sidecar counts toward READY',
      pod(
        {
          phase: 'Running',
          conditions: [{ type: 'Initialized', status: 'True' }],
          initContainerStatuses: [{ ...running('proxy'), started: true, restartCount: 1, lastState: { terminated: { exitCode: 1, finishedAt: ago(600) } } }],
          containerStatuses: [running()],
        },
        { spec: { initContainers: [{ name: 'proxy', image: 'envoy', restartPolicy: 'Always' }], containers: [{ name: 'app', image: 'nginx' }] } },
      ),
      '2/2',
      'Running',
      '1 (10m ago)',
    ],
  ])('%s', (_name, p, ready, status, restarts) => {
    expect(podSummary(p, now)).toEqual({ ready, status, restarts });
  });
});

describe('podTable wide cells', () => {
  it.each<[string, Pod, string[]]>([
    ['unscheduled', pod({ phase: 'Pending' }), ['<none>', '<none>', '<none>', '<none>']],
    [
      'scheduled with IP and readiness gates',
      pod(
        {
          phase: 'Running',
          podIPs: [{ ip: '10.244.0.5' }],
          nominatedNodeName: 'node-2',
          conditions: [{ type: 'example.com/gate', status: 'True' }],
        },
        { spec: { nodeName: 'minikube', containers: [], readinessGates: [{ conditionType: 'example.com/gate' }, { conditionType: 'other' }] } },
      ),
      ['10.244.0.5', 'minikube', 'node-2', '1/2'],
    ],
  ])('%s', (_name, p, want) => {
    expect(podTable.cells(p, now).slice(5)).toEqual(want);
  });
});
