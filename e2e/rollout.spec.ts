import { expect, test } from '@playwright/test';
import { PlaygroundPage } from './pages';

/** The rolling update a learner watches: old and new ReplicaSets' pods side by side, then only new. */
test('set image rolls the pods over one by one, visible in the graph', async ({ page }, testInfo) => {
  const playground = new PlaygroundPage(page);
  await playground.open();
  await playground.run('kubectl create deployment web --image=nginx:1.25 --replicas=3');
  await expect(playground.pods({ namePrefix: 'web-', status: 'Running' })).toHaveCount(3, { timeout: 20_000 });
  const oldNames = await playground.pods({ namePrefix: 'web-' }).evaluateAll((els) => els.map((e) => e.getAttribute('data-name') ?? ''));
  const oldHash = oldNames[0].split('-')[1];

  await playground.run('kubectl set image deployment/web nginx=nginx:1.26');
  await expect.poll(() => playground.screenText()).toContain('deployment.apps/web image updated');
  // Mid-rollout both templates are on screen: the new ReplicaSet's pods next to the old one's.
  const hashes = async () => new Set((await playground.pods({ namePrefix: 'web-' }).evaluateAll((els) => els.map((e) => e.getAttribute('data-name') ?? ''))).map((n) => n.split('-')[1]));
  await expect.poll(async () => (await hashes()).size, { timeout: 20_000, intervals: [100] }).toBe(2);
  await page.screenshot({ path: testInfo.outputPath('rollout-midway.png') });
  await expect.poll(async () => [...(await hashes())], { timeout: 40_000 }).not.toContain(oldHash);
  await expect(playground.pods({ namePrefix: 'web-', status: 'Running' })).toHaveCount(3, { timeout: 20_000 });
  await playground.run('kubectl rollout history deployment/web');
  await expect.poll(() => playground.screenText()).toMatch(/REVISION\s+CHANGE-CAUSE\s+1\s+<none>\s+2\s+<none>/);
});
