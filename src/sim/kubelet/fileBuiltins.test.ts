/** Directories in container filesystems: empty ones are kept, and the tools word errors like the image's. */
import { describe, expect, it } from 'vitest';
import { builtins } from './builtins';
import type { BuiltinIO } from './builtinIO';
import type { ShellFlavour } from './programTypes';

const io = (flavour: ShellFlavour, fs: Record<string, string>): BuiltinIO => ({ stdin: '', now: 0, hostname: 'web', vars: {}, exported: new Set(), fs, flavour });

/** Runs commands in order over one filesystem; returns the last one's result. */
function run(flavour: ShellFlavour, fs: Record<string, string>, ...commands: string[][]) {
  let last = builtins.true([], io(flavour, fs));
  for (const [name, ...args] of commands) last = builtins[name](args, io(flavour, fs));
  return { status: last.status, stdout: last.stdout ?? '', stderr: last.stderr ?? '' };
}

describe('directories', () => {
  it.each([
    { name: 'mkdir makes an empty directory ls shows', cmds: [['mkdir', '/data'], ['mkdir', '/data/x'], ['ls', '/data']], out: 'x\n' },
    { name: 'test -d is true for it, test -f false', cmds: [['mkdir', '/data'], ['test', '-d', '/data']], out: '' },
    { name: 'an empty directory lists nothing', cmds: [['mkdir', '/data'], ['ls', '/data']], out: '' },
    { name: 'mkdir -p of an existing one is fine', cmds: [['mkdir', '-p', '/data/a/b'], ['mkdir', '-p', '/data/a'], ['ls', '/data/a']], out: 'b\n' },
    { name: 'a relative path is under /', cmds: [['mkdir', 'work'], ['ls', '/']], out: 'bin\ndev\netc\nhome\nlib\nmnt\nopt\nproc\nroot\nrun\nsbin\nsrv\nsys\ntmp\nusr\nvar\nwork\n' },
    { name: 'a directory stays when its last file goes', cmds: [['mkdir', '/d'], ['touch', '/d/f'], ['rm', '/d/f'], ['ls', '/d']], out: '' },
    { name: 'standard directories exist while empty', cmds: [['ls', '/tmp']], out: '' },
    { name: 'rm -r removes a tree', cmds: [['mkdir', '-p', '/d/e'], ['touch', '/d/f'], ['rm', '-rf', '/d'], ['ls', '/']], out: 'bin\ndev\netc\nhome\nlib\nmnt\nopt\nproc\nroot\nrun\nsbin\nsrv\nsys\ntmp\nusr\nvar\n' },
  ])('$name', ({ cmds, out }) => {
    expect(run('dash', {}, ...cmds)).toEqual({ status: 0, stdout: out, stderr: '' });
  });

  it('test -d is false for a file, true after mkdir only', () => {
    const fs: Record<string, string> = { '/f': '' };
    expect(run('busybox', fs, ['test', '-d', '/f']).status).toBe(1);
    expect(run('busybox', fs, ['test', '-d', '/data']).status).toBe(1);
    expect(run('busybox', fs, ['mkdir', '/data'], ['test', '-d', '/data']).status).toBe(0);
    expect(run('busybox', fs, ['test', '-f', '/data']).status).toBe(1);
  });

  it.each([
    { flavour: 'dash' as const, cmds: [['mkdir', '/d'], ['mkdir', '/d']], stderr: "mkdir: cannot create directory '/d': File exists\n", status: 1 },
    { flavour: 'busybox' as const, cmds: [['mkdir', '/d'], ['mkdir', '/d']], stderr: "mkdir: can't create directory '/d': File exists\n", status: 1 },
    { flavour: 'dash' as const, cmds: [['mkdir', '-p', '/d/e'], ['rmdir', '/d']], stderr: "rmdir: failed to remove '/d': Directory not empty\n", status: 1 },
    { flavour: 'busybox' as const, cmds: [['mkdir', '-p', '/d/e'], ['rmdir', '/d']], stderr: "rmdir: '/d': Directory not empty\n", status: 1 },
    { flavour: 'dash' as const, cmds: [['touch', '/f'], ['rmdir', '/f']], stderr: "rmdir: failed to remove '/f': Not a directory\n", status: 1 },
    { flavour: 'dash' as const, cmds: [['mkdir', '/d'], ['rm', '/d']], stderr: "rm: cannot remove '/d': Is a directory\n", status: 1 },
    { flavour: 'busybox' as const, cmds: [['mkdir', '/d'], ['rm', '/d']], stderr: "rm: '/d' is a directory\n", status: 1 },
    { flavour: 'dash' as const, cmds: [['rm', '/nope']], stderr: "rm: cannot remove '/nope': No such file or directory\n", status: 1 },
    { flavour: 'busybox' as const, cmds: [['rm', '/nope']], stderr: "rm: can't remove '/nope': No such file or directory\n", status: 1 },
    { flavour: 'dash' as const, cmds: [['ls', '/nope']], stderr: "ls: cannot access '/nope': No such file or directory\n", status: 2 },
    { flavour: 'busybox' as const, cmds: [['ls', '/nope']], stderr: 'ls: /nope: No such file or directory\n', status: 1 },
  ])('$flavour: $cmds.1', ({ flavour, cmds, stderr, status }) => {
    expect(run(flavour, {}, ...cmds)).toMatchObject({ stderr, status });
  });

  it('rmdir removes an empty directory', () => {
    const fs: Record<string, string> = {};
    expect(run('dash', fs, ['mkdir', '/d'], ['rmdir', '/d'])).toEqual({ status: 0, stdout: '', stderr: '' });
    expect(fs).toEqual({});
  });
});
