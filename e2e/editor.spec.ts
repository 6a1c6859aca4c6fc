import { expect, test } from '@playwright/test';
import { PlaygroundPage } from './pages';

test('a typo in a Deployment is marked, fixed, and the manifest applied from the editor', async ({ page }, testInfo) => {
  const playground = new PlaygroundPage(page);
  await playground.open();
  await page.getByRole('button', { name: 'Editor' }).click();
  await expect(playground.editor).toBeVisible();
  await expect(playground.editor).toContainText('no problems', { timeout: 20_000 });

  // Line 6 of the starter is `  replicas: 3`.
  await playground.replaceEditorLine(6, 'replcas: 2');
  await expect.poll(() => playground.editorProblems(), { timeout: 10_000 }).toBeGreaterThan(0);
  // Unknown fields are warnings in the YAML language service (the API server then rejects them).
  await expect(playground.editor.locator('.squiggly-warning, .squiggly-error').first()).toBeVisible();
  await page.screenshot({ path: testInfo.outputPath('editor-typo.png') });

  await playground.replaceEditorLine(6, 'replicas: 2');
  await expect.poll(() => playground.editorProblems(), { timeout: 10_000 }).toBe(0);
  await playground.editor.getByRole('button', { name: 'Apply' }).click();
  await expect.poll(() => playground.screenText()).toContain('kubectl apply -f deployment.yaml');
  await expect.poll(() => playground.screenText()).toContain('deployment.apps/web created');
  await expect(playground.pods({ namePrefix: 'web-', status: 'Running' })).toHaveCount(2, { timeout: 20_000 });
  await playground.run('cat deployment.yaml | grep replicas');
  await expect.poll(() => playground.screenText()).toMatch(/^\s+replicas: 2$/m);
  await page.screenshot({ path: testInfo.outputPath('editor-applied.png') });
});

test('vi opens a virtual file in the editor and saving makes it visible to ls', async ({ page }) => {
  const playground = new PlaygroundPage(page);
  await playground.open();
  await playground.run('vi notes.yaml');
  await expect(playground.editor).toBeVisible();
  await expect(playground.editor).toContainText('~/notes.yaml');
  await expect(playground.editor).toContainText('problem', { timeout: 20_000 });
  await playground.focusEditor();
  await page.keyboard.type('apiVersion: v1');
  await page.keyboard.press('Enter');
  await page.keyboard.type('kind: ConfigMap');
  await playground.editor.getByRole('button', { name: 'Save' }).click();
  await playground.run('ls');
  await expect.poll(() => playground.screenText()).toContain('notes.yaml');
});

test('the editor completes field names and explains them on hover', async ({ page }) => {
  const playground = new PlaygroundPage(page);
  await playground.open();
  await page.getByRole('button', { name: 'Editor' }).click();
  await expect(playground.editor).toContainText('no problems', { timeout: 20_000 });
  // Line 6 is `  replicas: 3`; retype the key's start and ask for suggestions.
  await playground.replaceEditorLine(6, 'rep');
  await page.keyboard.press('Control+Space');
  await expect(playground.editor.locator('.suggest-widget')).toContainText('replicas', { timeout: 10_000 });
  await page.keyboard.press('Escape');
  await playground.replaceEditorLine(6, 'replicas: 3');
  await playground.editor.locator('.view-line', { hasText: 'replicas: 3' }).getByText('replicas').hover();
  await expect(page.locator('.monaco-hover:not(.hidden)')).toContainText('Number of desired pods', { timeout: 10_000 });
});
