import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { PlaygroundPage } from './pages';

/** Browser code as a string: the Node tsconfig has no DOM. Valid envelope, damaged workspace. */
const CORRUPT_SAVE = `new Promise((resolve, reject) => {
  const open = indexedDB.open('kube-playground');
  open.onsuccess = () => {
    const tx = open.result.transaction('workspaces', 'readwrite');
    tx.objectStore('workspaces').put({ version: 1, savedAt: 1, workspace: { format: 'kube-playground/workspace', journal: 'garbage' } }, 'autosave');
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error);
  };
})`;

/** Waits until the autosave has written the latest change. */
async function saved(page: Page): Promise<void> {
  await expect(page.getByTestId('save-status')).toHaveAttribute('data-status', 'saved', { timeout: 15_000 });
}

async function menu(page: Page, item: string): Promise<void> {
  await page.getByTestId('workspace-menu').click();
  await page.getByTestId(item).click();
}

/** Presses ↑ at an empty prompt, expects `line` recalled, then clears it. */
async function expectRecall(playground: PlaygroundPage, line: string): Promise<void> {
  await playground.terminal.click();
  await playground.page.keyboard.press('ArrowUp');
  await expect.poll(() => playground.currentLine()).toBe(line);
  await playground.page.keyboard.press('Control+U');
  await playground.waitForPrompt();
}

test('a reload restores the cluster, the shell history, a file and the lesson progress', async ({ page }, testInfo) => {
  test.setTimeout(120_000);
  const playground = new PlaygroundPage(page);
  await playground.open();
  const lessons = page.getByTestId('lesson-pane');
  await lessons.locator('[data-testid="lesson-card"][data-lesson="your-cluster"]').getByRole('button', { name: /^Start lesson: / }).click();
  await expect(lessons.getByTestId('lesson-view')).toHaveAttribute('aria-busy', 'false', { timeout: 15_000 });
  await playground.waitForPrompt();
  await playground.run('kubectl get nodes');
  await expect(lessons.getByTestId('lesson-step').first()).toHaveAttribute('data-status', 'passed', { timeout: 10_000 });
  await playground.run('kubectl create deployment web --image=nginx --replicas=2');
  await playground.run('echo "remember me" > notes.txt');
  await playground.run('kubectl get deploy web');
  await playground.waitForSaved('kubectl get deploy web');
  await page.screenshot({ path: testInfo.outputPath('1-before-reload.png') });

  await page.reload();
  await expect(playground.terminal).toBeVisible({ timeout: 20_000 });
  await playground.waitForPrompt(30_000);
  await expect(lessons.getByTestId('lesson-view')).toHaveAttribute('data-lesson', 'your-cluster', { timeout: 15_000 });
  await expect(lessons.getByTestId('lesson-step').first()).toHaveAttribute('data-status', 'passed');
  await expectRecall(playground, '$ kubectl get deploy web');
  await playground.run('kubectl get deploy web -o name; cat notes.txt');
  await expect.poll(() => playground.screenText()).toContain('deployment.apps/web');
  expect(await playground.screenText()).toContain('remember me');
  await expect(page.getByTestId('workspace-notice')).toHaveCount(0);
  await page.screenshot({ path: testInfo.outputPath('2-after-reload.png') });
});

test('a corrupted save is survived: a fresh start, a notice, the bad save kept for export', async ({ page }, testInfo) => {
  const playground = new PlaygroundPage(page);
  await playground.open();
  await playground.run('kubectl create deployment doomed --image=nginx');
  await playground.waitForSaved('deployment doomed');
  await page.evaluate(CORRUPT_SAVE);
  await page.reload();
  await playground.waitForPrompt(30_000);
  const notice = page.getByTestId('workspace-notice');
  await expect(notice).toContainText('could not be restored', { timeout: 15_000 });
  await page.screenshot({ path: testInfo.outputPath('corrupted-notice.png') });
  await playground.run('kubectl get deploy');
  await expect.poll(() => playground.screenText()).toContain('No resources found in default namespace.');
  const download = page.waitForEvent('download');
  await notice.getByRole('button', { name: 'Export the unreadable save' }).click();
  expect(readFileSync(await (await download).path(), 'utf8')).toContain('garbage');
  await expect(notice).toHaveCount(0);
});

test('a share link opened in another browser reproduces the cluster and the history', async ({ page, browser }, testInfo) => {
  test.setTimeout(120_000);
  const playground = new PlaygroundPage(page);
  await playground.open();
  await playground.run('kubectl create deployment shared --image=nginx --replicas=3');
  await playground.run('kubectl get deploy shared');
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  await menu(page, 'workspace-share');
  await expect(page.getByTestId('workspace-notice')).toContainText('Share link copied');
  const link = page.url();
  expect(link).toMatch(/#state=[A-Za-z0-9_-]+$/);
  expect(await page.evaluate('navigator.clipboard.readText()')).toBe(link);
  await page.screenshot({ path: testInfo.outputPath('share-copied.png') });

  const other = await browser.newContext();
  const visitor = new PlaygroundPage(await other.newPage());
  await visitor.page.goto(link);
  await expect(visitor.terminal).toBeVisible({ timeout: 30_000 });
  await visitor.waitForPrompt(30_000);
  await expectRecall(visitor, '$ kubectl get deploy shared');
  await visitor.run('kubectl get deploy');
  await expect.poll(() => visitor.screenText()).toMatch(/shared\s+\d\/3\s+3\s+/);
  // Nothing of the visitor's own was saved here, so the shared session simply becomes theirs.
  await expect(visitor.page.getByTestId('save-status')).toHaveAttribute('data-status', 'saved', { timeout: 15_000 });
  expect(visitor.page.url()).not.toContain('#state=');
  await visitor.page.screenshot({ path: testInfo.outputPath('share-opened.png') });

  // Over a save of their own, the link is a preview until they choose.
  await visitor.run('kubectl create deployment mine --image=nginx');
  await saved(visitor.page);
  await visitor.page.goto('about:blank');
  await visitor.page.goto(link);
  await visitor.waitForPrompt(30_000);
  await expect(visitor.page.getByTestId('save-status')).toHaveAttribute('data-status', 'preview');
  await expect(visitor.page.getByTestId('workspace-notice')).toContainText('shared workspace');
  await visitor.page.screenshot({ path: testInfo.outputPath('share-preview.png') });
  await visitor.page.getByRole('button', { name: 'Open my saved work' }).click();
  await visitor.waitForPrompt(30_000);
  await visitor.run('kubectl get deploy mine -o name');
  await expect.poll(() => visitor.screenText()).toContain('deployment.apps/mine');
  await other.close();
});

test('export to a file, reset everything, import it back; a malformed file changes nothing', async ({ page }, testInfo) => {
  test.setTimeout(120_000);
  const playground = new PlaygroundPage(page);
  await playground.open();
  await playground.run('kubectl create deployment exported --image=nginx');
  await playground.run('echo kept > file.txt');
  const download = page.waitForEvent('download');
  await menu(page, 'workspace-export');
  const file = await (await download).path();
  const exported = JSON.parse(readFileSync(file, 'utf8')) as { format: string; journal: unknown[] };
  expect(exported.format).toBe('kube-playground/workspace');

  await page.getByTestId('workspace-menu').click();
  await page.getByTestId('workspace-reset-all').click();
  await page.screenshot({ path: testInfo.outputPath('reset-confirm.png') });
  await page.getByTestId('workspace-reset-all-confirm').click();
  await playground.waitForPrompt(30_000);
  await playground.run('kubectl get deploy; cat file.txt');
  await expect.poll(() => playground.screenText()).toContain('No resources found');
  expect(await playground.screenText()).toContain('cat: file.txt: No such file or directory');

  await page.getByTestId('workspace-import-input').setInputFiles({ name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from('{"format": "kube-playground/workspace", "version": 1, "journal": 7') });
  await expect(page.getByTestId('workspace-notice')).toContainText('could not be imported');
  await page.getByTestId('workspace-import-input').setInputFiles({ name: 'wrong.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify({ ...exported, journal: 7 })) });
  await expect(page.getByTestId('workspace-notice').last()).toContainText('journal: expected an array');
  await page.screenshot({ path: testInfo.outputPath('import-failed.png') });

  await page.getByTestId('workspace-import-input').setInputFiles(file);
  await expect(page.getByTestId('workspace-notice').last()).toContainText('Imported');
  await playground.waitForPrompt(30_000);
  await playground.run('kubectl get deploy exported -o name; cat file.txt');
  await expect.poll(() => playground.screenText()).toContain('deployment.apps/exported');
  expect(await playground.screenText()).toContain('kept');
  await page.screenshot({ path: testInfo.outputPath('imported.png') });
});

test('a second tab does not save until it takes saving over', async ({ page }, testInfo) => {
  const first = new PlaygroundPage(page);
  await first.open();
  await saved(page).catch(() => undefined);
  const second = new PlaygroundPage(await page.context().newPage());
  await second.open();
  await expect(second.page.getByTestId('save-status')).toHaveAttribute('data-status', 'readonly');
  await expect(second.page.getByTestId('workspace-notice')).toContainText('open in another tab');
  await second.page.screenshot({ path: testInfo.outputPath('second-tab.png') });
  await second.page.getByRole('button', { name: 'Save from this tab' }).click();
  await expect(second.page.getByTestId('save-status')).toHaveAttribute('data-status', 'saved', { timeout: 15_000 });
  await expect(page.getByTestId('save-status')).toHaveAttribute('data-status', 'readonly');
  await expect(page.getByTestId('workspace-notice')).toContainText('took over saving');
  await page.screenshot({ path: testInfo.outputPath('first-tab-lost.png') });
});
