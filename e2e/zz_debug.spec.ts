import { test } from '@playwright/test';
import { PlaygroundPage } from './pages';
test('debug', async ({ page }) => {
  const p = new PlaygroundPage(page);
  await p.open();
  await p.run('kubectl create deployment web --image=nginx --replicas=1');
  await page.waitForTimeout(3000);
  const info = await page.evaluate(() => [...document.querySelectorAll('.react-flow__node')].map((n) => { const r = n.getBoundingClientRect(); return `${n.className} z=${getComputedStyle(n).zIndex} pe=${getComputedStyle(n).pointerEvents} ${Math.round(r.x)},${Math.round(r.y)} ${Math.round(r.width)}x${Math.round(r.height)}`; }));
  console.log(info.join('\n'));
  const pod = page.locator('[data-testid=pod-node]').first();
  const b = await pod.boundingBox();
  console.log(JSON.stringify(b));
  const hit = await page.evaluate(([x, y]) => { const e = document.elementFromPoint(x, y); return e?.outerHTML.slice(0, 200); }, [b!.x + b!.width / 2, b!.y + b!.height / 2]);
  console.log(hit);
  const term = await page.evaluate(() => [...document.querySelectorAll('.terminal, .terminal *')].slice(0, 8).map((e) => `${e.className} bg=${getComputedStyle(e).backgroundColor} pad=${getComputedStyle(e).padding}`));
  console.log(term.join('\n'));
});
