import { expect, test, type Locator, type Page } from '@playwright/test';
import { PlaygroundPage } from './pages';

/** The lesson pane as a learner uses it: catalogue, steps, language. */
class LessonPane {
  readonly pane: Locator;

  constructor(readonly page: Page) {
    this.pane = page.getByTestId('lesson-pane');
  }

  card(id: string): Locator {
    return this.pane.locator(`[data-testid="lesson-card"][data-lesson="${id}"]`);
  }

  view(): Locator {
    return this.pane.getByTestId('lesson-view');
  }

  steps(): Locator {
    return this.pane.getByTestId('lesson-step');
  }

  stepBody(): Locator {
    return this.pane.getByTestId('lesson-step-body');
  }

  title(): Locator {
    return this.view().locator('h2');
  }

  async setLanguage(language: 'en' | 'ja'): Promise<void> {
    await this.page.locator('.topbar select.language-select').selectOption(language);
  }
}

const LESSON = 'your-cluster';

test('a learner works through a lesson, ticks every step, switches language and finds their progress after a reload', async ({ page }, testInfo) => {
  test.setTimeout(120_000);
  const playground = new PlaygroundPage(page);
  const lessons = new LessonPane(page);
  await playground.open();

  await expect(lessons.pane.getByTestId('lesson-catalogue')).toBeVisible({ timeout: 15_000 });
  await expect(lessons.card(LESSON)).toBeVisible();
  expect(await lessons.pane.getByTestId('lesson-card').count()).toBeGreaterThan(3);
  await page.screenshot({ path: testInfo.outputPath('1-catalogue.png') });

  await lessons.card(LESSON).getByRole('button', { name: /^Start lesson: / }).click();
  await expect(lessons.view()).toHaveAttribute('data-lesson', LESSON, { timeout: 15_000 });
  await playground.waitForPrompt();
  const total = await lessons.steps().count();
  expect(total).toBeGreaterThan(1);

  for (let i = 0; i < total; i++) {
    const step = lessons.steps().nth(i);
    await expect(step).toHaveAttribute('data-status', 'current');
    const blocks = lessons.stepBody().getByTestId('lesson-command');
    for (let b = 0; b < (await blocks.count()); b++) {
      const run = blocks.nth(b).getByRole('button', { name: /Run/ });
      if ((await run.count()) === 0) continue;
      const command = (await blocks.nth(b).locator('code').innerText()).trim();
      await run.click();
      // The terminal types it visibly; long output (describe) may scroll it away, so look once.
      if (i === 0 && b === 0) await expect.poll(() => playground.screenText()).toContain(`$ ${command}`);
      await playground.waitForPrompt();
    }
    await expect(step).toHaveAttribute('data-status', 'passed', { timeout: 20_000 });
    await expect(step.locator('.step-mark')).toHaveText('✓');
    if (i === 1) await page.screenshot({ path: testInfo.outputPath('2-step-ticked.png') });
    if (i < total - 1) await lessons.view().getByRole('button', { name: 'Next →' }).click();
  }
  await expect(lessons.pane.getByTestId('lesson-completed')).toBeVisible();
  await page.screenshot({ path: testInfo.outputPath('3-completed.png') });

  const englishTitle = await lessons.title().innerText();
  await lessons.setLanguage('ja');
  await expect(lessons.title()).not.toHaveText(englishTitle);
  await expect(lessons.title()).toHaveText(/[\u3040-\u30ff\u4e00-\u9fff]/);
  await expect(lessons.view().getByRole('button', { name: '← 前へ' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'リセット', exact: true })).toBeVisible();
  await lessons.title().scrollIntoViewIfNeeded();
  await page.screenshot({ path: testInfo.outputPath('4-japanese.png') });
  await lessons.setLanguage('en');
  await expect(lessons.title()).toHaveText(englishTitle);
  await expect(lessons.view().getByRole('button', { name: '← Previous' })).toBeVisible();
  await playground.waitForSaved('first-pod');

  await page.reload();
  await expect(lessons.view()).toHaveAttribute('data-lesson', LESSON, { timeout: 20_000 });
  await expect(lessons.steps()).toHaveCount(total);
  for (let i = 0; i < total; i++) await expect(lessons.steps().nth(i)).toHaveAttribute('data-status', 'passed');
  await expect(lessons.pane.getByTestId('lesson-completed')).toBeVisible();
  await page.screenshot({ path: testInfo.outputPath('5-after-reload.png') });

  await lessons.view().getByRole('button', { name: '← All lessons' }).first().click();
  await expect(lessons.card(LESSON)).toHaveAttribute('data-done', String(total));
  await expect(lessons.card(LESSON).getByRole('button', { name: /^Review lesson: / })).toBeVisible();
  expect(await page.locator('[data-testid="lesson-pane"] script').count()).toBe(0);
  await page.screenshot({ path: testInfo.outputPath('6-catalogue-progress.png') });
});

test('a hint, the solution and a step reset', async ({ page }, testInfo) => {
  const playground = new PlaygroundPage(page);
  const lessons = new LessonPane(page);
  await playground.open();
  await lessons.card(LESSON).getByRole('button', { name: /^Start lesson: / }).click();
  await expect(lessons.view()).toHaveAttribute('data-lesson', LESSON, { timeout: 15_000 });
  await playground.waitForPrompt();

  await lessons.view().getByRole('button', { name: 'Show solution' }).click();
  await expect(lessons.pane.getByTestId('lesson-solution').getByTestId('lesson-command')).toContainText('kubectl get nodes');
  await lessons.view().getByRole('button', { name: 'Solve for me' }).click();
  await expect.poll(() => playground.screenText()).toContain('$ kubectl get nodes');
  await expect(lessons.steps().first()).toHaveAttribute('data-status', 'passed', { timeout: 10_000 });

  // The first hint shows after 30 virtual seconds on the step: hurry the clock.
  await playground.setSpeed(20);
  await expect(lessons.pane.getByTestId('lesson-hints').locator('details')).toHaveCount(1, { timeout: 10_000 });
  await playground.setSpeed(1);
  await lessons.pane.getByTestId('lesson-hints').locator('summary').first().click();
  await page.screenshot({ path: testInfo.outputPath('hint.png') });

  await lessons.view().getByRole('button', { name: /Reset step/ }).click();
  await expect(lessons.view().getByRole('alertdialog')).toBeVisible();
  await page.screenshot({ path: testInfo.outputPath('reset-confirm.png') });
  await lessons.view().getByRole('button', { name: 'Yes, reset' }).click();
  await expect(lessons.view()).toHaveAttribute('aria-busy', 'false', { timeout: 15_000 });
  await playground.waitForPrompt();
  // Back to the step's start: a fresh terminal, and the step's check waiting again.
  await expect(lessons.steps().first()).toHaveAttribute('data-status', 'current');
  expect(await playground.screenText()).not.toContain('kubectl get nodes');
});
