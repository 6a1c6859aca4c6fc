import { describe, expect, it } from 'vitest';
import { LessonCatalog, parseLessons } from './catalog';
import { LessonFormatError } from './LessonFormatError';

const YAML = `id: demo
level: beginner
minutes: 5
setup:
  files:
    - { path: a.yaml, content: "x: 1" }
  faults:
    - advance: 10
steps:
  - id: one
    commands:
      - id: get
        run: kubectl get pods
      - id: write
        file: web.yaml
        content: |
          kind: Pod
      - id: wait
        hidden: true
        run: sleep 1
    check:
      command: { matches: get }
    hints:
      - id: how
        after: 30
    solution: [get, wait]
  - id: two
    commands:
      - id: del
        run: kubectl delete pod x
    check:
      absent: { resource: pods, name: x }
    solution: [del]
`;

const EN = `---
title: Demo
summary: A demo.
---
Intro text.

## First {#one}
Look:

{{command get}}

\`\`\`
{{command not-a-directive-inside-a-fence}}
## Not a heading {#nope}
\`\`\`

{{command write}}

{{hint how}}
Type it.

## Second {#two}
{{command del}}

## Done {#finish}
Bye.
`;

const JA = EN.replace('title: Demo', 'title: デモ').replace('Look:', '見てみましょう。');

const files = (over: Record<string, string | undefined> = {}): Record<string, string> => ({ '01-demo/lesson.yaml': YAML, '01-demo/en.md': EN, '01-demo/ja.md': JA, ...over });

describe('parseLessons', () => {
  it('parses spec and both languages', () => {
    const [lesson] = parseLessons(files());
    expect(lesson.spec).toMatchObject({ id: 'demo', order: 1, level: 'beginner', minutes: 5, profile: 'minikube' });
    expect(lesson.spec.setup).toEqual({ objects: [], files: [{ path: 'a.yaml', content: 'x: 1' }], faults: [{ advance: 10 }] });
    const step = lesson.text.en.steps.one;
    expect(step.title).toBe('First');
    expect(step.body.map((b) => (b.kind === 'command' ? `cmd:${b.command.id}` : 'md'))).toEqual(['md', 'cmd:get', 'md', 'cmd:write']);
    expect(step.body[2]).toMatchObject({ kind: 'markdown', text: expect.stringContaining('## Not a heading {#nope}') });
    expect(step.hints).toEqual({ how: 'Type it.' });
    expect(lesson.text.ja.title).toBe('デモ');
    expect(lesson.text.en.finish).toEqual([{ kind: 'markdown', text: 'Bye.' }]);
  });

  it('turns a file command into a heredoc', () => {
    const [lesson] = parseLessons(files());
    const write = lesson.spec.steps[0].commands.find((c) => c.id === 'write')!;
    expect(write.run).toBe("cat <<'EOF' > web.yaml\nkind: Pod\nEOF");
    expect(write.file).toEqual({ path: 'web.yaml', content: 'kind: Pod\n' });
  });

  it('localizes with solutions resolved', () => {
    const catalog = LessonCatalog.fromFiles(files());
    const l = catalog.load('demo', 'ja')!;
    expect(l.title).toBe('デモ');
    expect(l.steps[0].solution.map((c) => c.run)).toEqual(['kubectl get pods', 'sleep 1']);
    expect(l.steps[0].hints[0]).toMatchObject({ id: 'how', after: 30, text: 'Type it.' });
    expect(catalog.list('en')).toEqual([{ id: 'demo', order: 1, title: 'Demo', summary: 'A demo.', level: 'beginner', minutes: 5, steps: 2 }]);
  });

  it.each([
    { name: 'id differs from folder', over: { '01-demo/lesson.yaml': YAML.replace('id: demo', 'id: other') }, want: /id must be "demo"/ },
    { name: 'unknown check', over: { '01-demo/lesson.yaml': YAML.replace('command: { matches: get }', 'script: { run: x }') }, want: /steps\[0\]\.check: unknown check "script"/ },
    { name: 'bad regex', over: { '01-demo/lesson.yaml': YAML.replace('matches: get', "matches: '('") }, want: /check\.command\.matches/ },
    { name: 'unknown resource', over: { '01-demo/lesson.yaml': YAML.replace('resource: pods', 'resource: gizmos') }, want: /doesn't have a resource type "gizmos"/ },
    { name: 'solution names an unknown command', over: { '01-demo/lesson.yaml': YAML.replace('solution: [del]', 'solution: [nope]') }, want: /"nope" is not a command of this step/ },
    { name: 'missing translation', over: { '01-demo/ja.md': undefined }, want: /no ja\.md/ },
    { name: 'step missing in prose', over: { '01-demo/ja.md': JA.replace('## Second {#two}\n{{command del}}\n', '') }, want: /step sections are \[one\]/ },
    { name: 'command not shown', over: { '01-demo/en.md': EN.replace('{{command write}}', '') }, want: /never shows command "write"/ },
    { name: 'unknown command directive', over: { '01-demo/en.md': EN.replace('{{command get}}', '{{command gte}}') }, want: /en\.md:\d+: no command "gte"/ },
    { name: 'hint without text', over: { '01-demo/en.md': EN.replace('{{hint how}}\nType it.\n', '') }, want: /no text for hint "how"/ },
    { name: 'undeclared hint', over: { '01-demo/en.md': EN.replace('{{hint how}}', '{{hint how}}\nx\n{{hint extra}}') }, want: /hint "extra" is not declared/ },
  ])('rejects: $name', ({ over, want }) => {
    const f = files(over as Record<string, string | undefined>);
    for (const k of Object.keys(f)) if (f[k] === undefined) delete f[k];
    expect(() => parseLessons(f)).toThrow(LessonFormatError);
    expect(() => parseLessons(f)).toThrow(want);
  });
});
