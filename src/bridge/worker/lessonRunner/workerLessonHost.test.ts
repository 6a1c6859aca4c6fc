import { describe, expect, it } from 'vitest';
import { SimHost } from '../simHost';
import { WorkerLessonHost } from './workerLessonHost';
import type { JournalEntry } from '../workspace/journal';

type Case = { name: string; act: (h: WorkerLessonHost) => void; want: Partial<JournalEntry> };

const cases: Case[] = [
  { name: 'a lesson file, folders created, relative to HOME', act: (h) => h.writeFile('lesson/web.yaml', 'kind: Pod\n'), want: { kind: 'writeFile', path: '/root/lesson/web.yaml', text: 'kind: Pod\n', parents: true } },
  { name: 'a stopped node', act: (h) => h.stopNode('minikube'), want: { kind: 'stopNode', name: 'minikube' } },
  { name: 'a wait', act: (h) => h.advance(30), want: { kind: 'advance', seconds: 30 } },
  { name: 'settling', act: (h) => h.settle(), want: { kind: 'settle' } },
  {
    name: 'a setup object, created through the API',
    act: (h) => h.client.create({ group: '', resource: 'configmaps' }, { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'settings' } }, { namespace: 'default' }),
    want: { kind: 'api', verb: 'create', args: [{ group: '', resource: 'configmaps' }, { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'settings' } }, { namespace: 'default' }] },
  },
  { name: 'a cordon, patched through the API', act: (h) => h.client.patch({ group: '', resource: 'nodes' }, 'minikube', 'merge', { spec: { unschedulable: true } }), want: { kind: 'api', verb: 'patch', args: [{ group: '', resource: 'nodes' }, 'minikube', 'merge', { spec: { unschedulable: true } }] } },
];

describe('WorkerLessonHost journals what a lesson does', () => {
  it.each(cases)('$name', ({ act, want }) => {
    const sim = new SimHost();
    const host = new WorkerLessonHost(() => sim, () => undefined);
    act(host);
    expect(sim.journal.entries().at(-1)).toMatchObject(want);
  });

  it('reads are not journaled', () => {
    const sim = new SimHost();
    const before = sim.journal.entries().length;
    new WorkerLessonHost(() => sim, () => undefined).client.list({ group: '', resource: 'pods' });
    expect(sim.journal.entries().length).toBe(before);
  });

  it('a node the cluster does not have fails the setup', () => {
    const sim = new SimHost();
    expect(() => new WorkerLessonHost(() => sim, () => undefined).stopNode('nope')).toThrow('node "nope" not found');
  });
});
