import { describe, expect, it } from 'vitest';
import { readTar } from '../../../common/tar';
import { createCluster, type ClusterClient, type ExecOptions } from '../../../sim';
import { kubectl, testContext } from '../../testing/testContext';

/**
 * A cluster with nginx (GNU tar) and busybox pods, and a local filesystem in the test context;
 * `execs` records the commands kubectl ran in containers.
 */
function setup(files: Record<string, string> = { 'index.html': '<h1>hi</h1>\n', 'site/a.txt': 'a\n', 'site/css/b.css': 'b\n' }) {
  const cluster = createCluster({ seed: 5 });
  const execs: { command: string[]; stdin?: string }[] = [];
  const client: ClusterClient = Object.create(cluster.client, {
    exec: {
      value: (ns: string, pod: string, opts: ExecOptions) => {
        execs.push({ command: opts.command, ...(opts.stdin !== undefined ? { stdin: opts.stdin } : {}) });
        return cluster.client.exec(ns, pod, opts);
      },
    },
  });
  const ctx = testContext(client, { files });
  ctx.now = () => cluster.clock.now();
  return { cluster, ctx, execs, run: (line: string | string[]) => kubectl(ctx, line) };
}

async function withPods() {
  const t = setup();
  await t.run('run web --image=nginx');
  await t.run('run box --image=busybox -- sleep 3600');
  t.cluster.settle();
  return t;
}

describe('kubectl cp', () => {
  it.each([
    { name: 'both local', line: 'cp a b', stderr: 'error: one of src or dest must be a remote file specification\n', code: 1 },
    { name: 'both remote', line: 'cp a:/x b:/y', stderr: 'error: one of src or dest must be a local file specification\n', code: 1 },
    { name: 'a spec starting with a colon', line: 'cp :x y', stderr: 'error: filespec must match the canonical format: [[namespace/]pod:]file/path\n', code: 1 },
    { name: 'too many slashes', line: 'cp a/b/c:/x y', stderr: 'error: filespec must match the canonical format: [[namespace/]pod:]file/path\n', code: 1 },
    { name: 'one argument', line: 'cp onlyone', stderr: 'error: source and destination are required\n', code: 1 },
    { name: 'an empty remote path', line: 'cp web: x', stderr: 'error: filepath can not be empty\n', code: 1 },
    { name: 'a missing local file', line: 'cp nope.txt web:/tmp', stderr: "error: nope.txt doesn't exist in local filesystem\n", code: 1 },
    { name: 'a missing pod', line: 'cp index.html nopod:/tmp', stderr: 'Error from server (NotFound): pods "nopod" not found\n', code: 1 },
    { name: 'a missing file in a GNU tar image', line: 'cp web:/nope x', stdout: "tar: Removing leading `/' from member names\ntar: /nope: Cannot stat: No such file or directory\ntar: Exiting with failure status due to previous errors\n", stderr: 'command terminated with exit code 2\n', code: 2 },
    { name: 'a missing file in busybox', line: 'cp box:/nope x', stdout: 'tar: /nope: No such file or directory\n', stderr: 'command terminated with exit code 1\n', code: 1 },
    { name: 'a file onto a local directory', line: 'cp web:/etc/hostname site', stdout: "tar: Removing leading `/' from member names\n", stderr: 'error: open site: is a directory\n', code: 1 },
  ])('$name', async ({ line, stdout, stderr, code }) => {
    const t = await withPods();
    expect(await t.run(line)).toEqual({ code, stdout: stdout ?? '', stderr });
  });

  it('uploads a file and serves it', async () => {
    const t = await withPods();
    expect(await t.run('cp index.html web:/usr/share/nginx/html/index.html')).toEqual({ code: 0, stdout: '', stderr: '' });
    expect((await t.run(['exec', 'web', '--', 'cat', '/usr/share/nginx/html/index.html'])).stdout).toBe('<h1>hi</h1>\n');
  });

  it('uploads a directory into an existing one under its own name', async () => {
    const t = await withPods();
    expect((await t.run('cp site box:/tmp')).code).toBe(0);
    expect((await t.run(['exec', 'box', '--', 'cat', '/tmp/site/a.txt', '/tmp/site/css/b.css'])).stdout).toBe('a\nb\n');
  });

  it('downloads a file and a directory (namespace/pod:path)', async () => {
    const t = await withPods();
    expect((await t.run('create namespace shop')).stderr).toBe('');
    t.cluster.settle();
    expect((await t.run('run api -n shop --image=nginx')).stderr).toBe('');
    t.cluster.settle();
    expect(await t.run('cp web:/etc/hostname ./h')).toEqual({ code: 0, stdout: "tar: Removing leading `/' from member names\n", stderr: '' });
    expect(t.ctx.files.get('h')).toBe('web\n');
    expect(await t.run('cp shop/api:/usr/share/nginx/html out')).toEqual({ code: 0, stdout: "tar: Removing leading `/' from member names\n", stderr: '' });
    expect(t.ctx.files.get('out/index.html')).toContain('Welcome to nginx!');
    expect((await t.run('cp box:/etc/hostname h2')).stdout).toBe("tar: removing leading '/' from member names\n");
  });

  it('a container without tar (or any userland) fails as kubectl reports it', async () => {
    const t = setup();
    await t.run('run app --image=registry.k8s.io/pause:3.10');
    t.cluster.settle();
    const r = await t.run('cp index.html app:/index.html');
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('exec: "tar": executable file not found in $PATH');
  });

  it('speaks tar over exec like kubectl: tar cf - to download, test -d then tar -xmf - -C to upload', async () => {
    const t = await withPods();
    t.execs.length = 0;
    await t.run('cp box:/etc/hostname h');
    expect(t.execs.map((e) => e.command)).toEqual([['tar', 'cf', '-', '/etc/hostname']]);
    t.execs.length = 0;
    await t.run('cp site box:/tmp --no-preserve');
    expect(t.execs.map((e) => e.command)).toEqual([
      ['test', '-d', '/tmp'],
      ['tar', '--no-same-permissions', '--no-same-owner', '-xmf', '-', '-C', '/tmp'],
    ]);
    expect(readTar(t.execs[1].stdin ?? '').entries.map((e) => e.name)).toEqual(['site/a.txt', 'site/css/b.css']);
  });

  it('round-trips UTF-8 text, and a file put at a new name keeps it', async () => {
    const t = setup({ 'menu.txt': 'crème brûlée\n' });
    await t.run('run box --image=busybox -- sleep 3600');
    t.cluster.settle();
    expect(await t.run('cp menu.txt box:/tmp/carte.txt')).toEqual({ code: 0, stdout: '', stderr: '' });
    expect((await t.run(['exec', 'box', '--', 'cat', '/tmp/carte.txt'])).stdout).toBe('crème brûlée\n');
    expect((await t.run('cp box:/tmp/carte.txt back.txt')).code).toBe(0);
    expect(t.ctx.files.get('back.txt')).toBe('crème brûlée\n');
  });

  it('downloads what the container made with mkdir and sh, and reports what its tar says on upload', async () => {
    const t = await withPods();
    await t.run(['exec', 'web', '--', 'sh', '-c', 'mkdir -p /data/empty /data/logs; echo one > /data/logs/1.log']);
    expect((await t.run('cp web:/data got')).code).toBe(0);
    expect(t.ctx.files.get('got/logs/1.log')).toBe('one\n');
    expect(await t.run('cp index.html web:/nope/index.html')).toEqual({
      code: 2,
      stdout: '',
      stderr: 'tar: /nope: Cannot open: No such file or directory\ntar: Error is not recoverable: exiting now\ncommand terminated with exit code 2\n',
    });
  });
});
