/** The containers' tar, with GNU tar's behaviour (Debian-based images) and busybox's. */
import { describe, expect, it } from 'vitest';
import { readTar } from '../../common/tar';
import type { BuiltinIO } from './builtinIO';
import type { ShellFlavour } from './programTypes';
import { tar } from './tarBuiltin';

const NOW = Date.UTC(2024, 5, 1, 10, 20, 30);
const io = (flavour: ShellFlavour, fs: Record<string, string> = {}, stdin = ''): BuiltinIO => ({ stdin, now: NOW, hostname: 'web', vars: {}, exported: new Set(), fs, flavour });
const site = () => ({ '/srv/site/index.html': '<h1>hi</h1>\n', '/srv/site/css/a.css': 'a\n', '/srv/site/empty/': '' });

describe('tar c', () => {
  it.each([
    { name: 'a directory, recursively, names relative', flavour: 'dash' as const, args: ['cf', '-', '/srv/site'], members: ['srv/site', 'srv/site/css', 'srv/site/css/a.css', 'srv/site/empty', 'srv/site/index.html'], stderr: "tar: Removing leading `/' from member names\n" },
    { name: 'busybox words the note its own way', flavour: 'busybox' as const, args: ['-cf', '-', '/srv/site/index.html'], members: ['srv/site/index.html'], stderr: "tar: removing leading '/' from member names\n" },
    { name: '-C changes where names are taken from', flavour: 'dash' as const, args: ['-c', '-f', '-', '-C', '/srv', 'site/css'], members: ['site/css', 'site/css/a.css'], stderr: '' },
    { name: 'v lists to stderr while the archive is stdout', flavour: 'dash' as const, args: ['cvf', '-', '-C', '/srv/site', 'css'], members: ['css', 'css/a.css'], stderr: 'css/\ncss/a.css\n' },
  ])('$name', ({ flavour, args, members, stderr }) => {
    const r = tar(args, io(flavour, site()));
    expect(r.stderr).toBe(stderr);
    expect(r.status).toBe(0);
    expect(readTar(r.stdout ?? '').entries.map((e) => e.name)).toEqual(members);
  });

  it.each([
    { name: 'GNU: a missing file', flavour: 'dash' as const, args: ['cf', '-', '/nope'], stderr: "tar: Removing leading `/' from member names\ntar: /nope: Cannot stat: No such file or directory\ntar: Exiting with failure status due to previous errors\n", status: 2 },
    { name: 'busybox: a missing file', flavour: 'busybox' as const, args: ['cf', '-', '/nope'], stderr: 'tar: /nope: No such file or directory\n', status: 1 },
    { name: 'GNU: nothing to archive', flavour: 'dash' as const, args: ['cf', '-'], stderr: "tar: Cowardly refusing to create an empty archive\nTry 'tar --help' or 'tar --usage' for more information.\n", status: 2 },
    { name: 'GNU: no mode', flavour: 'bash' as const, args: ['f', 'x.tar'], stderr: "tar: You must specify one of the '-Acdtrux', '--delete' or '--test-label' options\nTry 'tar --help' or 'tar --usage' for more information.\n", status: 2 },
    { name: 'GNU: an unknown long option', flavour: 'dash' as const, args: ['cf', '-', '--no-such', '/srv'], stderr: "tar: unrecognized option '--no-such'\nTry 'tar --help' or 'tar --usage' for more information.\n", status: 2 },
  ])('$name', ({ flavour, args, stderr, status }) => {
    const r = tar(args, io(flavour, site()));
    expect({ stderr: r.stderr, status: r.status }).toEqual({ stderr, status });
  });

  it('writes to a file, v then listing on stdout', () => {
    const fs: Record<string, string> = site();
    const r = tar(['-cvf', '/tmp/site.tar', '-C', '/srv', 'site/css'], io('busybox', fs));
    expect(r).toEqual({ status: 0, stdout: 'site/css/\nsite/css/a.css\n', stderr: '' });
    expect(readTar(fs['/tmp/site.tar']).entries.map((e) => e.name)).toEqual(['site/css', 'site/css/a.css']);
  });
});

describe('tar x and t', () => {
  const archive = () => tar(['cf', '-', '-C', '/srv', 'site'], io('dash', site())).stdout ?? '';

  it('extracts from stdin under -C, empty directories included (kubectl cp: tar -xmf - -C dir)', () => {
    const fs: Record<string, string> = {};
    const r = tar(['-xmf', '-', '-C', '/tmp'], io('dash', fs, archive()));
    expect(r).toEqual({ status: 0, stdout: '' });
    expect(fs).toEqual({ '/tmp/site/': '', '/tmp/site/css/': '', '/tmp/site/css/a.css': 'a\n', '/tmp/site/empty/': '', '/tmp/site/index.html': '<h1>hi</h1>\n' });
  });

  it.each([
    { name: 't names, directories with a slash', flavour: 'dash' as const, args: ['tf', '-', 'site/css'], stdout: 'site/css/\nsite/css/a.css\n' },
    { name: 'GNU tv', flavour: 'dash' as const, args: ['-tvf', '-', 'site/index.html'], stdout: '-rw-r--r-- root/root        12 2024-06-01 10:20 site/index.html\n' },
    { name: 'busybox tv shows seconds', flavour: 'busybox' as const, args: ['-tvf', '-', 'site/css'], stdout: 'drwxr-xr-x root/root         0 2024-06-01 10:20:30 site/css/\n-rw-r--r-- root/root         2 2024-06-01 10:20:30 site/css/a.css\n' },
    { name: 'xO prints the members', flavour: 'dash' as const, args: ['xOf', '-', 'site/css/a.css'], stdout: 'a\n' },
  ])('$name', ({ flavour, args, stdout }) => {
    expect(tar(args, io(flavour, {}, archive()))).toEqual({ status: 0, stdout });
  });

  it.each([
    { name: 'GNU: not an archive', flavour: 'dash' as const, args: ['xf', '-'], stdin: 'hello\n', stderr: 'tar: This does not look like a tar archive\ntar: Exiting with failure status due to previous errors\n', status: 2 },
    { name: 'busybox: not an archive', flavour: 'busybox' as const, args: ['xf', '-'], stdin: 'hello\n', stderr: 'tar: invalid tar magic\n', status: 1 },
    { name: 'GNU: -C a missing directory', flavour: 'dash' as const, args: ['xf', '-', '-C', '/nope'], stdin: 'x', stderr: 'tar: /nope: Cannot open: No such file or directory\ntar: Error is not recoverable: exiting now\n', status: 2 },
    { name: 'busybox: -C a missing directory', flavour: 'busybox' as const, args: ['-x', '-f', '-', '-C', '/nope'], stdin: 'x', stderr: "tar: can't change directory to '/nope': No such file or directory\n", status: 1 },
    { name: 'GNU: a missing archive file', flavour: 'dash' as const, args: ['tf', 'a.tar'], stdin: '', stderr: 'tar: a.tar: Cannot open: No such file or directory\ntar: Error is not recoverable: exiting now\n', status: 2 },
  ])('$name', ({ flavour, args, stdin, stderr, status }) => {
    const r = tar(args, io(flavour, {}, stdin));
    expect({ stderr: r.stderr, status: r.status }).toEqual({ stderr, status });
  });
});
