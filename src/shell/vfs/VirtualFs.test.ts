import { describe, expect, it } from 'vitest';
import { FsError } from './FsError';
import { VirtualFs } from './VirtualFs';
import { basename, dirname, resolvePath, tildify } from './paths';

describe('paths', () => {
  it.each([
    { name: 'relative', cwd: '/root', path: 'a/b', want: '/root/a/b' },
    { name: 'absolute', cwd: '/root', path: '/tmp/x', want: '/tmp/x' },
    { name: 'dot and dotdot', cwd: '/root/a', path: './../b/./c', want: '/root/b/c' },
    { name: 'dotdot above root', cwd: '/', path: '../../x', want: '/x' },
    { name: 'repeated slashes', cwd: '/', path: '//tmp///y/', want: '/tmp/y' },
  ])('resolvePath $name', ({ cwd, path, want }) => {
    expect(resolvePath(cwd, path)).toBe(want);
  });

  it.each([
    { path: '/root/a', dir: '/root', base: 'a' },
    { path: '/a', dir: '/', base: 'a' },
    { path: 'a/b/', dir: 'a', base: 'b' },
  ])('dirname/basename of $path', ({ path, dir, base }) => {
    expect([dirname(path.replace(/\/$/, '')), basename(path)]).toEqual([dir, base]);
  });

  it.each([
    { abs: '/root', want: '~' },
    { abs: '/root/x', want: '~/x' },
    { abs: '/rootless', want: '/rootless' },
    { abs: '/tmp', want: '/tmp' },
  ])('tildify $abs', ({ abs, want }) => {
    expect(tildify(abs, '/root')).toBe(want);
  });
});

describe('VirtualFs', () => {
  const fresh = (): VirtualFs => new VirtualFs(() => 1_000);

  it('starts with /root, /tmp and /dev/null', () => {
    const fs = fresh();
    expect([fs.isDirectory('/root'), fs.isDirectory('/tmp'), fs.readFile('/dev/null')]).toEqual([true, true, '']);
  });

  it('discards writes to /dev/null', () => {
    const fs = fresh();
    fs.writeFile('/dev/null', 'x');
    expect(fs.stat('/dev/null')?.type).toBe('null');
  });

  it.each([
    { name: 'read a missing file', op: (fs: VirtualFs) => fs.readFile('/nope'), code: 'ENOENT' },
    { name: 'read a directory', op: (fs: VirtualFs) => fs.readFile('/root'), code: 'EISDIR' },
    { name: 'write below a file', op: (fs: VirtualFs) => (fs.writeFile('/f', ''), fs.writeFile('/f/x', '')), code: 'ENOTDIR' },
    { name: 'write into a missing directory', op: (fs: VirtualFs) => fs.writeFile('/a/b', ''), code: 'ENOENT' },
    { name: 'mkdir existing', op: (fs: VirtualFs) => fs.mkdir('/tmp'), code: 'EEXIST' },
    { name: 'remove a directory without recursive', op: (fs: VirtualFs) => fs.remove('/tmp'), code: 'EISDIR' },
    { name: 'rmdir a non-empty directory', op: (fs: VirtualFs) => (fs.writeFile('/tmp/x', ''), fs.remove('/tmp', { dirOk: true })), code: 'ENOTEMPTY' },
    { name: 'move a directory into itself', op: (fs: VirtualFs) => (fs.mkdir('/a'), fs.rename('/a', '/a/b')), code: 'EINVAL' },
  ])('$name fails with $code', ({ op, code }) => {
    const fs = fresh();
    expect(() => op(fs)).toThrow(new FsError(code as FsError['code']));
  });

  it('appends, copies deeply and renames', () => {
    const fs = fresh();
    fs.mkdir('/a/b', true);
    fs.writeFile('/a/b/f', 'one\n');
    fs.writeFile('/a/b/f', 'two\n', true);
    fs.copy('/a', '/c');
    fs.writeFile('/a/b/f', 'changed');
    fs.rename('/c', '/d');
    expect([fs.readFile('/d/b/f'), fs.stat('/c'), fs.readdir('/')]).toEqual(['one\ntwo\n', undefined, ['a', 'd', 'dev', 'etc', 'root', 'tmp']]);
  });

  it('round-trips through JSON', () => {
    const fs = fresh();
    fs.writeFile('/root/x.yaml', 'kind: Pod\n');
    const copy = new VirtualFs(() => 2_000, JSON.parse(JSON.stringify(fs.snapshot())));
    expect([copy.readFile('/root/x.yaml'), copy.stat('/root/x.yaml')?.mtime]).toEqual(['kind: Pod\n', 1_000]);
  });
});
