import { it } from 'vitest';
import { Tutorial } from './tutorialDriver';
it('draft', async () => {
  const t = new Tutorial();
  for (const c of ['kubectl cluster-info', 'kubectl proxy', 'curl http://localhost:8001/version']) { const r = await t.run(c); console.log(`$ ${c}  [exit ${r.exitCode}]\n${r.stdout}${r.stderr}`); }
});
