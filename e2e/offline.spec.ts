import { expect, test } from '@playwright/test';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { PlaygroundPage } from './pages';

test('after one visit the playground opens and runs with no network', async ({ page, context }, testInfo) => {
  const playground = new PlaygroundPage(page);
  await playground.open();
  // The service worker has precached the shell and the lazy chunks once it controls the page.
  await page.evaluate('navigator.serviceWorker.ready.then(() => true)');
  await page.reload();
  await expect.poll(() => page.evaluate('navigator.serviceWorker.controller !== null')).toBe(true);

  await context.setOffline(true);
  await page.reload();
  await expect(playground.terminal).toBeVisible({ timeout: 15_000 });
  await playground.waitForPrompt();
  await playground.run('kubectl get nodes');
  await expect.poll(() => playground.screenText()).toMatch(/minikube\s+Ready\s+control-plane/);
  // A lazy chunk (the YAML editor, Monaco) comes from the cache too.
  await page.getByRole('button', { name: 'Editor' }).click();
  await expect(playground.editor).toContainText('no problems', { timeout: 20_000 });
  await page.screenshot({ path: testInfo.outputPath('offline.png') });
  await context.setOffline(false);
});

test('the one-file build runs from file:// and answers kubectl get nodes', async ({ page }, testInfo) => {
  const url = pathToFileURL(resolve('dist-single/index.html')).href;
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(url);
  const playground = new PlaygroundPage(page);
  await expect(playground.terminal).toBeVisible({ timeout: 20_000 });
  await playground.waitForPrompt(20_000);
  await playground.run('kubectl get nodes');
  await expect.poll(() => playground.screenText()).toMatch(/minikube\s+Ready\s+control-plane/);
  await page.getByRole('button', { name: 'Editor' }).click();
  await expect(playground.editor).toContainText('no problems', { timeout: 20_000 });
  await page.screenshot({ path: testInfo.outputPath('single-file.png') });
  expect(errors).toEqual([]);
});
