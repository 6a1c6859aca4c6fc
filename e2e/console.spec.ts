import { expect, test } from '@playwright/test';
import { PlaygroundPage } from './pages';

test('a learner runs kubectl against the simulated cluster', async ({ page }, testInfo) => {
  const playground = new PlaygroundPage(page);
  const t0 = Date.now();
  await playground.open();
  await playground.run('kubectl get nodes');
  await expect(playground.output()).toContainText(/minikube\s+Ready\s+control-plane/, { timeout: 10_000 });
  testInfo.annotations.push({ type: 'load-to-ready-nodes-ms', description: String(Date.now() - t0) });

  await playground.run('kubectl create deployment web --image=nginx --replicas=3');
  await expect(playground.output()).toContainText('deployment.apps/web created');
  await expect
    .poll(
      async () => {
        await playground.run('kubectl get pods');
        return (await playground.lastEntry().textContent())?.match(/web-\S+\s+1\/1\s+Running/g)?.length ?? 0;
      },
      { timeout: 30_000, intervals: [1000] },
    )
    .toBeGreaterThanOrEqual(3);
  await page.screenshot({ path: testInfo.outputPath('console.png'), fullPage: true });
});
