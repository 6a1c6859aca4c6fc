import { expect, test, type Page } from '@playwright/test';
import { PlaygroundPage } from './pages';

const CREATE = 'kubectl create deployment web --image=nginx:1.27 --replicas=2';
const GET = 'kubectl get deployments';

// In-page code as strings: the e2e tsconfig has no DOM types.
/** The computed font size of the terminal's text, in px. */
const terminalFontPx = (page: Page) => page.evaluate<number>(`parseFloat(getComputedStyle(document.querySelector('[data-testid="terminal"] .xterm-rows > div')).fontSize)`);

const focusInTerminal = (page: Page) => page.evaluate<boolean>(`Boolean(document.activeElement?.closest('[data-testid="terminal"]'))`);

test('presenter=1: big type, high contrast, no lesson pane; the top bar toggles it', async ({ page }, testInfo) => {
  const playground = new PlaygroundPage(page);
  await page.goto('/?presenter=1');
  await expect(playground.terminal).toBeVisible({ timeout: 15_000 });
  await playground.waitForPrompt();
  await playground.run('kubectl get nodes');
  expect(await terminalFontPx(page)).toBeGreaterThanOrEqual(20);
  await expect(page.locator('html')).toHaveAttribute('data-presenter', '');
  await expect(page.getByTestId('lesson-pane')).toHaveCount(0);
  await expect(page.getByTestId('presenter-speed')).toBeVisible();
  await expect(page.getByTestId('presenter-toggle')).toHaveAttribute('aria-pressed', 'true');
  await page.screenshot({ path: testInfo.outputPath('presenter.png') });

  await page.getByTestId('presenter-toggle').click();
  await expect(page.getByTestId('lesson-pane')).toBeVisible();
  await expect(page.locator('html')).not.toHaveAttribute('data-presenter', '');
  await expect.poll(() => terminalFontPx(page)).toBeLessThan(20);
  await expect(page.getByTestId('presenter-bar')).toHaveCount(0);
});

test('a two-command demo advances on a key press, typing each command visibly', async ({ page }, testInfo) => {
  test.setTimeout(90_000);
  const playground = new PlaygroundPage(page);
  await page.goto(`/?presenter=1&theme=dark&demo=${encodeURIComponent(`${CREATE};${GET}`)}`);
  await expect(playground.terminal).toBeVisible({ timeout: 15_000 });
  await playground.waitForPrompt();
  const bar = page.getByTestId('demo-bar');
  await expect(bar.getByTestId('demo-next')).toHaveText(`$ ${CREATE}`);
  await page.screenshot({ path: testInfo.outputPath('demo-ready.png') });
  // The demo holds the keyboard: the terminal did not take it on load.
  expect(await focusInTerminal(page)).toBe(false);
  expect(await playground.screenText()).not.toContain('kubectl create');

  await page.keyboard.press('ArrowRight');
  // Typed at a human pace: a part of the command shows before the whole of it.
  await expect.poll(() => playground.currentLine()).toMatch(/^\$ kubectl \S/);
  const partial = await playground.currentLine();
  expect(`$ ${CREATE}`.startsWith(partial) && partial.length < CREATE.length).toBe(true);
  await page.screenshot({ path: testInfo.outputPath('demo-typing.png') });
  await expect.poll(() => playground.screenText(), { timeout: 20_000 }).toContain('deployment.apps/web created');
  await expect(bar.getByTestId('demo-next')).toHaveText(`$ ${GET}`);
  await expect(bar).toHaveAttribute('data-running', 'false');
  expect(await playground.screenText()).not.toContain(`$ ${GET}`);

  await page.keyboard.press('Space');
  await expect.poll(() => playground.screenText(), { timeout: 20_000 }).toMatch(/NAME\s+READY\s+UP-TO-DATE\s+AVAILABLE\s+AGE\nweb\s/);
  await expect(bar).toHaveAttribute('data-done', 'true');
  await expect(playground.pods({ namePrefix: 'web-' })).toHaveCount(2, { timeout: 20_000 });
  await page.screenshot({ path: testInfo.outputPath('demo-done.png') });
});

test('the presenter slows the cluster to 0.25×', async ({ page }, testInfo) => {
  const playground = new PlaygroundPage(page);
  await page.goto('/?presenter=1');
  await expect(playground.terminal).toBeVisible({ timeout: 15_000 });
  await playground.waitForPrompt();
  const speed = page.getByTestId('presenter-speed');
  await speed.getByRole('radio', { name: '0.25×' }).click();
  await expect(speed).toHaveAttribute('data-speed', '0.25');
  await expect(speed.getByRole('radio', { name: '0.25×' })).toHaveAttribute('aria-checked', 'true');
  // 6 s of wall time are 1.5 virtual seconds (1× would be 6).
  const before = await playground.elapsedSeconds();
  await page.waitForTimeout(6000);
  const moved = (await playground.elapsedSeconds()) - before;
  expect(moved).toBeGreaterThanOrEqual(1);
  expect(moved).toBeLessThanOrEqual(3);
  await page.screenshot({ path: testInfo.outputPath('slow.png') });
});

test('presenter=1 with a lesson: its solutions are the demo, on the lesson’s cluster', async ({ page }, testInfo) => {
  test.setTimeout(90_000);
  const playground = new PlaygroundPage(page);
  await page.goto('/?presenter=1&lesson=pods&step=1');
  await expect(playground.terminal).toBeVisible({ timeout: 15_000 });
  const next = page.getByTestId('demo-next');
  await expect(next).toHaveText('$ kubectl run web --image=nginx:1.27', { timeout: 20_000 });
  await expect(page.getByTestId('lesson-pane')).toHaveCount(0);
  await playground.waitForPrompt();
  await page.getByRole('button', { name: /Next/ }).click();
  await expect(playground.pods({ namePrefix: 'web' })).toHaveCount(1, { timeout: 20_000 });
  await expect(next).toHaveText('$ kubectl get pods');
  await page.screenshot({ path: testInfo.outputPath('lesson-demo.png') });
});
