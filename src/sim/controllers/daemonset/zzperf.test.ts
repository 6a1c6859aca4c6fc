import { it } from 'vitest';
import { createCluster } from '../../cluster/createCluster';
import { DaemonSetController } from './daemonSetController';
it('perf', () => {
  const P = DaemonSetController.prototype as any;
  const spent: Record<string, number> = {};
  for (const m of ['sync', 'manage', 'podsByNode', 'updateStatus', 'ownRevisions', 'syncNodes']) {
    const orig = P[m];
    P[m] = function (...a: unknown[]) { const t = performance.now(); try { return orig.apply(this, a); } finally { spent[m] = (spent[m] ?? 0) + performance.now() - t; } };
  }
  const c = createCluster({ workers: 300 });
  console.log('spent', JSON.stringify(Object.fromEntries(Object.entries(spent).map(([k, v]) => [k, Math.round(v)]))), c.loop.errors.length);
}, 300_000);
