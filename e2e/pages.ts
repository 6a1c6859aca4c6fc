import { expect, type Locator, type Page } from '@playwright/test';

/** The playground page as a learner uses it: terminal, graph, clock. */
export class PlaygroundPage {
  readonly terminal: Locator;
  readonly graph: Locator;
  readonly clock: Locator;
  readonly editor: Locator;
  readonly inspector: Locator;

  constructor(readonly page: Page) {
    this.terminal = page.getByTestId('terminal');
    this.graph = page.getByTestId('graph');
    this.clock = page.getByTestId('clock');
    this.editor = page.getByTestId('editor');
    this.inspector = page.getByTestId('selection-panel');
  }

  /** Opens the page, on a cluster profile (`multinode` …) when given. */
  async open(profile?: string): Promise<void> {
    await this.page.goto(profile ? `/?profile=${profile}` : '/');
    await expect(this.terminal).toBeVisible({ timeout: 15_000 });
    await this.waitForPrompt();
  }

  /** The terminal's visible rows, as the learner reads them. */
  async screenRows(): Promise<string[]> {
    return this.terminal.locator('.xterm-rows > div').allInnerTexts();
  }

  async screenText(): Promise<string> {
    return (await this.screenRows()).join('\n');
  }

  /** The row the cursor is on (the line being typed), without trailing spaces. */
  async currentLine(): Promise<string> {
    const rows = (await this.screenRows()).map((r) => r.replace(/\s+$/, ''));
    return rows.filter((r) => r.length > 0).at(-1) ?? '';
  }

  /**
   * Waits until the autosave in IndexedDB holds `text` (a command just run, a lesson's step id),
   * as a learner would wait for the save dot before reloading. The dot alone can read "saved"
   * before the Worker's change notice reaches the page.
   */
  async waitForSaved(text: string): Promise<void> {
    const read = `new Promise((resolve) => {
      const open = indexedDB.open('kube-playground');
      open.onerror = () => resolve('');
      open.onsuccess = () => {
        try {
          const get = open.result.transaction('workspaces').objectStore('workspaces').get('autosave');
          get.onsuccess = () => resolve(JSON.stringify(get.result ?? ''));
          get.onerror = () => resolve('');
        } catch { resolve(''); }
      };
    })`;
    await expect.poll(async () => String(await this.page.evaluate(read)), { timeout: 15_000 }).toContain(text);
    await expect(this.page.getByTestId('save-status')).toHaveAttribute('data-status', 'saved', { timeout: 15_000 });
  }

  /** Waits until an empty prompt is the last line: the previous command has finished. */
  async waitForPrompt(timeout = 15_000): Promise<void> {
    await expect.poll(() => this.currentLine(), { timeout }).toBe('$');
  }

  async type(text: string): Promise<void> {
    await this.terminal.click();
    await this.page.keyboard.type(text);
  }

  /** Types a command, presses Enter and waits for the prompt to come back. */
  async run(command: string): Promise<void> {
    await this.type(command);
    await this.page.keyboard.press('Enter');
    await this.waitForPrompt();
  }

  pods(filter: { namePrefix?: string; status?: string } = {}): Locator {
    let selector = '[data-testid="pod-node"]';
    if (filter.namePrefix) selector += `[data-name^="${filter.namePrefix}"]`;
    if (filter.status) selector += `[data-status="${filter.status}"]`;
    return this.graph.locator(selector);
  }

  nodes(): Locator {
    return this.graph.locator('[data-testid="node-node"]');
  }

  node(name: string): Locator {
    return this.graph.locator(`[data-testid="node-node"][data-name="${name}"]`);
  }

  /** Clicks a node's title and one of its context actions. */
  async nodeAction(name: string, action: string): Promise<void> {
    await this.node(name).getByRole('button', { name: new RegExp(`^Node ${name}`) }).click();
    await this.inspector.getByRole('button', { name: action }).click();
  }

  async setSpeed(speed: 1 | 5 | 20): Promise<void> {
    await this.clock.getByRole('radio', { name: `${speed}×` }).click();
  }

  /** The Monaco text area of the YAML editor (keyboard input goes there). */
  async focusEditor(): Promise<void> {
    await this.editor.locator('.monaco-editor .view-lines').click();
  }

  /** Selects line `n` (1-based) of the editor without its indentation and types over it. */
  async replaceEditorLine(n: number, text: string): Promise<void> {
    await this.focusEditor();
    await this.page.keyboard.press('Control+Home');
    for (let i = 1; i < n; i++) await this.page.keyboard.press('ArrowDown');
    await this.page.keyboard.press('End');
    await this.page.keyboard.press('Shift+Home');
    await this.page.keyboard.type(text);
  }

  async editorProblems(): Promise<number> {
    return Number(await this.editor.getAttribute('data-problems'));
  }

  /** Clicks an object in the graph and one of its context actions. */
  async graphAction(target: Locator, action: string): Promise<void> {
    await target.click({ timeout: 10_000 });
    await this.page.getByTestId('selection-panel').getByRole('button', { name: action }).click();
  }

  async elapsedSeconds(): Promise<number> {
    return Number(await this.clock.getAttribute('data-elapsed'));
  }
}
