/**
 * Property: whatever a learner types — random words, broken quotes, mutated kubectl lines and
 * YAML — the session answers with output and an exit code. Never an exception, never a hang,
 * and the cluster keeps reconciling afterwards.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SimHost } from './simHost';

const WORDS = ['kubectl', 'k', 'get', 'pods', 'po', 'deploy', 'svc', 'nodes', 'create', 'deployment', 'web', '--image=nginx', 'apply', '-f', '-', 'delete', 'describe', 'logs', 'exec', '-it', '--', 'sh', 'scale', '--replicas=2', 'rollout', 'undo', 'status', 'label', 'app=web', '-l', '-o', 'yaml', 'json', 'wide', 'jsonpath={.items[*].metadata.name}', '-n', 'kube-system', '-A', '--all', 'set', 'image', 'nginx=nginx:1.25', 'expose', '--port=80', 'run', 'echo', 'cat', 'grep', 'awk', "'{print $1}'", 'sed', 's/a/b/', 'jq', '.', '|', '&&', '||', ';', '>', 'f.yaml', '<', '$(', ')', '"', "'", '`', '\\', '<<EOF', 'EOF', '$HOME', '*', '{', '}', 'curl', 'wget', '-qO-', 'http://web', 'addons', 'enable', 'ingress', 'sleep', '1', 'watch', 'exit', 'vi', 'base64', '-d', 'xargs', 'head', '-n', 'sort', 'uniq', 'wc', '-l', '--dry-run=client', 'taint', 'node', 'node/minikube', 'key=v:NoSchedule', 'cordon', 'drain', 'top', 'explain', 'edit', 'patch', '-p', '{"spec":{"replicas":3}}', '--type=json', '[{"op":"remove"}]'];

const MANIFEST = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: fz
spec:
  replicas: 1
  selector:
    matchLabels: {app: fz}
  template:
    metadata:
      labels: {app: fz}
    spec:
      containers:
      - name: c
        image: nginx
`;

const commandLine = fc.oneof(
  fc.array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 8 }).map((w) => w.join(' ')),
  fc.string({ maxLength: 40 }),
  // A manifest with random characters changed, piped to kubectl apply.
  fc.tuple(fc.nat(MANIFEST.length - 1), fc.string({ minLength: 1, maxLength: 3 })).map(([at, s]) => `cat <<'EOF' | kubectl apply -f -\n${MANIFEST.slice(0, at)}${s}${MANIFEST.slice(at + 1)}EOF`),
);

describe('shell fuzzing', () => {
  it('answers every input with an exit code and keeps the cluster working', async () => {
    const host = new SimHost({ seed: 11 });
    let runs = 0;
    await fc.assert(
      fc.asyncProperty(commandLine, async (line) => {
        runs++;
        const r = await host.exec(host.isIncomplete(line) ? `${line}\n` : line);
        expect(Number.isInteger(r.exitCode)).toBe(true);
        // Leave any container shell an input opened, so the next input runs in the learner's shell.
        while (host.prompt() !== '$ ') await host.exec('exit');
      }),
      { numRuns: 10_000, seed: 4242 },
    );
    expect(runs).toBe(10_000);
    expect(host.cluster.loop.errors.filter((e) => (e.error as { reason?: string }).reason !== 'Conflict')).toEqual([]);
    // Random `minikube stop`/`delete` lines may have switched the cluster off: bring it back.
    await host.exec('minikube start');
    const r = await host.exec('kubectl get nodes -o name');
    expect(r.stdout).toContain('node/minikube');
  }, 600_000);
});
