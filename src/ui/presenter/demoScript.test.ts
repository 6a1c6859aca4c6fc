import { describe, expect, it } from 'vitest';
import type { LessonCommand, LocalizedLesson, LocalizedStep } from '../../bridge/main/types';
import { demoFromCommands, demoFromLesson, preview } from './demoScript';

const command = (run: string): LessonCommand => ({ id: run, run, kind: 'run', hidden: false });
const step = (id: string, solution: string[]): LocalizedStep => ({ id, index: 0, title: id, body: [], commands: [], check: {} as LocalizedStep['check'], hints: [], solution: solution.map(command) });
const HEREDOC = "cat <<'EOF' > web.yaml\nkind: Pod\nEOF";
const lesson = { id: 'pods', steps: [step('run', ['kubectl run web --image=nginx']), step('file', [HEREDOC, 'kubectl apply -f web.yaml']), step('logs', ['kubectl logs web'])] } as LocalizedLesson;

describe('demo scripts', () => {
  it('types the URL’s commands in order', () => {
    expect(demoFromCommands(['kubectl get nodes', 'kubectl get pods'])).toEqual([
      { command: 'kubectl get nodes', typed: true },
      { command: 'kubectl get pods', typed: true },
    ]);
  });

  const cases = [
    { name: 'a lesson from its first step', from: 0, want: ['kubectl run web --image=nginx', HEREDOC, 'kubectl apply -f web.yaml', 'kubectl logs web'] },
    { name: 'a lesson from the step it is on', from: 2, want: ['kubectl logs web'] },
  ];
  for (const c of cases) it(c.name, () => expect(demoFromLesson(lesson, c.from).map((d) => d.command)).toEqual(c.want));

  it('pastes a file at once: the line editor types one line', () => {
    expect(demoFromLesson(lesson, 1).map((d) => d.typed)).toEqual([false, true, true]);
  });

  it('previews a heredoc by its first line', () => {
    expect(preview({ command: HEREDOC, typed: false })).toBe("cat <<'EOF' > web.yaml …");
    expect(preview({ command: 'kubectl get pods', typed: true })).toBe('kubectl get pods');
  });
});
