/** LessonSession against a real playground session (SimHost): events, hints, reset, progress. */
import { describe, expect, it } from 'vitest';
import { LessonSession, parseLessons, type LessonHost, type SessionEvent } from '../lessons';
import { SimLessonHost } from './lessonsHost';

const YAML = `id: demo
level: beginner
minutes: 5
setup:
  files:
    - { path: notes/todo.txt, content: "scale web" }
  objects:
    - apiVersion: v1
      kind: Pod
      metadata: { name: big }
      spec:
        containers:
          - name: c
            image: nginx:1.27
            resources: { requests: { memory: 64Gi } }
steps:
  - id: run
    commands:
      - { id: run-web, run: kubectl run web --image=nginx:1.27 }
    check:
      pods: { selector: run=web, ready: 1 }
    hints:
      - id: pending
        when:
          value: { resource: pods, name: big, path: .status.phase, equals: Pending }
        vars:
          why: { resource: pods, name: big, path: '.status.conditions[?(@.type=="PodScheduled")].message' }
      - { id: later, after: 30 }
    solution: [run-web]
  - id: delete
    commands:
      - { id: delete-web, run: kubectl delete pod web }
    check:
      absent: { resource: pods, name: web }
    solution: [delete-web]
`;
const MD = '---\ntitle: Demo\nsummary: s\n---\n## Run {#run}\n{{command run-web}}\n{{hint pending}}\nPending: {{why}}\n{{hint later}}\nTry harder.\n## Delete {#delete}\n{{command delete-web}}\n';
const [lesson] = parseLessons({ '01-demo/lesson.yaml': YAML, '01-demo/en.md': MD, '01-demo/ja.md': MD });

async function started() {
  const host = new SimLessonHost({ seed: 3, timeMode: 'instant' });
  const session = new LessonSession(lesson, host);
  const events: SessionEvent[] = [];
  session.onStep((e) => events.push(e));
  await session.start();
  return { host, session, events };
}

describe('LessonSession', () => {
  it('applies the setup: files and objects', async () => {
    const { host } = await started();
    expect(host.readFile('notes/todo.txt')).toBe('scale web');
    expect(host.readFile('/root/notes/todo.txt')).toBe('scale web');
    expect(host.client.get({ group: '', resource: 'pods' }, 'big', { namespace: 'default' }).metadata?.name).toBe('big');
  });

  it('ticks a step once when its check passes, and reports completion', async () => {
    const { host, session, events } = await started();
    expect(session.evaluate().passed).toBe(false);
    await session.solve();
    expect(session.evaluate().passed).toBe(true);
    session.evaluate();
    expect(events.filter((e) => e.type === 'passed')).toHaveLength(1);
    expect(session.statuses()).toEqual(['passed', 'pending']);
    expect(session.next()).toBe(true);
    expect(session.next()).toBe(false);
    await host.exec('kubectl delete pod web');
    session.evaluate();
    expect(events.map((e) => e.type)).toEqual(['step', 'passed', 'step', 'passed', 'completed']);
    expect(session.isComplete()).toBe(true);
  });

  it('offers state hints with values from the cluster, and timed hints after their delay', async () => {
    const { host, session } = await started();
    const [pending, later] = session.hints();
    expect(pending.available).toBe(true);
    expect(pending.text).toMatch(/^Pending: 0\/1 nodes are available: 1 Insufficient memory/);
    expect(later).toMatchObject({ available: false, dueIn: 30 });
    host.advance(31);
    expect(session.hints()[1]).toMatchObject({ available: true, dueIn: 0, text: 'Try harder.' });
  });

  it('resets a step to its exact start: fresh cluster, setup, earlier solutions replayed', async () => {
    const { host, session } = await started();
    await session.solve();
    session.evaluate();
    session.next();
    await host.exec('kubectl delete pod big');
    await session.resetStep();
    expect(session.stepIndex).toBe(1);
    expect(session.statuses()).toEqual(['passed', 'current']);
    expect(host.readFile('notes/todo.txt')).toBe('scale web');
    const pods = host.client.list({ group: '', resource: 'pods' }, { namespace: 'default' }).items.map((p) => p.metadata?.name).sort();
    expect(pods).toEqual(['big', 'web']);
    expect(session.evaluate().passed).toBe(false);
  });

  it('resumes from saved progress', async () => {
    const { session } = await started();
    await session.solve();
    session.evaluate();
    session.next();
    const saved = session.progress();
    expect(saved).toEqual({ lessonId: 'demo', stepIndex: 1, passed: ['run'] });
    const again = new LessonSession(lesson, new SimLessonHost({ seed: 3, timeMode: 'instant' }));
    await again.start(saved);
    expect(again.stepIndex).toBe(1);
    expect(again.statuses()).toEqual(['passed', 'current']);
  });

  it('without a host that can start over, reset re-applies the setup on top', async () => {
    const inner = new SimLessonHost({ seed: 3, timeMode: 'instant' });
    const host: LessonHost = {
      client: inner.client,
      now: () => inner.now(),
      history: () => inner.history(),
      readFile: (p) => inner.readFile(p),
      writeFile: (p, c) => inner.writeFile(p, c),
      exec: (c) => inner.exec(c),
      settle: () => inner.settle(),
      advance: (sec) => inner.advance(sec),
      stopNode: (n) => inner.stopNode(n),
    };
    const session = new LessonSession(lesson, host);
    await session.start();
    await host.exec('echo lost > notes/todo.txt');
    await host.exec('kubectl label pod big tier=extra');
    await host.exec('kubectl run web --image=nginx:1.27');
    await session.resetLesson();
    expect(host.readFile('notes/todo.txt')).toBe('scale web');
    const big = host.client.get({ group: '', resource: 'pods' }, 'big', { namespace: 'default' });
    expect(big.metadata?.labels?.tier).toBeUndefined();
    // Objects the learner made are not the setup's to remove: only a fresh cluster drops them.
    expect(session.evaluate().passed).toBe(true);
  });

  it('starts from a fresh cluster of the lesson profile', async () => {
    const [multi] = parseLessons({ '02-multi/lesson.yaml': YAML.replace('id: demo', 'id: multi\nprofile: multinode'), '02-multi/en.md': MD, '02-multi/ja.md': MD });
    const host = new SimLessonHost({ seed: 3, timeMode: 'instant' });
    await new LessonSession(multi, host).start();
    expect(host.client.list({ group: '', resource: 'nodes' }).items.map((n) => n.metadata?.name)).toEqual(['controlplane', 'node01', 'node02']);
  });
});
