import { expect, test } from '@playwright/test';
import { PlaygroundPage } from './pages';

test('the lesson pane renders the first lesson; Run types its command into the terminal', async ({ page }, testInfo) => {
  const playground = new PlaygroundPage(page);
  await playground.open();
  const pane = page.getByTestId('lesson-pane');
  await expect(pane).toHaveAttribute('data-lesson', /.+/, { timeout: 10_000 });
  await expect(pane.locator('h3').first()).toBeVisible();
  const block = pane.getByTestId('lesson-command').first();
  const command = (await block.locator('code').innerText()).trim();
  await block.getByRole('button', { name: /Run/ }).click();
  await expect.poll(() => playground.screenText()).toContain(`$ ${command.split('\n')[0]}`);
  await playground.waitForPrompt();
  expect(await pane.locator('script').count()).toBe(0);
  await page.screenshot({ path: testInfo.outputPath('lesson.png') });
});
