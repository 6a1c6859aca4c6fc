import { describe, expect, it } from 'vitest';
import { splitMarkdown } from './markdown';

describe('splitMarkdown', () => {
  it.each([
    ['prose only', 'Hello *world*\n\nAgain.', ['html']],
    ['a shell block between prose', 'Run this:\n\n```sh\nkubectl get pods\n```\n\nThen look.', ['html', 'command', 'html']],
    ['an unlabelled block is a command', '```\nkubectl get nodes\n```', ['command']],
    ['a YAML block stays code in the prose', '```yaml\nkind: Pod\n```', ['html']],
  ])('%s', (_name, text, kinds) => expect(splitMarkdown(text).map((s) => s.kind)).toEqual(kinds));

  it('drops a leading prompt from commands', () => {
    expect(splitMarkdown('```console\n$ kubectl get pods\n```')).toEqual([{ kind: 'command', text: 'kubectl get pods' }]);
  });
});
