/**
 * `npm run bench`: measures the simulation against DESIGN.md §7 and prints JSON.
 * - pods/s from create to Running, counted when the watch event reporting Running arrives;
 * - `kubectl get pods` latency (Enter to output written) at 1,000 pods.
 * Wall-clock time is measured here (Node); the cluster itself only sees virtual time.
 */
import { performance } from 'node:perf_hooks';
import { runKubectl } from '../kubectl/kubectl';
import { createCluster, type RunningCluster, resources } from '../sim';

interface ThroughputResult {
  nodes: number;
  pods: number;
  seconds: number;
  podsPerSecond: number;
  budget: number;
  withinBudget: boolean;
}

const pod = (i: number) => ({
  apiVersion: 'v1',
  kind: 'Pod',
  metadata: { name: `bench-${i}`, labels: { app: 'bench' } },
  spec: { containers: [{ name: 'pause', image: 'registry.k8s.io/pause:3.9', resources: { requests: { cpu: '1m', memory: '1Mi' } } }] },
});

function throughput(workers: number, count: number, budget: number): ThroughputResult {
  const cluster = createCluster({ workers, seed: 1, bootSeconds: 0 });
  let running = 0;
  const seen = new Set<string>();
  cluster.client.watch(resources.PODS, { namespace: 'default', labelSelector: 'app=bench' }, (e) => {
    const phase = (e.object.status as { phase?: string } | undefined)?.phase;
    if (phase === 'Running' && !seen.has(e.object.metadata.name)) {
      seen.add(e.object.metadata.name);
      running++;
    }
  });
  const t0 = performance.now();
  for (let i = 0; i < count; i++) cluster.client.create(resources.PODS, pod(i), { namespace: 'default' });
  for (let guard = 0; running < count && guard < 100; guard++) cluster.settle(600);
  const seconds = (performance.now() - t0) / 1000;
  const podsPerSecond = Math.round(running / seconds);
  return { nodes: workers + 1, pods: running, seconds: Number(seconds.toFixed(3)), podsPerSecond, budget, withinBudget: podsPerSecond >= budget && running === count };
}

async function kubectlLatency(cluster: RunningCluster, argv: string[], runs: number) {
  const times: number[] = [];
  let bytes = 0;
  const kubeconfig = { currentContext: 'bench', contexts: [{ name: 'bench', cluster: 'bench', user: 'bench' }] };
  for (let i = 0; i < runs; i++) {
    let out = '';
    const t0 = performance.now();
    await runKubectl(argv, {
      client: cluster.client,
      stdin: '',
      stdout: { write: (s) => (out += s) },
      stderr: { write: (s) => (out += s) },
      now: () => cluster.now(),
      sleep: async (s) => cluster.advance(s),
      interrupt: { aborted: false, onAbort: () => () => {} },
      readFile: () => undefined,
      kubeconfig,
    });
    times.push(performance.now() - t0);
    bytes = out.length;
  }
  times.sort((a, b) => a - b);
  const pct = (p: number) => Number(times[Math.min(times.length - 1, Math.floor((p / 100) * times.length))].toFixed(2));
  return { command: `kubectl ${argv.join(' ')}`, runs, p50ms: pct(50), p95ms: pct(95), budgetP95ms: 50, withinBudget: pct(95) <= 50, outputBytes: bytes };
}

async function main(): Promise<void> {
  const big = process.argv.includes('--large');
  const results: Record<string, unknown> = {};
  results.throughput = [throughput(99, 1000, 1000), throughput(999, 1000, 1000), ...(big ? [throughput(4999, 2000, 300)] : [])];
  const cluster = createCluster({ workers: 20, seed: 2, bootSeconds: 0 });
  for (let i = 0; i < 1000; i++) cluster.client.create(resources.PODS, pod(i), { namespace: 'default' });
  cluster.settle(600);
  const count = cluster.client.list(resources.PODS, { namespace: 'default' }).items.length;
  results.kubectl = { pods: count, ...(await kubectlLatency(cluster, ['get', 'pods'], 40)) };
  const mem = process.memoryUsage();
  results.heapUsedMB = Math.round(mem.heapUsed / 1e6);
  process.stdout.write(`${JSON.stringify(results, null, 2)}\n`);
}

void main();
