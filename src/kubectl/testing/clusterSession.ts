/**
 * A kubectl session against a fully booted simulated cluster: each command runs, then the
 * cluster settles (as the headless shell does by default). For tests that need the real API
 * server's behaviour (strategic merge patches, defaulting, controllers).
 */
import { createCluster, type RunningCluster } from '../sim';
import { kubectl, testContext, type TestContext } from './testContext';

export interface ClusterSession {
  run(line: string | string[]): Promise<{ code: number; stdout: string; stderr: string }>;
  cluster: RunningCluster;
  ctx: TestContext;
}

export function clusterSession(seed = 7, files: Record<string, string> = {}): ClusterSession {
  const cluster = createCluster({ seed });
  const ctx = testContext(cluster.client, { onSleep: (s) => cluster.advance(s), files });
  ctx.now = () => cluster.clock.now();
  return {
    cluster,
    ctx,
    run: async (line) => {
      const r = await kubectl(ctx, line);
      cluster.settle(120);
      return r;
    },
  };
}
