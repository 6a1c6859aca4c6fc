import { it } from 'vitest';
import { createTestShell, runLine } from './testing/runLine';
it('dbg', async () => {
  const sh = createTestShell();
  for (const l of (process.env.LINES ?? '').split('\n')) console.log(JSON.stringify(l), JSON.stringify(await runLine(sh, l)));
});
