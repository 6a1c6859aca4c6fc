import type { Deployment, ReplicaSet } from 'kubernetes-types/apps/v1';
import type { ConfigMap, Endpoints, Event, Namespace, Node, Pod, Secret, Service, ServiceAccount } from 'kubernetes-types/core/v1';
import type { Lease } from 'kubernetes-types/coordination/v1';
import type { EndpointSlice } from 'kubernetes-types/discovery/v1';
import { describe, expect, it } from 'vitest';
import { asList, printJson, printTable, printYaml } from './print';
import { printName } from './name';
import { NOW, ago } from './testing';

const meta = (name: string, age: number, extra: object = {}) => ({ name, namespace: 'default', creationTimestamp: ago(age), ...extra });

const pods: Pod[] = [
  {
    apiVersion: 'v1',
    kind: 'Pod',
    metadata: meta('web-7d4b9c8f5b-x2x9k', 10, { labels: { app: 'web', 'pod-template-hash': '7d4b9c8f5b' } }),
    spec: { nodeName: 'minikube', containers: [{ name: 'nginx', image: 'nginx' }] },
    status: {
      phase: 'Running',
      podIPs: [{ ip: '10.244.0.5' }],
      containerStatuses: [{ name: 'nginx', ready: true, restartCount: 0, image: 'nginx', imageID: '', state: { running: {} } }],
    },
  },
  {
    apiVersion: 'v1',
    kind: 'Pod',
    metadata: { ...meta('db', 3700), namespace: 'data' },
    spec: { containers: [{ name: 'db', image: 'postgres' }] },
    status: { phase: 'Pending' },
  },
];

const deployment: Deployment = {
  apiVersion: 'apps/v1',
  kind: 'Deployment',
  metadata: meta('web', 125),
  spec: {
    replicas: 3,
    selector: { matchLabels: { app: 'web' } },
    template: { spec: { containers: [{ name: 'nginx', image: 'nginx:1.25' }, { name: 'log', image: 'busybox' }] } },
  },
  status: { replicas: 3, readyReplicas: 2, updatedReplicas: 3, availableReplicas: 2 },
};

const replicaSet: ReplicaSet = {
  apiVersion: 'apps/v1',
  kind: 'ReplicaSet',
  metadata: meta('web-7d4b9c8f5b', 125),
  spec: {
    replicas: 3,
    selector: { matchLabels: { app: 'web', 'pod-template-hash': '7d4b9c8f5b' } },
    template: { spec: { containers: [{ name: 'nginx', image: 'nginx:1.25' }] } },
  },
  status: { replicas: 3, readyReplicas: 3 },
};

const services: Service[] = [
  {
    apiVersion: 'v1',
    kind: 'Service',
    metadata: meta('kubernetes', 90 * 86400),
    spec: { type: 'ClusterIP', clusterIPs: ['10.96.0.1'], ports: [{ port: 443, protocol: 'TCP' }] },
  },
  {
    apiVersion: 'v1',
    kind: 'Service',
    metadata: meta('web', 30),
    spec: { type: 'NodePort', clusterIPs: ['10.96.12.34'], selector: { app: 'web' }, ports: [{ port: 80, nodePort: 30080, protocol: 'TCP' }] },
  },
  {
    apiVersion: 'v1',
    kind: 'Service',
    metadata: meta('lb', 30),
    spec: {
      type: 'LoadBalancer',
      clusterIPs: ['10.96.7.7'],
      ports: [
        { port: 80, nodePort: 31000, protocol: 'TCP' },
        { port: 53, nodePort: 31001, protocol: 'UDP' },
      ],
    },
  },
  { apiVersion: 'v1', kind: 'Service', metadata: meta('ext', 30), spec: { type: 'ExternalName', externalName: 'example.com' } },
];

const nodes: Node[] = [
  {
    apiVersion: 'v1',
    kind: 'Node',
    metadata: { name: 'minikube', creationTimestamp: ago(3 * 86400), labels: { 'node-role.kubernetes.io/control-plane': '' } },
    status: {
      conditions: [{ type: 'Ready', status: 'True' }],
      addresses: [{ type: 'InternalIP', address: '192.168.49.2' }, { type: 'Hostname', address: 'minikube' }],
      nodeInfo: {
        kubeletVersion: 'v1.32.0',
        osImage: 'Ubuntu 22.04.4 LTS',
        kernelVersion: '5.15.0-1057-gcp',
        containerRuntimeVersion: 'docker://27.4.1',
        architecture: 'amd64',
        bootID: '',
        kubeProxyVersion: '',
        machineID: '',
        operatingSystem: 'linux',
        systemUUID: '',
      },
    },
  },
  {
    apiVersion: 'v1',
    kind: 'Node',
    metadata: { name: 'worker-1', creationTimestamp: ago(3 * 86400) },
    spec: { unschedulable: true },
    status: { conditions: [{ type: 'Ready', status: 'Unknown' }] },
  },
  { apiVersion: 'v1', kind: 'Node', metadata: { name: 'worker-2', creationTimestamp: ago(60) } },
];

describe('printTable', () => {
  it('pods', () => {
    expect(printTable(pods, { now: NOW })).toBe(
      'NAME                   READY   STATUS    RESTARTS   AGE\n' +
        'web-7d4b9c8f5b-x2x9k   1/1     Running   0          10s\n' +
        'db                     0/1     Pending   0          61m\n',
    );
  });

  it('pods -o wide -A', () => {
    expect(printTable(pods, { now: NOW, wide: true, namespaceColumn: true })).toBe(
      'NAMESPACE   NAME                   READY   STATUS    RESTARTS   AGE   IP           NODE       NOMINATED NODE   READINESS GATES\n' +
        'default     web-7d4b9c8f5b-x2x9k   1/1     Running   0          10s   10.244.0.5   minikube   <none>           <none>\n' +
        'data        db                     0/1     Pending   0          61m   <none>       <none>     <none>           <none>\n',
    );
  });

  it('pods --show-labels, -L, --no-headers', () => {
    expect(printTable(pods.slice(0, 1), { now: NOW, showLabels: true, labelColumns: ['app', 'example.com/tier'], noHeaders: true })).toBe(
      'web-7d4b9c8f5b-x2x9k   1/1   Running   0     10s   web         app=web,pod-template-hash=7d4b9c8f5b\n',
    );
    expect(printTable(pods.slice(0, 1), { now: NOW, showLabels: true, labelColumns: ['app', 'example.com/tier'] })).toBe(
      'NAME                   READY   STATUS    RESTARTS   AGE   APP   TIER   LABELS\n' +
        'web-7d4b9c8f5b-x2x9k   1/1     Running   0          10s   web          app=web,pod-template-hash=7d4b9c8f5b\n',
    );
  });

  it('deployments, default and wide', () => {
    expect(printTable([deployment], { now: NOW })).toBe(
      'NAME   READY   UP-TO-DATE   AVAILABLE   AGE\n' + 'web    2/3     3            2           2m5s\n',
    );
    expect(printTable([deployment], { now: NOW, wide: true })).toBe(
      'NAME   READY   UP-TO-DATE   AVAILABLE   AGE    CONTAINERS   IMAGES               SELECTOR\n' +
        'web    2/3     3            2           2m5s   nginx,log    nginx:1.25,busybox   app=web\n',
    );
  });

  it('replicasets -o wide', () => {
    expect(printTable([replicaSet], { now: NOW, wide: true })).toBe(
      'NAME             DESIRED   CURRENT   READY   AGE    CONTAINERS   IMAGES       SELECTOR\n' +
        'web-7d4b9c8f5b   3         3         3       2m5s   nginx        nginx:1.25   app=web,pod-template-hash=7d4b9c8f5b\n',
    );
  });

  it('services -o wide', () => {
    expect(printTable(services, { now: NOW, wide: true })).toBe(
      'NAME         TYPE           CLUSTER-IP    EXTERNAL-IP   PORT(S)                     AGE   SELECTOR\n' +
        'kubernetes   ClusterIP      10.96.0.1     <none>        443/TCP                     90d   <none>\n' +
        'web          NodePort       10.96.12.34   <none>        80:30080/TCP                30s   app=web\n' +
        'lb           LoadBalancer   10.96.7.7     <pending>     80:31000/TCP,53:31001/UDP   30s   <none>\n' +
        'ext          ExternalName   <none>        example.com   <none>                      30s   <none>\n',
    );
  });

  it('nodes -o wide', () => {
    expect(printTable(nodes, { now: NOW, wide: true })).toBe(
      'NAME       STATUS                        ROLES           AGE   VERSION   INTERNAL-IP    EXTERNAL-IP   OS-IMAGE             KERNEL-VERSION    CONTAINER-RUNTIME\n' +
        'minikube   Ready                         control-plane   3d    v1.32.0   192.168.49.2   <none>        Ubuntu 22.04.4 LTS   5.15.0-1057-gcp   docker://27.4.1\n' +
        'worker-1   NotReady,SchedulingDisabled   <none>          3d              <none>         <none>        <unknown>            <unknown>         <unknown>\n' +
        'worker-2   Unknown                       <none>          60s             <none>         <none>        <unknown>            <unknown>         <unknown>\n',
    );
  });

  it('nodes ignore -A (cluster-scoped)', () => {
    expect(printTable(nodes.slice(2), { now: NOW, namespaceColumn: true })).toBe(
      'NAME       STATUS    ROLES    AGE   VERSION\n' + 'worker-2   Unknown   <none>   60s   \n',
    );
  });

  it('several kinds: kind/ names, one table each, a blank line between', () => {
    expect(printTable([pods[0], deployment], { now: NOW, showKind: true })).toBe(
      'NAME                       READY   STATUS    RESTARTS   AGE\n' +
        'pod/web-7d4b9c8f5b-x2x9k   1/1     Running   0          10s\n' +
        '\n' +
        'NAME                  READY   UP-TO-DATE   AVAILABLE   AGE\n' +
        'deployment.apps/web   2/3     3            2           2m5s\n',
    );
  });

  it('nothing to print', () => {
    expect(printTable([], { now: NOW })).toBe('');
  });
});

describe('printTable, other kinds', () => {
  const ns: Namespace = { apiVersion: 'v1', kind: 'Namespace', metadata: { name: 'default', creationTimestamp: ago(86400 * 3) }, status: { phase: 'Active' } };
  const ep: Endpoints = {
    apiVersion: 'v1',
    kind: 'Endpoints',
    metadata: meta('web', 30),
    subsets: [
      {
        addresses: [{ ip: '10.244.0.5' }, { ip: '10.244.0.6' }, { ip: '10.244.0.7' }],
        ports: [{ port: 80, protocol: 'TCP' }, { port: 443, protocol: 'TCP' }],
      },
    ],
  };
  const slice: EndpointSlice = {
    apiVersion: 'discovery.k8s.io/v1',
    kind: 'EndpointSlice',
    metadata: meta('web-abc12', 30),
    addressType: 'IPv4',
    ports: [{ port: 80, name: '' }],
    endpoints: [{ addresses: ['10.244.0.5'] }, { addresses: ['10.244.0.6'] }],
  };
  const event: Event = {
    apiVersion: 'v1',
    kind: 'Event',
    metadata: meta('web.17c', 10),
    involvedObject: { kind: 'Pod', name: 'web-7d4b9c8f5b-x2x9k', namespace: 'default' },
    reason: 'Scheduled',
    type: 'Normal',
    message: 'Successfully assigned default/web-7d4b9c8f5b-x2x9k to minikube',
    source: { component: 'default-scheduler' },
    firstTimestamp: ago(10),
    lastTimestamp: ago(10),
    count: 1,
  };
  const cm: ConfigMap = { apiVersion: 'v1', kind: 'ConfigMap', metadata: meta('kube-root-ca.crt', 600), data: { 'ca.crt': 'x' } };
  const secret: Secret = { apiVersion: 'v1', kind: 'Secret', metadata: meta('creds', 5), type: 'Opaque', data: { user: 'YQ==', password: 'Yg==' } };
  const sa: ServiceAccount = { apiVersion: 'v1', kind: 'ServiceAccount', metadata: meta('default', 600) };
  const lease: Lease = {
    apiVersion: 'coordination.k8s.io/v1',
    kind: 'Lease',
    metadata: { name: 'minikube', namespace: 'kube-node-lease', creationTimestamp: ago(600) },
    spec: { holderIdentity: 'minikube' },
  };
  const role = { apiVersion: 'rbac.authorization.k8s.io/v1', kind: 'Role', metadata: meta('reader', 600) };

  it.each<[string, object[], string]>([
    ['namespaces', [ns], 'NAME      STATUS   AGE\ndefault   Active   3d\n'],
    ['endpoints, three shown', [ep], 'NAME   ENDPOINTS                                               AGE\nweb    10.244.0.5:80,10.244.0.6:80,10.244.0.7:80 + 3 more...   30s\n'],
    ['endpointslices', [slice], 'NAME        ADDRESSTYPE   PORTS   ENDPOINTS               AGE\nweb-abc12   IPv4          80      10.244.0.5,10.244.0.6   30s\n'],
    [
      'events',
      [event],
      'LAST SEEN   TYPE     REASON      OBJECT                     MESSAGE\n' +
        '10s         Normal   Scheduled   pod/web-7d4b9c8f5b-x2x9k   Successfully assigned default/web-7d4b9c8f5b-x2x9k to minikube\n',
    ],
    ['configmaps', [cm], 'NAME               DATA   AGE\nkube-root-ca.crt   1      10m\n'],
    ['secrets', [secret], 'NAME    TYPE     DATA   AGE\ncreds   Opaque   2      5s\n'],
    ['serviceaccounts', [sa], 'NAME      SECRETS   AGE\ndefault   0         10m\n'],
    ['leases', [lease], 'NAME       HOLDER     AGE\nminikube   minikube   10m\n'],
    ['a kind without a printer', [role], 'NAME     AGE\nreader   10m\n'],
  ])('%s', (_name, objects, want) => {
    expect(printTable(objects as never, { now: NOW })).toBe(want);
  });
});

describe('printName', () => {
  it.each([
    ['core', pods[0], 'pod/web-7d4b9c8f5b-x2x9k'],
    ['grouped', deployment, 'deployment.apps/web'],
  ])('%s', (_name, obj, want) => {
    expect(printName(obj)).toBe(want);
  });
});

describe('printYaml / printJson', () => {
  const ns = { apiVersion: 'v1', kind: 'Namespace', metadata: { name: 'dev', creationTimestamp: '2024-05-01T12:00:00Z' }, spec: { finalizers: ['kubernetes'] } };

  it('a List of objects', () => {
    expect(printYaml(asList([ns]))).toBe(
      'apiVersion: v1\nitems:\n- apiVersion: v1\n  kind: Namespace\n  metadata:\n    creationTimestamp: "2024-05-01T12:00:00Z"\n    name: dev\n' +
        '  spec:\n    finalizers:\n    - kubernetes\nkind: List\nmetadata:\n  resourceVersion: ""\n',
    );
  });

  it('JSON sorts keys, indents by four, escapes like Go', () => {
    expect(printJson({ kind: 'ConfigMap', data: { html: '<a&b>', nl: 'x\ny' }, apiVersion: 'v1', items: [] })).toBe(
      '{\n    "apiVersion": "v1",\n    "data": {\n        "html": "\\u003ca\\u0026b\\u003e",\n        "nl": "x\\ny"\n    },\n    "items": [],\n    "kind": "ConfigMap"\n}\n',
    );
  });
});

describe('terminal escaping', () => {
  it('cells cannot carry escape sequences', () => {
    const cm = { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'x\x1b[31m', namespace: 'default', creationTimestamp: ago(1) } };
    expect(printTable([cm], { now: NOW })).toBe('NAME      DATA   AGE\nx^[[31m   0      1s\n');
  });
});
