import { expect, type Page } from '@playwright/test';

/** The playground page as a learner uses it. */
export class PlaygroundPage {
  constructor(readonly page: Page) {}

  async open(): Promise<void> {
    await this.page.goto('/');
    await expect(this.page.getByTestId('terminal')).toBeVisible({ timeout: 15_000 });
  }

  /** Types a command, presses Enter and waits until the prompt is ready again. */
  async run(command: string): Promise<void> {
    const input = this.page.getByLabel('command');
    await input.fill(command);
    await input.press('Enter');
    await expect(input).toBeEnabled();
  }

  output() {
    return this.page.locator('.console-output');
  }

  /** What the most recent command printed (with its echoed command line). */
  lastEntry() {
    return this.page.locator('.console-entry').last();
  }
}
