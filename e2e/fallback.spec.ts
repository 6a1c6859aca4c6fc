import { expect, test } from '@playwright/test';
import { PlaygroundPage } from './pages';

test('the playground still runs on the main thread when a Worker cannot start', async ({ page }) => {
  await page.addInitScript(() => {
    // A page whose Workers are blocked (a strict CSP, an old embedder): constructing one throws.
    (globalThis as unknown as { Worker: unknown }).Worker = class {
      constructor() {
        throw new Error('Workers are disabled here');
      }
    };
  });
  const playground = new PlaygroundPage(page);
  await playground.open();
  await expect(page.locator('header.topbar')).toHaveAttribute('data-runtime', 'main-thread');
  await playground.run('kubectl get nodes');
  await expect.poll(() => playground.screenText()).toMatch(/minikube\s+Ready\s+control-plane/);
  await playground.run('kubectl run web --image=nginx');
  await expect(playground.pods({ namePrefix: 'web', status: 'Running' })).toHaveCount(1, { timeout: 20_000 });
});

test('normally the simulation runs in a Worker', async ({ page }) => {
  const playground = new PlaygroundPage(page);
  await playground.open();
  await expect(page.locator('header.topbar')).toHaveAttribute('data-runtime', 'worker');
});
