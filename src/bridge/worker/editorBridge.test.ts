import { describe, expect, it } from 'vitest';
import { EditorBridge, type EditorRequest } from './editorBridge';

describe('EditorBridge', () => {
  it.each([
    ['saved text', 'kind: Pod\n', 'kind: Pod\n'],
    ['closed without saving', undefined, undefined],
  ])('an edit resolves with the page answer: %s', async (_name, answer, expected) => {
    const bridge = new EditorBridge();
    const requests: EditorRequest[] = [];
    bridge.listen((r) => requests.push(r));
    const edited = bridge.edit('/tmp/kubectl-edit-1.yaml', 'kind: Pod # old\n');
    expect(requests).toEqual([expect.objectContaining({ mode: 'edit', path: '/tmp/kubectl-edit-1.yaml' })]);
    bridge.finish(requests[0].id, answer);
    await expect(edited).resolves.toBe(expected);
  });

  it('a reset cancels edits nobody will answer', async () => {
    const bridge = new EditorBridge();
    bridge.listen(() => {});
    const edited = bridge.edit('/tmp/x.yaml', '');
    bridge.cancelAll();
    await expect(edited).resolves.toBeUndefined();
  });

  it('is available only while a page listens', () => {
    const bridge = new EditorBridge();
    const id = bridge.listen(() => {});
    expect(bridge.available).toBe(true);
    bridge.unlisten(id);
    expect(bridge.available).toBe(false);
  });
});
