import { describe, expect, it } from 'vitest';
import { FakeClient } from '../testing/fakeClient';
import { kubectl, testContext } from '../testing/testContext';
import { downloadLocation } from './urlManifests';

const CM = 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: from-url\ndata:\n  a: "1"\n';

describe('manifests from URLs', () => {
  it('maps the documentation short links to the examples in the website repository', () => {
    expect(downloadLocation('https://k8s.io/examples/application/deployment.yaml')).toBe('https://raw.githubusercontent.com/kubernetes/website/main/content/en/examples/application/deployment.yaml');
    expect(downloadLocation('https://kubernetes.io/examples/pods/simple-pod.yaml')).toBe('https://raw.githubusercontent.com/kubernetes/website/main/content/en/examples/pods/simple-pod.yaml');
    expect(downloadLocation('https://example.com/x.yaml')).toBe('https://example.com/x.yaml');
  });

  it('downloads -f URLs before applying them', async () => {
    const fetched: string[] = [];
    const ctx = testContext(new FakeClient());
    ctx.fetchUrl = async (url) => (fetched.push(url), { status: 200, statusText: 'OK', body: CM });
    const r = await kubectl(ctx, 'apply -f https://k8s.io/examples/cm.yaml');
    expect(r.stdout).toBe('configmap/from-url created\n');
    expect(fetched).toEqual(['https://raw.githubusercontent.com/kubernetes/website/main/content/en/examples/cm.yaml']);
  });

  it('reports a missing file and an unreachable host like kubectl', async () => {
    const ctx = testContext(new FakeClient());
    ctx.fetchUrl = async () => ({ status: 404, statusText: 'Not Found', body: '404: Not Found' });
    expect((await kubectl(ctx, 'apply -f https://example.com/nope.yaml')).stderr).toBe(
      'error: unable to read URL "https://example.com/nope.yaml", server reported 404 Not Found, status code=404\n',
    );
    ctx.fetchUrl = async () => ({ error: 'no such host' });
    expect((await kubectl(ctx, 'create -f https://example.com/x.yaml')).stderr).toBe('error: Get "https://example.com/x.yaml": dial tcp: lookup example.com: no such host\n');
  });
});
