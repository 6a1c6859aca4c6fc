import { describe, expect, it } from 'vitest';
import { FakeClient } from '../../testing/fakeClient';
import { kubectl, testContext } from '../../testing/testContext';
import { DEPLOYMENTS, seedDeployment, seedPod } from '../../testing/fixtures';

const SERVICE_YAML = `apiVersion: v1
kind: Service
metadata:
  creationTimestamp: null
  labels:
    app: web
  name: web
spec:
  ports:
  - port: 80
    protocol: TCP
    targetPort: 8080
  selector:
    app: web
status:
  loadBalancer: {}
`;

describe('kubectl expose', () => {
  it.each([
    ['a deployment', 'expose deployment web --port=80', 'service/web exposed\n', ''],
    ['the generated service', 'expose deployment/web --port=80 --target-port=8080 --dry-run=client -o yaml', SERVICE_YAML, ''],
    ['a deployment without ports', 'expose deployment web', '', "error: couldn't find port via --port flag or introspection\n"],
    ['a pod without labels', 'expose pod bare --port=80', '', 'error: the pod has no labels and cannot be exposed\n'],
    ['a node', 'expose node node-1 --port=80', '', 'Error from server (NotFound): nodes "node-1" not found\n'],
    ['nothing', 'expose', '', "error: You must provide one or more resources by argument or filename.\nExample resource specifications include:\n   '-f rsrc.yaml'\n   '--filename=rsrc.json'\n   '<resource> <name>'\n   '<resource>'\n"],
  ])('%s', async (_name, line, stdout, stderr) => {
    const client = new FakeClient();
    seedDeployment(client);
    seedPod(client, 'bare', { labels: {} });
    const r = await kubectl(testContext(client), line);
    expect(r.stdout).toBe(stdout);
    expect(r.stderr).toBe(stderr);
  });

  it('introspects container ports, naming them when there are several', async () => {
    const client = new FakeClient();
    seedDeployment(client);
    client.patch(DEPLOYMENTS, 'web', 'strategic', { spec: { template: { spec: { containers: [{ name: 'nginx', ports: [{ containerPort: 80 }, { containerPort: 443 }] }] } } } });
    await kubectl(testContext(client), 'expose deployment web --type=NodePort');
    expect(client.actions.at(-1)?.body).toMatchObject({
      spec: { type: 'NodePort', selector: { app: 'web' }, ports: [{ name: 'port-1', port: 80, targetPort: 80, protocol: 'TCP' }, { name: 'port-2', port: 443, targetPort: 443, protocol: 'TCP' }] },
    });
  });
});
