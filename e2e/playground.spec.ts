import { expect, test } from '@playwright/test';
import { PlaygroundPage } from './pages';

test('three pods of a new Deployment come up Running on a node', async ({ page }, testInfo) => {
  const playground = new PlaygroundPage(page);
  const t0 = Date.now();
  await playground.open();
  await expect(playground.nodes().first()).toHaveAttribute('data-ready', 'true');
  await playground.run('kubectl get nodes');
  await expect.poll(() => playground.screenText()).toMatch(/minikube\s+Ready\s+control-plane/);
  testInfo.annotations.push({ type: 'load-to-ready-nodes-ms', description: String(Date.now() - t0) });

  await playground.run('kubectl create deployment web --image=nginx --replicas=3');
  await expect.poll(() => playground.screenText()).toContain('deployment.apps/web created');
  await expect(playground.pods({ namePrefix: 'web-' })).toHaveCount(3, { timeout: 15_000 });
  await expect(playground.pods({ namePrefix: 'web-', status: 'Running' })).toHaveCount(3, { timeout: 20_000 });
  for (const pod of await playground.pods({ namePrefix: 'web-' }).all()) await expect(pod).toHaveAttribute('data-node', /.+/);
  await page.screenshot({ path: testInfo.outputPath('deployment-running.png') });
});

test('a pod deleted from the graph is replaced', async ({ page }, testInfo) => {
  const playground = new PlaygroundPage(page);
  await playground.open();
  await playground.run('kubectl create deployment web --image=nginx --replicas=3');
  await expect(playground.pods({ namePrefix: 'web-', status: 'Running' })).toHaveCount(3, { timeout: 20_000 });
  const victim = playground.pods({ namePrefix: 'web-' }).first();
  const name = await victim.getAttribute('data-name');
  await playground.graphAction(victim, 'Delete pod');
  await expect.poll(() => playground.screenText()).toContain(`pod "${name}" deleted`);
  await expect(playground.graph.locator(`[data-testid="pod-node"][data-name="${name}"]`)).toHaveCount(0, { timeout: 20_000 });
  await expect(playground.pods({ namePrefix: 'web-', status: 'Running' })).toHaveCount(3, { timeout: 20_000 });
  await page.screenshot({ path: testInfo.outputPath('pod-replaced.png') });
});

test('nothing progresses while time is paused', async ({ page }, testInfo) => {
  const playground = new PlaygroundPage(page);
  await playground.open();
  await playground.clock.getByRole('button', { name: /Pause/ }).click();
  await expect(playground.clock).toHaveAttribute('data-paused', 'true');
  const before = await playground.elapsedSeconds();
  await playground.run('kubectl create deployment frozen --image=nginx --replicas=2');
  await page.waitForTimeout(2500);
  expect(await playground.elapsedSeconds()).toBe(before);
  await expect(playground.pods({ namePrefix: 'frozen-', status: 'Running' })).toHaveCount(0);
  await page.screenshot({ path: testInfo.outputPath('paused.png') });
  await playground.clock.getByRole('button', { name: 'Step' }).click();
  await expect.poll(() => playground.elapsedSeconds()).toBe(before + 1);

  await playground.clock.getByRole('button', { name: /Resume/ }).click();
  await expect(playground.pods({ namePrefix: 'frozen-', status: 'Running' })).toHaveCount(2, { timeout: 20_000 });
  expect(await playground.elapsedSeconds()).toBeGreaterThan(before);
});

test('history survives a reload and Tab completes kubectl words', async ({ page }) => {
  const playground = new PlaygroundPage(page);
  await playground.open();
  await playground.run('kubectl get namespaces');
  await playground.type('x');
  await page.keyboard.press('ArrowUp');
  await expect.poll(() => playground.currentLine()).toBe('$ kubectl get namespaces');
  await playground.waitForSaved('kubectl get namespaces');

  await page.reload();
  await playground.waitForPrompt();
  await playground.type('');
  await page.keyboard.press('ArrowUp');
  await expect.poll(() => playground.currentLine()).toBe('$ kubectl get namespaces');
  await page.keyboard.press('Control+U');
  await expect.poll(() => playground.currentLine()).toBe('$');

  await playground.type('kubectl desc');
  await page.keyboard.press('Tab');
  await expect.poll(() => playground.currentLine()).toBe('$ kubectl describe');
  await page.keyboard.type('no');
  await page.keyboard.press('Tab');
  await expect.poll(() => playground.currentLine()).toBe('$ kubectl describe no');
});

test('scaling shows every replica, in the dark theme too', async ({ page }, testInfo) => {
  const playground = new PlaygroundPage(page);
  await playground.open();
  await page.getByRole('button', { name: /Switch to dark theme/ }).click();
  await playground.run('kubectl create deployment web --image=nginx --replicas=8');
  await expect(playground.pods({ namePrefix: 'web-', status: 'Running' })).toHaveCount(8, { timeout: 30_000 });
  await playground.run('kubectl get pods');
  await page.screenshot({ path: testInfo.outputPath('scaled-dark.png') });
  await playground.run('kubectl scale deployment web --replicas=2');
  await expect(playground.pods({ namePrefix: 'web-' })).toHaveCount(2, { timeout: 30_000 });

  await page.getByRole('button', { name: 'Reset' }).click();
  await expect(playground.pods({ namePrefix: 'web-' })).toHaveCount(0);
  await expect(playground.nodes().first()).toHaveAttribute('data-ready', 'true');
  await playground.waitForPrompt();
  await playground.run('kubectl get deployments');
  await expect.poll(() => playground.screenText()).toContain('No resources found in default namespace.');
});

test('Ctrl-C stops a streaming command', async ({ page }) => {
  const playground = new PlaygroundPage(page);
  await playground.open();
  await playground.type('kubectl get pods -n kube-system -w');
  await page.keyboard.press('Enter');
  await expect.poll(() => playground.screenText()).toMatch(/NAME\s+READY\s+STATUS/);
  await expect.poll(() => playground.currentLine()).not.toBe('$');
  await page.keyboard.press('Control+C');
  await playground.waitForPrompt(5_000);
  await expect.poll(() => playground.screenText()).toContain('^C');
});
