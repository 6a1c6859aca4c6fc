/** kubernetes.io/docs/tutorials/stateful-application/basic-stateful-set/, command by command. */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Tutorial, column, examplesFetch, table } from './tutorialDriver';

beforeEach(() => vi.stubGlobal('fetch', examplesFetch));
afterEach(() => vi.unstubAllGlobals());

describe('StatefulSet Basics', () => {
  it('creates web-0 then web-1 with stable names, DNS and storage', async () => {
    const t = new Tutorial();
    expect(await t.ok('kubectl apply -f https://k8s.io/examples/application/web/web.yaml')).toBe('service/nginx created\nstatefulset.apps/web created\n');
    expect(table(await t.ok('kubectl get service nginx'))[0]).toMatchObject({ NAME: 'nginx', TYPE: 'ClusterIP', 'CLUSTER-IP': 'None', 'PORT(S)': '80/TCP' });
    expect(table(await t.ok('kubectl get statefulset web'))[0]).toMatchObject({ NAME: 'web', READY: '2/2' });
    const pods = table(await t.ok('kubectl get pods -l app=nginx'));
    expect(pods.map((p) => [p.NAME, p.READY, p.STATUS])).toEqual([['web-0', '1/1', 'Running'], ['web-1', '1/1', 'Running']]);
    const created = await t.ok(`kubectl get pods -l app=nginx -o jsonpath='{range .items[*]}{.metadata.name} {.metadata.creationTimestamp}{"\\n"}{end}'`);
    const [t0, t1] = created.trim().split('\n').map((l) => Date.parse(l.split(' ')[1]));
    expect(t1).toBeGreaterThan(t0);

    expect(await t.ok(`for i in 0 1; do kubectl exec "web-$i" -- sh -c 'hostname'; done`)).toBe('web-0\nweb-1\n');
    await t.output('kubectl run -i --tty --image busybox:1.28 dns-test --restart=Never --rm');
    const ns = (await t.run('nslookup web-0.nginx')).stdout;
    expect(ns).toMatch(/^Server: +10\.96\.0\.10\nAddress 1: 10\.96\.0\.10 kube-dns\.kube-system\.svc\.cluster\.local\n\nName: +web-0\.nginx\nAddress 1: 10\.244\.\d+\.\d+ web-0\.nginx\.default\.svc\.cluster\.local\n$/);
    await t.run('exit');

    const pvc = table(await t.ok('kubectl get pvc -l app=nginx'));
    expect(pvc.map((r) => [r.NAME, r.STATUS, r.CAPACITY, r['ACCESS MODES']])).toEqual([['www-web-0', 'Bound', '1Gi', 'RWO'], ['www-web-1', 'Bound', '1Gi', 'RWO']]);
    await t.ok(`for i in 0 1; do kubectl exec "web-$i" -- sh -c 'echo "$(hostname)" > /usr/share/nginx/html/index.html'; done`);
    expect(await t.ok(`for i in 0 1; do kubectl exec -i -t "web-$i" -- curl http://localhost/; done`)).toBe('web-0\nweb-1\n');
    await t.ok('kubectl delete pod -l app=nginx');
    expect(column(await t.ok('kubectl get pods -l app=nginx'), 'STATUS')).toEqual(['Running', 'Running']);
    expect(await t.ok(`for i in 0 1; do kubectl exec -i -t "web-$i" -- curl http://localhost/; done`)).toBe('web-0\nweb-1\n');
  });

  it('scales in order, updates with a partition, and supports OnDelete and Parallel', async () => {
    const t = new Tutorial();
    await t.ok('kubectl apply -f https://k8s.io/examples/application/web/web.yaml');
    expect(await t.ok('kubectl scale sts web --replicas=5')).toBe('statefulset.apps/web scaled\n');
    expect(column(await t.ok('kubectl get pods -l app=nginx'), 'NAME')).toEqual(['web-0', 'web-1', 'web-2', 'web-3', 'web-4']);
    expect(await t.ok(`kubectl patch sts web -p '{"spec":{"replicas":3}}'`)).toBe('statefulset.apps/web patched\n');
    expect(column(await t.ok('kubectl get pods -l app=nginx'), 'NAME')).toEqual(['web-0', 'web-1', 'web-2']);
    expect(column(await t.ok('kubectl get pvc -l app=nginx'), 'NAME')).toHaveLength(5);

    await t.ok(`kubectl patch statefulset web -p '{"spec":{"updateStrategy":{"type":"RollingUpdate","rollingUpdate":{"partition":2}}}}'`);
    await t.ok(`kubectl patch statefulset web --type='json' -p='[{"op": "replace", "path": "/spec/template/spec/containers/0/image", "value":"registry.k8s.io/nginx-slim:0.21"}]'`);
    const images = async () => (await t.ok(`for p in 0 1 2; do kubectl get pod "web-$p" --template '{{range $i, $c := .spec.containers}}{{$c.image}}{{end}}'; echo; done`)).trim().split('\n');
    expect(await images()).toEqual(['registry.k8s.io/nginx-slim:0.24', 'registry.k8s.io/nginx-slim:0.24', 'registry.k8s.io/nginx-slim:0.21']);
    await t.ok(`kubectl patch statefulset web -p '{"spec":{"updateStrategy":{"type":"RollingUpdate","rollingUpdate":{"partition":0}}}}'`);
    expect(await images()).toEqual(['registry.k8s.io/nginx-slim:0.21', 'registry.k8s.io/nginx-slim:0.21', 'registry.k8s.io/nginx-slim:0.21']);

    await t.ok(`kubectl patch statefulset web -p '{"spec":{"updateStrategy":{"type":"OnDelete", "rollingUpdate": null}}}'`);
    await t.ok(`kubectl patch statefulset web --type='json' -p='[{"op": "replace", "path": "/spec/template/spec/containers/0/image", "value":"registry.k8s.io/nginx-slim:0.24"}]'`);
    expect(await images()).toEqual(['registry.k8s.io/nginx-slim:0.21', 'registry.k8s.io/nginx-slim:0.21', 'registry.k8s.io/nginx-slim:0.21']);
    await t.ok('kubectl delete pod web-1');
    expect((await images())[1]).toBe('registry.k8s.io/nginx-slim:0.24');

    expect(await t.ok('kubectl delete statefulset web')).toBe('statefulset.apps "web" deleted\n');
    await t.ok('kubectl delete service nginx');
    expect(await t.ok('kubectl apply -f https://k8s.io/examples/application/web/web-parallel.yaml')).toBe('service/nginx created\nstatefulset.apps/web created\n');
    const parallel = await t.ok(`kubectl get pods -l app=nginx -o jsonpath='{range .items[*]}{.metadata.creationTimestamp}{"\\n"}{end}'`);
    const stamps = parallel.trim().split('\n');
    expect(stamps).toHaveLength(2);
    expect(stamps[0]).toBe(stamps[1]);
  });
});
