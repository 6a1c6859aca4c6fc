/// <reference types="vite/client" />
/**
 * Client-side generators against golden files recorded from the real kubectl v1.32
 * (`kubectl create … --dry-run=client -o yaml`), compared byte for byte through the YAML printer.
 */
import { describe, expect, it } from 'vitest';
import { FakeClient } from '../testing/fakeClient';
import { kubectl, testContext } from '../testing/testContext';

const goldens = import.meta.glob('./testdata/*.yaml', { query: '?raw', import: 'default', eager: true }) as Record<string, string>;
const golden = (name: string) => goldens[`./testdata/${name}.yaml`];

const files = { '/tmp/app.env': 'A=1\n# comment\nB=two words\n', '/tmp/greeting.txt': 'hello\nworld\n' };

describe('kubectl create … --dry-run=client -o yaml matches kubectl v1.32', () => {
  it.each([
    ['deployment-basic', 'create deployment web --image=nginx:1.25 --replicas=3'],
    ['deployment-multi-image', 'create deployment web --image=nginx --image=redis --port=80'],
    ['deployment-command', 'create deployment web --image=busybox -- sleep 3600'],
    ['deployment-namespaced', 'create deployment web --image=nginx -n prod'],
    ['service-clusterip', 'create service clusterip web --tcp=80:8080'],
    ['service-clusterip-none', 'create service clusterip headless --clusterip=None'],
    ['service-nodeport', 'create service nodeport web --tcp=80:8080 --node-port=30080'],
    ['service-loadbalancer', 'create service loadbalancer web --tcp=80 --tcp=443:8443'],
    ['service-externalname', 'create service externalname db --external-name=db.example.com'],
    ['configmap-literal', 'create configmap cfg --from-literal=a=1 --from-literal=b=hello'],
    ['configmap-env', 'create configmap envcfg --from-env-file=/tmp/app.env'],
    ['configmap-file', 'create configmap filecfg --from-file=/tmp/greeting.txt --from-file=msg=/tmp/greeting.txt'],
    ['namespace', 'create namespace prod'],
    ['serviceaccount', 'create serviceaccount builder'],
    ['secret-generic', 'create secret generic creds --from-literal=user=admin --from-literal=pass=s3cr3t'],
    ['secret-docker', 'create secret docker-registry regcred --docker-server=reg.example.com --docker-username=u --docker-password=p --docker-email=u@example.com'],
  ])('%s', async (name, line) => {
    const ctx = testContext(new FakeClient(), { files });
    const [verb, ...rest] = line.split(' ');
    const dash = rest.indexOf('--');
    const flags = ['--dry-run=client', '-o', 'yaml'];
    const argv = dash < 0 ? [verb, ...rest, ...flags] : [verb, ...rest.slice(0, dash), ...flags, ...rest.slice(dash)];
    const r = await kubectl(ctx, argv);
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe(golden(name));
  });
});
