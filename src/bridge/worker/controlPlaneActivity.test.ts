import { describe, expect, it } from 'vitest';
import { componentOf, ControlPlaneActivity } from './controlPlaneActivity';

describe('componentOf', () => {
  it.each([
    ['scheduler', 'kube-scheduler'],
    ['replicaset-controller', 'kube-controller-manager'],
    ['garbage-collector', 'kube-controller-manager'],
    ['minikube', undefined],
  ])('%s belongs to %s', (runnable, component) => expect(componentOf(runnable)).toBe(component));
});

describe('ControlPlaneActivity', () => {
  function setup() {
    let onWork: ((r: string, n: number) => void) | undefined;
    let revision = 10;
    const timers: (() => void)[] = [];
    const activity = new ControlPlaneActivity({ setOnWork: (fn) => (onWork = fn), revision: () => revision }, { schedule: (fn) => timers.push(fn) });
    const reports: unknown[] = [];
    activity.subscribe((r) => reports.push(r));
    return { work: (r: string, n: number) => onWork!(r, n), write: (n: number) => (revision += n), timers, reports, activity };
  }

  it('sums work per component and writes for etcd and the API server, once per interval', () => {
    const s = setup();
    s.work('scheduler', 2);
    s.work('scheduler', 1);
    s.work('deployment-controller', 1);
    s.write(5);
    expect(s.timers).toHaveLength(1);
    s.timers.shift()!();
    expect(s.reports).toEqual([{ 'kube-scheduler': 3, 'kube-controller-manager': 1, etcd: 5, 'kube-apiserver': 5 }]);
  });

  it('sends nothing when nothing happened', () => {
    const s = setup();
    s.activity.flush();
    expect(s.reports).toEqual([]);
  });
});
