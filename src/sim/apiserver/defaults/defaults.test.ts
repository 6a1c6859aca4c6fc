import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import type { KubeObject } from '../../api/types';
import { applyDefaults } from './index';
import { decodeBase64, encodeBase64 } from '../../../common/base64';
import { defaultImagePullPolicy, imageTag } from './container';

const defaulted = (key: string, yaml: string): KubeObject => {
  const obj = parse(yaml) as KubeObject;
  applyDefaults(key, obj);
  return obj;
};

describe('applyDefaults: Deployment from `kubectl create deployment x --image=nginx`', () => {
  // Exactly what kubectl v1.32 sends (`--dry-run=client -o yaml`).
  const sent = `
apiVersion: apps/v1
kind: Deployment
metadata:
  creationTimestamp: null
  labels:
    app: x
  name: x
spec:
  replicas: 1
  selector:
    matchLabels:
      app: x
  strategy: {}
  template:
    metadata:
      creationTimestamp: null
      labels:
        app: x
    spec:
      containers:
      - image: nginx
        name: nginx
        resources: {}
status: {}
`;
  // What `kubectl get deploy x -o yaml` shows for spec on a v1.32 cluster.
  const readBack = `
progressDeadlineSeconds: 600
replicas: 1
revisionHistoryLimit: 10
selector:
  matchLabels:
    app: x
strategy:
  rollingUpdate:
    maxSurge: 25%
    maxUnavailable: 25%
  type: RollingUpdate
template:
  metadata:
    creationTimestamp: null
    labels:
      app: x
  spec:
    containers:
    - image: nginx
      imagePullPolicy: Always
      name: nginx
      resources: {}
      terminationMessagePath: /dev/termination-log
      terminationMessagePolicy: File
    dnsPolicy: ClusterFirst
    restartPolicy: Always
    schedulerName: default-scheduler
    securityContext: {}
    terminationGracePeriodSeconds: 30
`;
  it('fills in the spec a real server reads back', () => {
    expect(defaulted('deployments.apps', sent).spec).toEqual(parse(readBack));
  });

  it('keeps what the client chose', () => {
    const d = defaulted('deployments.apps', `spec: {replicas: 0, revisionHistoryLimit: 2, strategy: {type: Recreate}, template: {spec: {containers: [{name: a, image: a}]}}}`);
    expect(d.spec).toMatchObject({ replicas: 0, revisionHistoryLimit: 2, strategy: { type: 'Recreate' } });
    expect((d.spec as { strategy: object }).strategy).not.toHaveProperty('rollingUpdate');
  });

  it('defaults only the missing half of rollingUpdate', () => {
    const d = defaulted('deployments.apps', `spec: {strategy: {rollingUpdate: {maxSurge: 1}}, template: {spec: {containers: []}}}`);
    expect((d.spec as { strategy: unknown }).strategy).toEqual({ type: 'RollingUpdate', rollingUpdate: { maxSurge: 1, maxUnavailable: '25%' } });
  });
});

describe('applyDefaults: Pod', () => {
  it('gives a bare pod the pod-only defaults on top of the spec defaults', () => {
    const pod = defaulted('pods', `{metadata: {name: p}, spec: {containers: [{name: nginx, image: nginx}]}}`);
    expect(pod.spec).toEqual(
      parse(`
containers:
- image: nginx
  imagePullPolicy: Always
  name: nginx
  resources: {}
  terminationMessagePath: /dev/termination-log
  terminationMessagePolicy: File
dnsPolicy: ClusterFirst
enableServiceLinks: true
restartPolicy: Always
schedulerName: default-scheduler
securityContext: {}
terminationGracePeriodSeconds: 30
`),
    );
  });

  it.each([
    ['ports get TCP', `{ports: [{containerPort: 80}]}`, { ports: [{ containerPort: 80, protocol: 'TCP' }] }],
    ['requests default to limits', `{resources: {limits: {cpu: 500m}, requests: {memory: 1Gi}}}`, { resources: { limits: { cpu: '500m' }, requests: { cpu: '500m', memory: '1Gi' } } }],
    [
      'probes get timings and httpGet its path and scheme',
      `{livenessProbe: {httpGet: {port: 80}}}`,
      { livenessProbe: { httpGet: { port: 80, path: '/', scheme: 'HTTP' }, timeoutSeconds: 1, periodSeconds: 10, successThreshold: 1, failureThreshold: 3 } },
    ],
    ['grpc probes get an empty service', `{readinessProbe: {grpc: {port: 9000}}}`, { readinessProbe: { grpc: { port: 9000, service: '' } } }],
    ['lifecycle httpGet is defaulted too', `{lifecycle: {preStop: {httpGet: {port: 80}}}}`, { lifecycle: { preStop: { httpGet: { port: 80, path: '/', scheme: 'HTTP' } } } }],
    [
      'env field selectors get v1 and resource divisors "0"',
      `{env: [{name: A, valueFrom: {fieldRef: {fieldPath: metadata.name}}}, {name: B, valueFrom: {resourceFieldRef: {resource: limits.cpu}}}]}`,
      { env: [{ name: 'A', valueFrom: { fieldRef: { fieldPath: 'metadata.name', apiVersion: 'v1' } } }, { name: 'B', valueFrom: { resourceFieldRef: { resource: 'limits.cpu', divisor: '0' } } }] },
    ],
  ])('container: %s', (_name, container, expected) => {
    const pod = defaulted('pods', `{spec: {containers: [{name: c, image: nginx:1.25, ${container.slice(1, -1)}}]}}`);
    expect((pod.spec as { containers: object[] }).containers[0]).toMatchObject(expected);
  });

  it.each([
    ['no source is an emptyDir', `{name: v}`, { name: 'v', emptyDir: {} }],
    ['configMap mode 420', `{name: v, configMap: {name: c}}`, { name: 'v', configMap: { name: 'c', defaultMode: 420 } }],
    ['secret mode 420', `{name: v, secret: {secretName: s}}`, { name: 'v', secret: { secretName: 's', defaultMode: 420 } }],
    ['hostPath type ""', `{name: v, hostPath: {path: /data}}`, { name: 'v', hostPath: { path: '/data', type: '' } }],
    [
      'projected: mode, token lifetime, downward API version',
      `{name: v, projected: {sources: [{serviceAccountToken: {path: t}}, {downwardAPI: {items: [{path: n, fieldRef: {fieldPath: metadata.name}}]}}]}}`,
      {
        name: 'v',
        projected: {
          defaultMode: 420,
          sources: [{ serviceAccountToken: { path: 't', expirationSeconds: 3600 } }, { downwardAPI: { items: [{ path: 'n', fieldRef: { fieldPath: 'metadata.name', apiVersion: 'v1' } }] } }],
        },
      },
    ],
    ['explicit modes are kept', `{name: v, configMap: {name: c, defaultMode: 256}}`, { name: 'v', configMap: { name: 'c', defaultMode: 256 } }],
  ])('volume: %s', (_name, volume, expected) => {
    const pod = defaulted('pods', `{spec: {containers: [], volumes: [${volume}]}}`);
    expect((pod.spec as { volumes: object[] }).volumes[0]).toEqual(expected);
  });

  it('host-network pods publish container ports on the host', () => {
    const pod = defaulted('pods', `{spec: {hostNetwork: true, containers: [{name: c, image: i, ports: [{containerPort: 8080}]}]}}`);
    expect((pod.spec as { containers: { ports: object[] }[] }).containers[0].ports[0]).toEqual({ containerPort: 8080, hostPort: 8080, protocol: 'TCP' });
  });

  it('mirrors the deprecated serviceAccount field', () => {
    const pod = defaulted('pods', `{spec: {serviceAccount: robot, containers: []}}`);
    expect(pod.spec).toMatchObject({ serviceAccount: 'robot', serviceAccountName: 'robot' });
  });

  it('does not give ReplicaSet templates pod-only defaults', () => {
    const rs = defaulted('replicasets.apps', `{spec: {template: {spec: {containers: [{name: c, image: i, resources: {limits: {cpu: "1"}}}]}}}}`);
    const spec = rs.spec as { replicas: number; template: { spec: Record<string, unknown> & { containers: { resources: object }[] } } };
    expect(spec.replicas).toBe(1);
    expect(spec.template.spec).not.toHaveProperty('enableServiceLinks');
    expect(spec.template.spec.containers[0].resources).toEqual({ limits: { cpu: '1' } });
  });
});

describe('imagePullPolicy from the image reference', () => {
  it.each([
    ['nginx', 'latest', 'Always'],
    ['nginx:latest', 'latest', 'Always'],
    ['nginx:1.25', '1.25', 'IfNotPresent'],
    ['localhost:5000/nginx', 'latest', 'Always'],
    ['localhost:5000/nginx:v1', 'v1', 'IfNotPresent'],
    ['nginx@sha256:abc', '', 'IfNotPresent'],
    ['nginx:latest@sha256:abc', 'latest', 'Always'],
  ])('%s', (image, tag, policy) => {
    expect(imageTag(image)).toBe(tag);
    expect(defaultImagePullPolicy(image)).toBe(policy);
  });
});

describe('applyDefaults: Service', () => {
  it('defaults `kubectl create service nodeport s --tcp=80:8080` as a server does', () => {
    const svc = defaulted('services', `
apiVersion: v1
kind: Service
metadata: {labels: {app: s}, name: s}
spec:
  ports:
  - {name: 80-8080, port: 80, protocol: TCP, targetPort: 8080}
  selector: {app: s}
  type: NodePort
`);
    expect(svc.spec).toEqual({
      ports: [{ name: '80-8080', port: 80, protocol: 'TCP', targetPort: 8080 }],
      selector: { app: 's' },
      type: 'NodePort',
      sessionAffinity: 'None',
      externalTrafficPolicy: 'Cluster',
      internalTrafficPolicy: 'Cluster',
    });
  });

  it.each([
    ['ClusterIP, targetPort from port', `{ports: [{port: 80}]}`, { type: 'ClusterIP', sessionAffinity: 'None', internalTrafficPolicy: 'Cluster', ports: [{ port: 80, protocol: 'TCP', targetPort: 80 }] }],
    ['named targetPort kept', `{ports: [{port: 80, targetPort: http}]}`, { ports: [{ port: 80, protocol: 'TCP', targetPort: 'http' }] }],
    ['LoadBalancer', `{type: LoadBalancer, ports: [{port: 80}]}`, { externalTrafficPolicy: 'Cluster', internalTrafficPolicy: 'Cluster', allocateLoadBalancerNodePorts: true }],
    ['ClusterIP with externalIPs is external', `{externalIPs: [1.2.3.4], ports: [{port: 80}]}`, { externalTrafficPolicy: 'Cluster' }],
    ['ClientIP affinity gets 3 hours', `{sessionAffinity: ClientIP, ports: [{port: 80}]}`, { sessionAffinityConfig: { clientIP: { timeoutSeconds: 10800 } } }],
  ])('%s', (_name, spec, expected) => {
    expect(defaulted('services', `{spec: ${spec}}`).spec).toMatchObject(expected);
  });

  it('gives ExternalName services no traffic policies', () => {
    const spec = defaulted('services', `{spec: {type: ExternalName, externalName: example.com}}`).spec;
    expect(spec).toEqual({ type: 'ExternalName', externalName: 'example.com', sessionAffinity: 'None' });
  });

  it('gives ClusterIP services no externalTrafficPolicy', () => {
    expect(defaulted('services', `{spec: {ports: [{port: 80}]}}`).spec).not.toHaveProperty('externalTrafficPolicy');
  });
});

describe('applyDefaults: other kinds', () => {
  it('labels, finalizes and activates a Namespace', () => {
    const ns = defaulted('namespaces', `{metadata: {name: dev, labels: {team: a}}}`);
    expect(ns).toEqual({
      metadata: { name: 'dev', labels: { team: 'a', 'kubernetes.io/metadata.name': 'dev' } },
      spec: { finalizers: ['kubernetes'] },
      status: { phase: 'Active' },
    });
  });

  it('types a Secret Opaque and folds stringData into data', () => {
    const s = defaulted('secrets', `{metadata: {name: s}, data: {a: eA==, b: eA==}, stringData: {b: hello, c: "héllo"}}`);
    expect(s).toEqual({ metadata: { name: 's' }, type: 'Opaque', data: { a: 'eA==', b: 'aGVsbG8=', c: 'aMOpbGxv' } });
  });

  it('keeps a Secret type', () => {
    expect(defaulted('secrets', `{type: kubernetes.io/tls}`).type).toBe('kubernetes.io/tls');
  });

  it('gives Endpoints and EndpointSlice ports TCP', () => {
    expect(defaulted('endpoints', `{subsets: [{ports: [{port: 80}]}]}`).subsets).toEqual([{ ports: [{ port: 80, protocol: 'TCP' }] }]);
    expect(defaulted('endpointslices.discovery.k8s.io', `{ports: [{port: 80}]}`).ports).toEqual([{ port: 80, name: '', protocol: 'TCP' }]);
  });

  it('gives a Node allocatable = capacity', () => {
    expect(defaulted('nodes', `{status: {capacity: {cpu: "2"}}}`).status).toEqual({ capacity: { cpu: '2' }, allocatable: { cpu: '2' } });
  });

  it('leaves kinds without defaults alone', () => {
    expect(defaulted('configmaps', `{metadata: {name: c}, data: {a: b}}`)).toEqual({ metadata: { name: 'c' }, data: { a: 'b' } });
  });
});

describe('base64', () => {
  it.each(['', 'a', 'ab', 'abc', 'hello world', 'héllo ✓ 😀'])('round-trips %j', (text) => {
    expect(decodeBase64(encodeBase64(text))).toBe(text);
  });
  it('matches the standard encoding', () => expect(encodeBase64('admin')).toBe('YWRtaW4='));
  it('rejects non-base64', () => expect(decodeBase64('a$b')).toBeUndefined());
});
