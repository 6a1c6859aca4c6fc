import { expect, test, type FrameLocator, type Page } from '@playwright/test';

/** The terminal rows of a playground, in the page or inside an embed's iframe. */
function terminalRows(scope: Page | FrameLocator) {
  return scope.locator('[data-testid="terminal"] .xterm-rows > div');
}

async function currentLine(scope: Page | FrameLocator): Promise<string> {
  const rows = (await terminalRows(scope).allInnerTexts()).map((r) => r.replace(/\s+$/, ''));
  return rows.filter((r) => r.length > 0).at(-1) ?? '';
}

async function screenText(scope: Page | FrameLocator): Promise<string> {
  return (await terminalRows(scope).allInnerTexts()).join('\n');
}

const embedFrame = (page: Page, id: string) => page.frameLocator(`kube-playground#${id} iframe`);

/** What `<kube-playground>` offers a page (embed.js). */
interface PlaygroundElement {
  ready: Promise<void>;
  run(command: string): Promise<{ command: string; stdout: string; exitCode: number }>;
  request(message: object): Promise<unknown>;
  addEventListener(type: string, listener: () => void, options: { once: boolean }): void;
  setAttribute(name: string, value: string): void;
}

const element = (page: Page, id: string) => page.locator(`kube-playground#${id}`);

async function slide(page: Page): Promise<string | null> {
  return page.locator('body').getAttribute('data-slide');
}

/** Waits until the element's playground said `ready` (its `ready` promise resolved). */
async function waitReady(page: Page, id: string): Promise<void> {
  await element(page, id).evaluate((el) => (el as unknown as PlaygroundElement).ready, undefined, { timeout: 60_000 });
}

test.describe('the example deck', () => {
  test.setTimeout(120_000);

  test('loads its three embeds, each showing only its panes', async ({ page }, testInfo) => {
    await page.goto('/examples/deck.html');
    for (const id of ['terminal', 'rollout', 'lesson']) await waitReady(page, id);
    await page.screenshot({ path: testInfo.outputPath('deck-title.png') });

    await page.keyboard.press('ArrowRight');
    const terminal = embedFrame(page, 'terminal');
    await expect(terminal.getByTestId('terminal')).toBeVisible();
    await expect(terminal.getByTestId('graph')).toHaveCount(0);
    await expect(terminal.locator('.topbar')).toHaveCount(0);
    await expect(terminal.getByTestId('embed-badge')).toBeVisible();
    await expect.poll(() => currentLine(terminal), { timeout: 20_000 }).toBe('$');
    await page.screenshot({ path: testInfo.outputPath('deck-terminal.png') });

    await page.keyboard.press('ArrowRight');
    const rollout = embedFrame(page, 'rollout');
    await expect(rollout.getByTestId('graph')).toBeVisible();
    await expect(rollout.getByTestId('terminal')).toHaveCount(0);
    // The autorun went through without a terminal: a Deployment, then a new image rolled out.
    await expect(rollout.locator('[data-testid="pod-node"][data-name^="web-"]')).toHaveCount(4, { timeout: 30_000 });
    const replicaSets = () => element(page, 'rollout').evaluate((el) => (el as unknown as PlaygroundElement).run('kubectl get rs -l app=web -o name').then((r) => r.stdout.trim().split('\n').length));
    await expect.poll(replicaSets, { timeout: 60_000 }).toBe(2);
    await page.screenshot({ path: testInfo.outputPath('deck-rollout.png') });

    await page.keyboard.press('ArrowRight');
    const lesson = embedFrame(page, 'lesson');
    await expect(lesson.getByTestId('lesson-pane')).toBeVisible();
    await expect(lesson.getByTestId('terminal')).toBeVisible();
    await expect(lesson.getByTestId('graph')).toHaveCount(0);
    // lesson="pods" step="2": the pods lesson, at its second step.
    await expect(lesson.getByTestId('lesson-view')).toHaveAttribute('data-lesson', 'pods', { timeout: 30_000 });
    await expect(lesson.getByTestId('lesson-view')).toHaveAttribute('data-step', 'inspect');
    await page.screenshot({ path: testInfo.outputPath('deck-lesson.png') });
  });

  test('a host moves the lesson embed to a step and hears when its check passes', async ({ page }, testInfo) => {
    await page.goto('/examples/deck.html#/3');
    await waitReady(page, 'lesson');
    const view = embedFrame(page, 'lesson').getByTestId('lesson-view');
    await expect(view).toHaveAttribute('data-step', 'inspect', { timeout: 30_000 });
    type Listening = { addEventListener(type: string, listener: (e: { detail: unknown }) => void, options: { once: boolean }): void };
    const completed = element(page, 'lesson').evaluate(
      (el) =>
        new Promise<unknown>((resolve) => {
          (el as unknown as Listening).addEventListener('step-completed', (e) => resolve(e.detail), { once: true });
        }),
    );
    await element(page, 'lesson').evaluate((el) => (el as unknown as PlaygroundElement & { gotoStep(l: string, s: number): Promise<unknown> }).gotoStep('pods', 3));
    await expect(view).toHaveAttribute('data-step', 'logs', { timeout: 30_000 });
    await expect(view).toHaveAttribute('aria-busy', 'false');
    await element(page, 'lesson').evaluate((el) => (el as unknown as PlaygroundElement).run('kubectl logs web'));
    expect(await completed).toEqual({ v: 1, type: 'step-completed', lesson: 'pods', step: 3, stepId: 'logs' });
    await page.screenshot({ path: testInfo.outputPath('deck-goto-step.png') });
  });

  test('autorun waits for the lesson the URL opens', async ({ page }) => {
    await page.goto('/?layout=lesson%2Bterminal&lesson=pods&step=2&autorun=kubectl%20get%20pod%20web%20-o%20name');
    await expect(page.getByTestId('lesson-view')).toHaveAttribute('data-step', 'inspect', { timeout: 30_000 });
    // Step 1's solution was replayed on the lesson's cluster before the command ran there.
    await expect.poll(() => screenText(page), { timeout: 20_000 }).toContain('pod/web');
  });

  test('a postMessage round trip runs kubectl get nodes and returns its output', async ({ page }, testInfo) => {
    await page.goto('/examples/deck.html#/1');
    await waitReady(page, 'terminal');
    const result = await element(page, 'terminal').evaluate((el) => (el as unknown as PlaygroundElement).run('kubectl get nodes'));
    expect(result.command).toBe('kubectl get nodes');
    expect(result.exitCode).toBe(0);
    expect(result.stdout).toMatch(/^NAME\s+STATUS\s+ROLES\s+AGE\s+VERSION\nminikube\s+Ready\s+control-plane/);
    // The audience saw it typed in the terminal.
    const terminal = embedFrame(page, 'terminal');
    await expect.poll(() => screenText(terminal)).toContain('$ kubectl get nodes');

    // The deck's own button goes through the same API.
    await page.getByRole('button', { name: /Run “kubectl get nodes”/ }).click();
    await expect(page.getByTestId('nodes-status')).toHaveText('exit code 0: 1 node', { timeout: 20_000 });

    // An invalid message is answered with an error, not acted on.
    const error = await element(page, 'terminal').evaluate((el) =>
      (el as unknown as PlaygroundElement).request({ type: 'run', command: 'ls\nrm -rf /' }).then(
        () => 'accepted',
        (e: Error) => e.message,
      ),
    );
    expect(error).toBe('run: command must be a single line');
    await page.screenshot({ path: testInfo.outputPath('round-trip.png') });
  });

  test('keys typed in an embedded terminal stay there; Esc gives them back to the deck', async ({ page }, testInfo) => {
    await page.goto('/examples/deck.html#/1');
    await waitReady(page, 'terminal');
    const terminal = embedFrame(page, 'terminal');
    await expect.poll(() => currentLine(terminal), { timeout: 20_000 }).toBe('$');
    // Loading did not take the keyboard from the deck.
    expect(await page.evaluate('document.activeElement.tagName')).toBe('BODY');

    await terminal.getByTestId('terminal').click();
    await page.keyboard.type('abc');
    for (const key of ['ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown', 'PageDown', 'PageUp', 'ArrowLeft']) await page.keyboard.press(key);
    await page.keyboard.type('X');
    await expect.poll(() => currentLine(terminal)).toBe('$ abXc');
    await page.keyboard.press('Space');
    expect(await slide(page)).toBe('1');

    await element(page, 'terminal').evaluate((el) => {
      const playground = el as unknown as PlaygroundElement;
      playground.addEventListener('focus-released', () => playground.setAttribute('data-released', 'yes'), { once: true });
    });
    await page.keyboard.press('Escape');
    await expect(element(page, 'terminal')).toHaveAttribute('data-released', 'yes');
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => slide(page)).toBe('2');
    await page.screenshot({ path: testInfo.outputPath('keys-released.png') });
  });
});

test('layout=terminal shows only the terminal', async ({ page }, testInfo) => {
  await page.goto('/?layout=terminal');
  await expect(page.getByTestId('terminal')).toBeVisible({ timeout: 15_000 });
  await expect(page.getByTestId('graph')).toHaveCount(0);
  await expect(page.getByTestId('lesson-pane')).toHaveCount(0);
  await expect.poll(() => currentLine(page), { timeout: 15_000 }).toBe('$');
  // Top level: the terminal has the keyboard at once.
  await page.keyboard.type('kubectl get nodes');
  await page.keyboard.press('Enter');
  await expect.poll(() => screenText(page)).toMatch(/minikube\s+Ready\s+control-plane/);
  await page.screenshot({ path: testInfo.outputPath('layout-terminal.png') });
});

test('readonly=1 types the autorun commands but refuses the keyboard', async ({ page }, testInfo) => {
  const warnings: string[] = [];
  page.on('console', (m) => m.type() === 'warning' && warnings.push(m.text()));
  await page.goto('/?layout=terminal+graph&readonly=1&embed=1&theme=light&speed=60&autorun=kubectl%20create%20deployment%20web%20--image=nginx%20--replicas=2;kubectl%20get%20deployments&bogus=1&lang=xx');
  await expect(page.getByTestId('terminal')).toBeVisible({ timeout: 15_000 });
  await expect(page.getByTestId('graph')).toBeVisible();
  await expect.poll(() => screenText(page), { timeout: 20_000 }).toContain('deployment.apps/web created');
  await expect.poll(() => screenText(page), { timeout: 20_000 }).toMatch(/NAME\s+READY\s+UP-TO-DATE\s+AVAILABLE\s+AGE\nweb/);
  await expect.poll(() => currentLine(page)).toBe('$');
  await page.getByTestId('terminal').click();
  await page.keyboard.type('kubectl delete deployment web');
  await page.keyboard.press('Enter');
  await page.waitForTimeout(500);
  expect(await currentLine(page)).toBe('$');
  expect(await screenText(page)).not.toContain('kubectl delete');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
  expect(warnings.some((w) => w.includes('ignoring lang=xx'))).toBe(true);
  await expect(page.locator('[data-testid="pod-node"][data-name^="web-"]')).toHaveCount(2, { timeout: 20_000 });
  await page.screenshot({ path: testInfo.outputPath('readonly.png') });
});
