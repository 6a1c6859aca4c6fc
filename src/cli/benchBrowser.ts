/**
 * `npm run bench:browser`: the page's budgets (DESIGN.md §7), measured in Debian's Chromium
 * against the production build served by `vite preview`, printed as JSON:
 * - the entry chunk's JavaScript, gzipped (what must load before the page works);
 * - page load → `kubectl get nodes` showing Ready nodes in the terminal;
 * - graph frame rate while a Deployment churns 0 ↔ 500 pods, drawn pod by pod
 *   (`?aggregateOver=100000`) and as the learner sees it (counts per node beyond 40 pods).
 * Flags: `--no-build` reuses dist/; `CHROMIUM_PATH` overrides /usr/bin/chromium.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, type Page } from 'playwright-core';

const ROOT = join(import.meta.dirname, '..', '..');
const DIST = join(ROOT, 'dist');
const PORT = 4179;
const BASE = `http://127.0.0.1:${PORT}`;
const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
const BUDGET = { entryGzipKiB: 250, loadToReadyMs: 2000, fps500: 60 };
const CHURN_SECONDS = 12;

function run(cmd: string, args: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const p = spawn(cmd, args, { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
    p.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`${cmd} ${args.join(' ')} exited with ${code}`))));
  });
}

/** The scripts index.html loads up front (entry and modulepreloads), gzipped. */
function entryGzipKiB(): { files: string[]; kib: number } {
  const html = readFileSync(join(DIST, 'index.html'), 'utf8');
  const files = [...html.matchAll(/(?:src|href)="\/?(assets\/[^"]+\.js)"/g)].map((m) => m[1]);
  const bytes = files.reduce((n, f) => n + gzipSync(readFileSync(join(DIST, f)), { level: 9 }).length, 0);
  return { files, kib: Number((bytes / 1024).toFixed(1)) };
}

async function startPreview(): Promise<ChildProcess> {
  const server = spawn('npx', ['vite', 'preview', '--host', '127.0.0.1', '--port', String(PORT), '--strictPort'], { cwd: ROOT, stdio: 'ignore', detached: true });
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(BASE)).ok) return server;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error('vite preview did not start');
}

/** Browser-side snippets, as strings: this file is type-checked for Node, without the DOM. */
const TERMINAL_TEXT = `document.querySelector('[data-testid="terminal"] .xterm-rows')?.textContent ?? ''`;
const COUNT_FRAMES = `(() => {
  window.frames_ = []; window.maxPods_ = 0;
  const loop = (t) => {
    window.frames_.push(t);
    window.maxPods_ = Math.max(window.maxPods_, document.querySelectorAll('[data-testid="pod-node"]').length);
    requestAnimationFrame(loop);
  };
  requestAnimationFrame(loop);
})()`;

async function typeCommand(page: Page, command: string): Promise<void> {
  await page.getByTestId('terminal').click();
  await page.keyboard.type(command);
  await page.keyboard.press('Enter');
}

async function loadToReadyMs(page: Page): Promise<{ readyInGraphMs: number; readyInTerminalMs: number }> {
  const t0 = Date.now();
  await page.goto(BASE);
  await page.locator('[data-testid="node-node"][data-ready="true"]').first().waitFor({ timeout: 30_000 });
  const readyInGraphMs = Date.now() - t0;
  await page.waitForFunction(`/\\$\\s*$/.test(${TERMINAL_TEXT})`, undefined, { timeout: 30_000 });
  await typeCommand(page, 'kubectl get nodes');
  await page.waitForFunction(`/\\sReady\\s/.test(${TERMINAL_TEXT})`, undefined, { timeout: 30_000 });
  return { readyInGraphMs, readyInTerminalMs: Date.now() - t0 };
}

/** Frames per second while the Deployment is scaled 0 → 500 → 0 … at 20× virtual speed. */
async function churnFps(page: Page, query: string): Promise<{ fps: number; worstFrameMs: number; maxPodsDrawn: number }> {
  await page.goto(`${BASE}/${query}`);
  await page.locator('[data-testid="node-node"][data-ready="true"]').first().waitFor({ timeout: 30_000 });
  await page.getByTestId('clock').getByRole('radio', { name: '20×' }).click();
  await typeCommand(page, 'kubectl create deployment churn --image=nginx --replicas=0');
  await page.evaluate(COUNT_FRAMES);
  const t0 = Date.now();
  for (let up = true; Date.now() - t0 < CHURN_SECONDS * 1000; up = !up) {
    await typeCommand(page, `kubectl scale deployment churn --replicas=${up ? 500 : 0}`);
    await page.waitForTimeout(3000);
  }
  const { frames, maxPods } = (await page.evaluate('({ frames: window.frames_, maxPods: window.maxPods_ })')) as { frames: number[]; maxPods: number };
  const gaps = frames.slice(1).map((t, i) => t - frames[i]);
  const seconds = (frames.at(-1)! - frames[0]) / 1000;
  return { fps: Number(((frames.length - 1) / seconds).toFixed(1)), worstFrameMs: Math.round(Math.max(...gaps)), maxPodsDrawn: maxPods };
}

async function main(): Promise<void> {
  if (!process.argv.includes('--no-build')) await run('npx', ['vite', 'build', '--logLevel', 'error']);
  const entry = entryGzipKiB();
  const server = await startPreview();
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: CHROMIUM_ARGS });
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
    const load = await loadToReadyMs(page);
    const drawn = await churnFps(page, '?aggregateOver=100000');
    const aggregated = await churnFps(page, '');
    console.log(
      JSON.stringify(
        {
          entryJs: { ...entry, budgetKiB: BUDGET.entryGzipKiB, withinBudget: entry.kib <= BUDGET.entryGzipKiB },
          loadToReadyNodes: { ...load, budgetMs: BUDGET.loadToReadyMs, withinBudget: load.readyInTerminalMs <= BUDGET.loadToReadyMs },
          graphChurn500: { podByPod: drawn, aggregated, budgetFps: BUDGET.fps500, withinBudget: aggregated.fps >= BUDGET.fps500 * 0.9 },
        },
        null,
        2,
      ),
    );
  } finally {
    await browser.close();
    if (server.pid) process.kill(-server.pid);
  }
}

await main();
