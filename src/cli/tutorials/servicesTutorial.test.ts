/** kubernetes.io/docs/tutorials/services/connect-applications-service/, command by command. */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Tutorial, column, examplesFetch, table } from './tutorialDriver';

beforeEach(() => vi.stubGlobal('fetch', examplesFetch));
afterEach(() => vi.unstubAllGlobals());

describe('Connecting Applications with Services', () => {
  it('exposes my-nginx and finds it by environment variables and DNS', async () => {
    const t = new Tutorial();
    t.write('run-my-nginx.yaml', t.example('service/networking/run-my-nginx.yaml'));
    expect(await t.ok('kubectl apply -f ./run-my-nginx.yaml')).toBe('deployment.apps/my-nginx created\n');
    const wide = await t.ok('kubectl get pods -l run=my-nginx -o wide');
    expect(table(wide).map((r) => [r.READY, r.STATUS])).toEqual([['1/1', 'Running'], ['1/1', 'Running']]);
    const ips = column(wide, 'IP');
    expect(await t.ok('kubectl get pods -l run=my-nginx -o custom-columns=POD_IP:.status.podIPs')).toBe(`POD_IP\n${ips.map((ip) => `[map[ip:${ip}]]`).join('\n')}\n`);

    expect(await t.ok('kubectl expose deployment/my-nginx')).toBe('service/my-nginx exposed\n');
    const svc = table(await t.ok('kubectl get svc my-nginx'))[0];
    expect(svc).toMatchObject({ NAME: 'my-nginx', TYPE: 'ClusterIP', 'EXTERNAL-IP': '<none>', 'PORT(S)': '80/TCP' });
    const described = await t.ok('kubectl describe svc my-nginx');
    expect(described).toContain('Selector:                 run=my-nginx\n');
    expect(described).toMatch(new RegExp(`Endpoints: +${[...ips].sort().map((ip) => `${ip}:80`).join(',')}\n`));
    const slices = table(await t.ok('kubectl get endpointslices -l kubernetes.io/service-name=my-nginx'))[0];
    expect(slices).toMatchObject({ ADDRESSTYPE: 'IPv4', PORTS: '80' });
    expect(slices.NAME).toMatch(/^my-nginx-[a-z0-9]{5}$/);

    // Pods created before the Service have no variables for it; replacements do.
    const first = (await t.ok(`kubectl get pods -l run=my-nginx -o jsonpath='{.items[0].metadata.name}'`)).trim();
    expect(await t.ok(`kubectl exec ${first} -- printenv | grep SERVICE`)).not.toContain('MY_NGINX');
    await t.ok('kubectl scale deployment my-nginx --replicas=0; kubectl scale deployment my-nginx --replicas=2;');
    const after = await t.ok('kubectl get pods -l run=my-nginx -o wide');
    expect(column(after, 'NAME')).toHaveLength(2);
    expect(column(after, 'NAME')).not.toContain(first);
    const env = await t.ok(`kubectl exec ${column(after, 'NAME')[0]} -- printenv | grep SERVICE`);
    expect(env).toContain(`MY_NGINX_SERVICE_HOST=${svc['CLUSTER-IP']}\n`);
    expect(env).toContain('MY_NGINX_SERVICE_PORT=80\n');
    expect(env).toContain('KUBERNETES_SERVICE_PORT_HTTPS=443\n');

    expect(table(await t.ok('kubectl get services kube-dns --namespace=kube-system'))[0]).toMatchObject({ 'CLUSTER-IP': '10.96.0.10', 'PORT(S)': '53/UDP,53/TCP,9153/TCP' });
    expect(await t.output('kubectl run curl --image=radial/busyboxplus:curl -i --tty --rm')).toContain("If you don't see a command prompt, try pressing enter.");
    expect((await t.run('nslookup my-nginx')).stdout).toBe(
      `Server:    10.96.0.10\nAddress 1: 10.96.0.10 kube-dns.kube-system.svc.cluster.local\n\nName:      my-nginx\nAddress 1: ${svc['CLUSTER-IP']} my-nginx.default.svc.cluster.local\n`,
    );
    expect((await t.run('curl my-nginx')).stdout).toContain('<title>Welcome to nginx!</title>');
    expect((await t.run('exit')).stdout).toBe('pod "curl" deleted\n');
  });

  it('creates the TLS secret and ConfigMap, and mounts the secret in the curl pod', async () => {
    const t = new Tutorial();
    t.write('/tmp/nginx.crt', '-----BEGIN CERTIFICATE-----\nMIIBszCCAVmgAwIBAgIUQ2VydA==\n-----END CERTIFICATE-----\n');
    t.write('/tmp/nginx.key', '-----BEGIN PRIVATE KEY-----\nMIGHAgEAMBMGByqGSM49AgEGCCqG\n-----END PRIVATE KEY-----\n');
    t.write('default.conf', 'server {\n  listen 80 default_server;\n  listen 443 ssl;\n}\n');
    expect(await t.ok('kubectl create secret tls nginxsecret --key /tmp/nginx.key --cert /tmp/nginx.crt')).toBe('secret/nginxsecret created\n');
    expect(await t.ok('kubectl create configmap nginxconfigmap --from-file=default.conf')).toBe('configmap/nginxconfigmap created\n');
    expect(table(await t.ok('kubectl get secrets'))).toContainEqual(expect.objectContaining({ NAME: 'nginxsecret', TYPE: 'kubernetes.io/tls', DATA: '2' }));
    expect(table(await t.ok('kubectl get configmaps'))).toContainEqual(expect.objectContaining({ NAME: 'nginxconfigmap', DATA: '1' }));
    expect(await t.ok('kubectl apply -f https://k8s.io/examples/service/networking/curlpod.yaml')).toBe('deployment.apps/curl-deployment created\n');
    const pod = table(await t.ok('kubectl get pods -l app=curlpod'))[0];
    expect(pod).toMatchObject({ READY: '1/1', STATUS: 'Running' });
    expect(await t.ok(`kubectl exec ${pod.NAME} -- ls /etc/nginx/ssl`)).toBe('tls.crt\ntls.key\n');
  });
});
