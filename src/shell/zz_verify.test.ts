import { execSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { it } from 'vitest';
import { FIXTURE_SETUP, type LineCase } from './testing/cases';
const mods = (process.env.CASES ?? '').split(',');
const loaded = await Promise.all(mods.map((m) => import(m)));
let n = 0;
it('real bash agrees', async () => {
  for (const mod of loaded) {
    for (const [k, cases] of Object.entries(mod)) {
      if (!Array.isArray(cases)) continue;
      for (const c of cases as LineCase[]) {
        const dir = mkdtempSync('/tmp/v');
        const script = `cd ${dir}; ${FIXTURE_SETUP}\n${c.line.replace(/\/root/g, dir)}`;
        let stdout = '', stderr = '', status = 0;
        try {
          stdout = execSync(`bash -c "$S" 2>/tmp/verr`, { env: { ...process.env, S: script, LC_ALL: 'C.UTF-8' }, input: c.stdin ?? '' }).toString();
        } catch (e) { status = (e as { status: number }).status; stdout = (e as { stdout: Buffer }).stdout.toString(); }
        stderr = execSync('cat /tmp/verr').toString().replace(/^bash: line \d+: /gm, 'bash: ');
        const exp = { stdout: c.stdout ?? '', stderr: c.stderr ?? '', status: c.status ?? 0 };
        n++;
        if (JSON.stringify(exp) !== JSON.stringify({ stdout, stderr, status })) console.log(`${k} :: ${c.name}\n  mine: ${JSON.stringify(exp)}\n  real: ${JSON.stringify({ stdout, stderr, status })}`);
      }
    }
  }
  console.log('checked', n);
});
