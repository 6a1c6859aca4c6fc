import { it } from 'vitest';
import { Tutorial } from './tutorialDriver';
it('draft2', async () => {
  const t = new Tutorial();
  const cmds = [
    'kubectl create deployment kubernetes-bootcamp --image=gcr.io/google-samples/kubernetes-bootcamp:v1',
    `export POD_NAME=$(kubectl get pods -o go-template --template '{{range .items}}{{.metadata.name}}{{"\\n"}}{{end}}')`,
    'kubectl exec -ti $POD_NAME -- bash', 'cat server.js', 'curl http://localhost:8080', 'curl -v http://localhost:8080', 'exit',
    'kubectl exec -ti $POD_NAME -- curl http://localhost:8080',
  ];
  for (const c of cmds) { const r = await t.run(c); console.log(`$ ${c}  [exit ${r.exitCode}] ${t.host.prompt()}\n${r.stdout}${r.stderr}`); }
});
