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

const DAEMONSET = [
  'kubectl apply -f - <<EOF',
  'apiVersion: apps/v1',
  'kind: DaemonSet',
  'metadata: {name: agent}',
  'spec:',
  '  selector: {matchLabels: {app: agent}}',
  '  template:',
  '    metadata: {labels: {app: agent}}',
  '    spec:',
  '      tolerations: [{key: node-role.kubernetes.io/control-plane, effect: NoSchedule}]',
  '      containers: [{name: agent, image: busybox, command: [sleep, infinity]}]',
  'EOF',
];

test('the graph shows claims and volumes, routes, autoscalers, ordinals and completions', async ({ page }, testInfo) => {
  test.setTimeout(240_000);
  const playground = new PlaygroundPage(page);
  await playground.open();
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
  const graph = playground.graph;
  const box = (testId: string, kind: string, name: string) => graph.locator(`[data-testid="${testId}"][data-kind="${kind}"][data-name="${name}"]`);
  const edge = (kind: string, source: string, target: string) => graph.locator(`[data-edge="${kind}"][data-source="${source}"][data-target="${target}"]`);

  // StatefulSet: ordinals, each pod's claim bound to a dynamically provisioned volume.
  await expect(box('workload-node', 'StatefulSet', 'web')).toContainText('2/2 ready · ordinals 0, 1');
  for (const ordinal of [0, 1]) {
    await expect(edge('owner', 'StatefulSet/web', `Pod/web-${ordinal}`)).toHaveCount(1);
    await expect(box('resource-node', 'PersistentVolumeClaim', `www-web-${ordinal}`)).toContainText('Bound 1Gi');
    await expect(edge('claim', `Pod/web-${ordinal}`, `PersistentVolumeClaim/www-web-${ordinal}`)).toHaveCount(1);
    await expect(graph.locator(`[data-edge="bound"][data-source="PersistentVolumeClaim/www-web-${ordinal}"][data-target^="PersistentVolume/pvc-"]`)).toHaveCount(1);
  }
  // The headless Service selects both pods.
  await expect(graph.locator('[data-edge="service"][data-source="Service/web"]')).toHaveCount(2);
  // Ingress → Service, with its route; HPA → Deployment, with its metric, replicas and bounds.
  await expect(box('resource-node', 'Ingress', 'shop')).toContainText('shop.example/cart → shop:80');
  await expect(edge('route', 'Ingress/shop', 'Service/shop')).toHaveCount(1);
  // As on minikube, the first CPU reading (`<unknown>` until then) takes a metrics-server scrape and an HPA sync: about a minute.
  await playground.setSpeed(20);
  await expect(box('resource-node', 'HorizontalPodAutoscaler', 'shop')).toContainText('cpu: 0%/50% · 1 replica · min 1 max 5', { timeout: 30_000 });
  await playground.setSpeed(1);
  await expect(edge('scale', 'HorizontalPodAutoscaler/shop', 'Deployment/shop')).toHaveCount(1);
  // The Job's pod ran to completion: COMPLETIONS and STATUS as `kubectl get jobs` prints them.
  await expect(box('workload-node', 'Job', 'pi')).toContainText('1/1 completions · Complete', { timeout: 30_000 });
  await expect(graph.locator('[data-edge="owner"][data-source="Job/pi"]')).toHaveCount(1);
  // Addon machinery (ingress-nginx) stays out of the picture unless system pods are shown.
  await expect(graph.locator('[data-namespace="ingress-nginx"]')).toHaveCount(0);

  await page.waitForTimeout(1000);
  await page.screenshot({ path: testInfo.outputPath('all-light.png') });
  await graph.screenshot({ path: testInfo.outputPath('graph-light.png') });
  await page.getByRole('button', { name: /Switch to (dark|light) theme/ }).click();
  await page.waitForTimeout(500);
  await graph.screenshot({ path: testInfo.outputPath('graph-dark.png') });

  // Describe works for the new boxes too.
  await box('resource-node', 'PersistentVolumeClaim', 'www-web-0').click();
  await expect(playground.inspector.getByTestId('inspector-describe')).toContainText(/Name:\s+www-web-0/);
  await page.screenshot({ path: testInfo.outputPath('describe-pvc.png') });
});

test('a DaemonSet runs one pod on each node', async ({ page }, testInfo) => {
  const playground = new PlaygroundPage(page);
  await playground.open('multinode');
  await expect(playground.nodes()).toHaveCount(3);
  await runLines(playground, DAEMONSET);
  for (const node of ['controlplane', 'node01', 'node02']) {
    await expect(playground.pods({ namePrefix: 'agent-', status: 'Running' }).and(page.locator(`[data-node="${node}"]`))).toHaveCount(1, { timeout: 30_000 });
  }
  await expect(playground.graph.locator('[data-testid="workload-node"][data-kind="DaemonSet"][data-name="agent"]')).toContainText('3/3 ready · 3 nodes');
  await expect(playground.graph.locator('[data-edge="owner"][data-source="DaemonSet/agent"]')).toHaveCount(3);
  await page.screenshot({ path: testInfo.outputPath('daemonset.png') });
});
