import { describe, expect, it } from 'vitest';
import { findSupportError } from './supportErrors';

describe('findSupportError', () => {
  it.each([
    { name: 'shell: command not found', output: 'bash: curl: command not found\n', want: 'bash: curl: command not found' },
    { name: 'playground: not available', output: 'error: "kubectl top" is not available in this playground\n', want: 'error: "kubectl top" is not available in this playground' },
    { name: 'unknown command, any case', output: 'Error: unknown command "frob" for "kubectl"\n', want: 'Error: unknown command "frob" for "kubectl"' },
    { name: 'unknown flag', output: "error: unknown flag: --frob\nSee 'kubectl get --help' for usage.\n", want: 'error: unknown flag: --frob' },
    { name: 'group help instead of a subcommand', output: 'Set specific features on objects\n\nAvailable Commands:\n  env\n', command: 'kubectl set selector svc web a=b', want: 'help printed instead of running: Set specific features on objects' },
  ])('$name', ({ output, command, want }) => {
    expect(findSupportError(output, command)).toBe(want);
  });

  it.each([
    { name: 'a Kubernetes error is fine', output: 'Error from server (NotFound): pods "x" not found\n', command: 'kubectl get pod x' },
    { name: 'help that was asked for', output: 'Set specific features\n\nAvailable Commands:\n', command: 'kubectl set --help' },
    { name: 'plain output', output: 'pod/web created\n', command: 'kubectl run web --image=nginx' },
  ])('ignores: $name', ({ output, command }) => {
    expect(findSupportError(output, command)).toBeUndefined();
  });
});
