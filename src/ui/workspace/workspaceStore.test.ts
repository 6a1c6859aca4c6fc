import { beforeEach, describe, expect, it } from 'vitest';
import { useWorkspace } from './workspaceStore';

describe('workspace notices', () => {
  beforeEach(() => useWorkspace.setState({ notices: [] }));

  it.each([
    { name: 'different words stack', first: { text: 'a' }, second: { text: 'b' }, want: ['a', 'b'] },
    { name: 'the same words show once', first: { text: 'a' }, second: { text: 'a' }, want: ['a'] },
    { name: 'a later notice on the same topic replaces the earlier', first: { text: 'import failed', topic: 'import' }, second: { text: 'imported', topic: 'import' }, want: ['imported'] },
    { name: 'other topics stay', first: { text: 'link copied', topic: 'share' }, second: { text: 'imported', topic: 'import' }, want: ['link copied', 'imported'] },
  ])('$name', ({ first, second, want }) => {
    const { notify } = useWorkspace.getState();
    notify({ tone: 'info', ...first });
    notify({ tone: 'info', ...second });
    expect(useWorkspace.getState().notices.map((n) => n.text)).toEqual(want);
  });

  it('dismiss removes one notice', () => {
    const id = useWorkspace.getState().notify({ tone: 'error', text: 'x' });
    useWorkspace.getState().notify({ tone: 'info', text: 'y' });
    useWorkspace.getState().dismiss(id);
    expect(useWorkspace.getState().notices.map((n) => n.text)).toEqual(['y']);
  });
});
