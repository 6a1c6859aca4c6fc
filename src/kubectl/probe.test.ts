import { it } from 'vitest';
import { clusterSession } from './testing/clusterSession';
it('probe', async () => {
  const s = clusterSession();
  await s.run('create deployment web --image=nginx --replicas=2');
  await s.run('expose deployment web --port=80');
  for (const l of ['get all', 'get all -A', 'get pods -L app --show-kind', 'get deploy,svc', 'get pods -o yaml --field-selector=status.phase=Running', 'get nodes -o wide']) {
    const r = await s.run(l);
    console.log(`$ kubectl ${l}\n${r.stdout}${r.stderr}`);
  }
});
