import { expect, test } from '@playwright/test';
import { PlaygroundPage } from './pages';

test('a stopped node goes NotReady and its pods are replaced elsewhere', async ({ page }, testInfo) => {
  test.setTimeout(150_000);
  const playground = new PlaygroundPage(page);
  await playground.open('multinode');
  await expect(playground.nodes()).toHaveCount(3);
  await playground.run('kubectl create deployment web --image=nginx --replicas=4');
  await expect(playground.pods({ namePrefix: 'web-', status: 'Running' })).toHaveCount(4, { timeout: 30_000 });
  const onNode01 = playground.graph.locator('[data-testid="pod-node"][data-name^="web-"][data-node="node01"]');
  const victims = await onNode01.count();
  expect(victims).toBeGreaterThan(0);

  await playground.nodeAction('node01', 'Stop node');
  await expect(playground.node('node01')).toHaveAttribute('data-stopped', 'true');
  await playground.setSpeed(20);
  // 40 s without heartbeats: NotReady.
  await expect(playground.node('node01')).toHaveAttribute('data-ready', 'false', { timeout: 30_000 });
  await page.screenshot({ path: testInfo.outputPath('node-notready.png') });
  // 300 s later the pods are evicted: Terminating there (the kubelet cannot confirm), replaced elsewhere.
  await expect(onNode01.and(page.locator('[data-status="Terminating"]'))).toHaveCount(victims, { timeout: 60_000 });
  await expect(playground.graph.locator('[data-testid="pod-node"][data-name^="web-"][data-status="Running"]:not([data-node="node01"])')).toHaveCount(4, { timeout: 30_000 });
  await page.screenshot({ path: testInfo.outputPath('pods-moved.png') });

  await playground.setSpeed(1);
  await playground.nodeAction('node01', 'Start node');
  await expect(playground.node('node01')).toHaveAttribute('data-ready', 'true', { timeout: 30_000 });
});

test('the inspector shows describe, YAML and events; the control plane pulses; touched objects glow', async ({ page }, testInfo) => {
  const playground = new PlaygroundPage(page);
  await playground.open();
  await playground.run('kubectl create deployment web --image=nginx --replicas=2');
  await expect(page.locator('[data-testid="pod-node"][data-touched="true"]').first()).toBeVisible({ timeout: 5_000 });
  await expect(playground.pods({ namePrefix: 'web-', status: 'Running' })).toHaveCount(2, { timeout: 20_000 });
  for (const component of ['etcd', 'kube-apiserver', 'kube-scheduler', 'kube-controller-manager']) {
    await expect.poll(async () => Number(await page.locator(`[data-component="${component}"]`).getAttribute('data-pulses'))).toBeGreaterThan(0);
  }

  const pod = playground.pods({ namePrefix: 'web-' }).first();
  const name = (await pod.getAttribute('data-name'))!;
  await pod.click();
  await expect(playground.inspector.getByTestId('inspector-describe')).toContainText(`Name:             ${name}`);
  await expect(playground.inspector.getByTestId('inspector-describe')).toContainText('Controlled By:  ReplicaSet/web-');
  await page.screenshot({ path: testInfo.outputPath('inspector-describe.png') });
  await playground.inspector.getByRole('tab', { name: 'YAML' }).click();
  await expect(playground.inspector.getByTestId('inspector-yaml')).toContainText('kind: Pod');
  await playground.inspector.getByRole('tab', { name: 'Events' }).click();
  await expect(playground.inspector.getByTestId('inspector-events')).toContainText('Scheduled');
  // Nothing of this went through the terminal.
  expect(await playground.screenText()).not.toContain('describe');
});

/** Types a multi-line command (a heredoc) line by line, then waits for the prompt. */
async function runLines(playground: PlaygroundPage, lines: string[]): Promise<void> {
  for (const line of lines) {
    await playground.type(line);
    await playground.page.keyboard.press('Enter');
  }
  await playground.waitForPrompt(30_000);
}

const STATEFULSET = [
  'kubectl apply -f - <<EOF',
  'apiVersion: apps/v1',
  'kind: StatefulSet',
  'metadata: {name: web}',
  'spec:',
  '  serviceName: web',
  '  replicas: 2',
  '  selector: {matchLabels: {app: web}}',
  '  template:',
  '    metadata: {labels: {app: web}}',
  '    spec: {containers: [{name: nginx, image: nginx, volumeMounts: [{name: www, mountPath: /usr/share/nginx/html}]}]}',
  '  volumeClaimTemplates:',
  '  - metadata: {name: www}',
  '    spec: {accessModes: [ReadWriteOnce], resources: {requests: {storage: 1Gi}}}',
  'EOF',
];

test('the graph shows storage, routes, autoscalers, ordinals, completions and one daemon pod per node', async ({ page }, testInfo) => {
  test.setTimeout(240_000);
  const playground = new PlaygroundPage(page);
  await playground.open('multinode');
  await expect(playground.nodes()).toHaveCount(3);
  await playground.run('minikube addons enable ingress');
  await playground.run('minikube addons enable metrics-server');
  await playground.run('kubectl create service clusterip web --clusterip=None --tcp=80');
  await runLines(playground, STATEFULSET);
  await playground.run('kubectl create deployment shop --image=nginx');
  await playground.run('kubectl set resources deployment shop --requests=cpu=100m');
  await playground.run('kubectl expose deployment shop --port=80');
  await playground.run('kubectl create ingress shop --rule="shop.example/cart=shop:80"');
  await playground.run('kubectl autoscale deployment shop --cpu-percent=50 --min=1 --max=5');
  await playground.run('kubectl create job pi --image=busybox -- echo hi');
  await expect(playground.pods({ namePrefix: 'web-', status: 'Running' })).toHaveCount(2, { timeout: 60_000 });
  await page.waitForTimeout(3000);
  await page.screenshot({ path: testInfo.outputPath('all-dark.png') });
  await page.getByRole('button', { name: /theme/i }).click();
  await page.waitForTimeout(500);
  await page.screenshot({ path: testInfo.outputPath('all-light.png') });
  await playground.graph.screenshot({ path: testInfo.outputPath('graph-light.png') });
});
