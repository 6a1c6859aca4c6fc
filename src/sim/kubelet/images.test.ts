import { describe, expect, it } from 'vitest';
import { resolveImage } from './images';

describe('resolveImage', () => {
  it.each([
    { name: 'bare name gets library/ and latest', image: 'nginx', normalized: 'docker.io/library/nginx:latest', version: '1.27.3' },
    { name: 'tag', image: 'nginx:1.14.2', normalized: 'docker.io/library/nginx:1.14.2', version: '1.14.2' },
    { name: 'alpine tag', image: 'nginx:1.25-alpine', normalized: 'docker.io/library/nginx:1.25-alpine', version: '1.25.5' },
    { name: 'explicit docker.io', image: 'docker.io/library/busybox', normalized: 'docker.io/library/busybox:latest', version: '1.37.0' },
    { name: 'user repository', image: 'polinux/stress', normalized: 'docker.io/polinux/stress:latest', version: '1.0.4' },
    { name: 'registry.k8s.io', image: 'registry.k8s.io/echoserver:1.4', normalized: 'registry.k8s.io/echoserver:1.4', version: '1.4' },
    { name: 'k8s.gcr.io alias', image: 'k8s.gcr.io/echoserver:1.10', normalized: 'k8s.gcr.io/echoserver:1.10', version: '1.10' },
    { name: 'Artifact Registry hello-app', image: 'us-docker.pkg.dev/google-samples/containers/gke/hello-app:1.0', normalized: 'us-docker.pkg.dev/google-samples/containers/gke/hello-app:1.0', version: '1.0.0' },
    { name: 'bootcamp', image: 'gcr.io/google-samples/kubernetes-bootcamp:v1', normalized: 'gcr.io/google-samples/kubernetes-bootcamp:v1', version: '1' },
    { name: 'StatefulSet Basics first image', image: 'registry.k8s.io/nginx-slim:0.21', normalized: 'registry.k8s.io/nginx-slim:0.21', version: '1.19.6' },
    { name: 'StatefulSet Basics patched image', image: 'registry.k8s.io/nginx-slim:0.24', normalized: 'registry.k8s.io/nginx-slim:0.24', version: '1.21.5' },
    { name: 'nginx-slim 0.22', image: 'registry.k8s.io/nginx-slim:0.22', normalized: 'registry.k8s.io/nginx-slim:0.22', version: '1.19.10' },
    { name: 'nginx-slim 0.23', image: 'registry.k8s.io/nginx-slim:0.23', normalized: 'registry.k8s.io/nginx-slim:0.23', version: '1.21.1' },
    { name: 'nginx-slim 0.25', image: 'registry.k8s.io/nginx-slim:0.25', normalized: 'registry.k8s.io/nginx-slim:0.25', version: '1.23.1' },
    { name: 'HPA walkthrough php-apache', image: 'registry.k8s.io/hpa-example', normalized: 'registry.k8s.io/hpa-example:latest', version: '5.6.20' },
  ])('$name', ({ image, normalized, version }) => {
    const r = resolveImage(image);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.normalized).toBe(normalized);
    expect(r.version).toBe(version);
    expect(r.imageID).toMatch(new RegExp(`^${normalized.replace(/:[^:/]+$/, '').replace(/[./]/g, '\\$&')}@sha256:[0-9a-f]{64}$`));
  });

  it('gives tags with the same manifest the same digest, and others different ones', () => {
    const id = (i: string) => {
      const r = resolveImage(i);
      return r.ok ? r.imageID : '';
    };
    expect(id('nginx:latest')).toBe(id('nginx:1.27.3'));
    expect(id('nginx:1.25')).not.toBe(id('nginx:1.26'));
    expect(id('nginx')).toBe(id('nginx:latest'));
  });

  it.each([
    { name: 'small image pulls in about a second', image: 'busybox:1.36', min: 0.4, max: 1 },
    { name: 'nginx in a few seconds', image: 'nginx:1.25', min: 3, max: 8 },
    { name: 'mysql in 10-30 s', image: 'mysql:8.0', min: 10, max: 30 },
  ])('$name', ({ image, min, max }) => {
    const r = resolveImage(image);
    if (!r.ok) throw new Error('expected ok');
    expect(r.pullSeconds).toBeGreaterThanOrEqual(min);
    expect(r.pullSeconds).toBeLessThanOrEqual(max);
  });

  it.each([
    {
      name: 'unknown tag',
      image: 'nginx:no-such-tag',
      error:
        'rpc error: code = NotFound desc = failed to pull and unpack image "docker.io/library/nginx:no-such-tag": failed to resolve reference "docker.io/library/nginx:no-such-tag": docker.io/library/nginx:no-such-tag: not found',
    },
    {
      name: 'unknown repository',
      image: 'non-existing-repo/non-existing-image:example',
      error:
        'rpc error: code = Unknown desc = failed to pull and unpack image "docker.io/non-existing-repo/non-existing-image:example": failed to resolve reference "docker.io/non-existing-repo/non-existing-image:example": pull access denied, repository does not exist or may require authorization: server message: insufficient_scope: authorization failed',
    },
    {
      name: 'unknown image on registry.k8s.io',
      image: 'registry.k8s.io/no-such-image:1.0',
      error:
        'rpc error: code = NotFound desc = failed to pull and unpack image "registry.k8s.io/no-such-image:1.0": failed to resolve reference "registry.k8s.io/no-such-image:1.0": registry.k8s.io/no-such-image:1.0: not found',
    },
    {
      name: 'unknown registry host',
      image: 'myregistry.local:5000/app:v1',
      error:
        'rpc error: code = Unknown desc = failed to pull and unpack image "myregistry.local:5000/app:v1": failed to resolve reference "myregistry.local:5000/app:v1": failed to do request: Head "https://myregistry.local:5000/v2/app/manifests/v1": dial tcp: lookup myregistry.local on 192.168.49.1:53: no such host',
    },
  ])('pull failure: $name', ({ image, error }) => {
    const r = resolveImage(image);
    expect(r).toEqual({ ok: false, reason: 'ErrImagePull', image, error });
  });

  it('rejects names with capitals like the kubelet does', () => {
    expect(resolveImage('Nginx')).toEqual({
      ok: false,
      reason: 'InvalidImageName',
      image: 'Nginx',
      message: 'Failed to apply default image tag "Nginx": couldn\'t parse image name "Nginx": invalid reference format: repository name (library/Nginx) must be lowercase',
    });
  });
});

describe('images of the documentation examples', () => {
  it.each([
    { image: 'gcr.io/google-samples/cassandra:v13', version: '3.11.2' },
    { image: 'docker.io/library/python:3', version: '3.13.1' },
    { image: 'docker.io/library/bash', version: '5.2.37' },
    { image: 'registry.k8s.io/redis@sha256:cb111d1bd870a6a471385a4a69ad17469d326e9dd91e0e455350cacf36e1b3ee', version: '6.0.5' },
    { image: 'us.gcr.io/k8s-artifacts-prod/kas-network-proxy/proxy-agent:v0.0.37', version: '0.0.37' },
  ])('$image pulls', ({ image, version }) => {
    const r = resolveImage(image);
    expect(r.ok && r.version).toBe(version);
  });

  it('a Windows-only image has nothing for a linux node', () => {
    const r = resolveImage('mcr.microsoft.com/windows/servercore:ltsc2019');
    expect(r.ok).toBe(false);
    expect(!r.ok && r.reason === 'ErrImagePull' && r.error).toBe('rpc error: code = NotFound desc = failed to pull and unpack image "mcr.microsoft.com/windows/servercore:ltsc2019": no match for platform in manifest: not found');
  });
});
