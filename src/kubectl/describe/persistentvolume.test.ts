/**
 * "Configure a Pod to Use a PersistentVolume for Storage" (kubernetes.io tasks), step by step on
 * a booted minikube cluster: the printed tables and descriptions are kubectl's, byte for byte.
 */
import { describe, expect, it } from 'vitest';
import { createCluster } from '../../sim';
import { kubectl, testContext } from '../testing/testContext';
import { describePersistentVolumeClaim } from './persistentvolumeclaim';

/** The page's manifests (pods/storage/pv-volume.yaml, pv-claim.yaml, pv-pod.yaml), verbatim. */
const MANIFESTS: Record<string, string> = {
  'pv-volume.yaml': `apiVersion: v1
kind: PersistentVolume
metadata:
  name: task-pv-volume
  labels:
    type: local
spec:
  storageClassName: manual
  capacity:
    storage: 10Gi
  accessModes:
    - ReadWriteOnce
  hostPath:
    path: "/mnt/data"
`,
  'pv-claim.yaml': `apiVersion: v1
kind: PersistentVolumeClaim
metadata:
  name: task-pv-claim
spec:
  storageClassName: manual
  accessModes:
    - ReadWriteOnce
  resources:
    requests:
      storage: 3Gi
`,
  'pv-pod.yaml': `apiVersion: v1
kind: Pod
metadata:
  name: task-pv-pod
spec:
  volumes:
    - name: task-pv-storage
      persistentVolumeClaim:
        claimName: task-pv-claim
  containers:
    - name: task-pv-container
      image: nginx
      ports:
        - containerPort: 80
          name: "http-server"
      volumeMounts:
        - mountPath: "/usr/share/nginx/html"
          name: task-pv-storage
`,
};

/** Ages depend on when each step ran; the AGE column is last, so masking it keeps the layout. */
const masked = (table: string) => table.replace(/\d+[smh]\n/g, 'AGE\n');

function setup() {
  const cluster = createCluster({ seed: 31 });
  const ctx = testContext(cluster.client, { files: MANIFESTS, onSleep: (s) => cluster.advance(s) });
  ctx.now = () => cluster.clock.now();
  const run = async (line: string | string[]) => {
    const r = await kubectl(ctx, line);
    cluster.settle(120);
    return r;
  };
  return { cluster, run };
}

describe('task: configure a pod to use a PersistentVolume for storage', () => {
  it('follows the page', async () => {
    const { cluster, run } = setup();
    // minikube ssh; sudo mkdir /mnt/data; sudo sh -c "echo 'Hello from Kubernetes storage' > /mnt/data/index.html"
    cluster.volumes.writeNodeFile('minikube', '/mnt/data/index.html', 'Hello from Kubernetes storage\n');

    expect((await run('apply -f pv-volume.yaml')).stdout).toBe('persistentvolume/task-pv-volume created\n');
    expect(masked((await run('get pv task-pv-volume')).stdout)).toBe(
      'NAME             CAPACITY   ACCESS MODES   RECLAIM POLICY   STATUS      CLAIM   STORAGECLASS   VOLUMEATTRIBUTESCLASS   REASON   AGE\n' +
        'task-pv-volume   10Gi       RWO            Retain           Available           manual         <unset>                          AGE\n',
    );

    expect((await run('apply -f pv-claim.yaml')).stdout).toBe('persistentvolumeclaim/task-pv-claim created\n');
    expect(masked((await run('get pv task-pv-volume')).stdout)).toBe(
      'NAME             CAPACITY   ACCESS MODES   RECLAIM POLICY   STATUS   CLAIM                   STORAGECLASS   VOLUMEATTRIBUTESCLASS   REASON   AGE\n' +
        'task-pv-volume   10Gi       RWO            Retain           Bound    default/task-pv-claim   manual         <unset>                          AGE\n',
    );
    expect(masked((await run('get pvc task-pv-claim')).stdout)).toBe(
      'NAME            STATUS   VOLUME           CAPACITY   ACCESS MODES   STORAGECLASS   VOLUMEATTRIBUTESCLASS   AGE\n' +
        'task-pv-claim   Bound    task-pv-volume   10Gi       RWO            manual         <unset>                 AGE\n',
    );

    expect((await run('apply -f pv-pod.yaml')).stdout).toBe('pod/task-pv-pod created\n');
    expect((await run('get pod task-pv-pod')).stdout.split('\n')[1]).toMatch(/^task-pv-pod {3}1\/1 {5}Running/);
    const cat = await run(['exec', 'task-pv-pod', '--', 'cat', '/usr/share/nginx/html/index.html']);
    expect(cat.stdout).toBe('Hello from Kubernetes storage\n');
    // kubectl exec -it task-pv-pod -- /bin/bash; curl http://localhost/
    expect((await run(['exec', 'task-pv-pod', '--', 'curl', 'http://localhost/'])).stdout).toBe('Hello from Kubernetes storage\n');

    // `Used By` depends on the pods `kubectl describe` fetches alongside the claim: checked below.
    const pvc = (await run('describe pvc task-pv-claim')).stdout.replace(/^Used By:.*\n/m, '');
    expect(pvc).toBe(
      [
        'Name:          task-pv-claim',
        'Namespace:     default',
        'StorageClass:  manual',
        'Status:        Bound',
        'Volume:        task-pv-volume',
        'Labels:        <none>',
        'Annotations:   pv.kubernetes.io/bind-completed: yes',
        '               pv.kubernetes.io/bound-by-controller: yes',
        'Finalizers:    [kubernetes.io/pvc-protection]',
        'Capacity:      10Gi',
        'Access Modes:  RWO',
        'VolumeMode:    Filesystem',
        'Events:        <none>',
        '',
      ].join('\n'),
    );

    // Clean up: the pod, then the claim, then the volume.
    expect((await run('delete pod task-pv-pod')).stdout).toBe('pod "task-pv-pod" deleted\n');
    expect((await run('delete pvc task-pv-claim')).stdout).toBe('persistentvolumeclaim "task-pv-claim" deleted\n');
    expect((await run('get pv task-pv-volume')).stdout.split('\n')[1]).toMatch(/ Released {3}default\/task-pv-claim /);
    expect((await run('delete pv task-pv-volume')).stdout).toBe('persistentvolume "task-pv-volume" deleted\n');
    expect((await run('get pv')).stderr).toBe('No resources found\n');
    // The data stays on the node, as `minikube ssh; ls /mnt/data` would show.
    expect(cluster.volumes.readNodeFile('minikube', '/mnt/data/index.html')).toBe('Hello from Kubernetes storage\n');
  });

  it('prints the default StorageClass and describes a static volume', async () => {
    const { run } = setup();
    expect(masked((await run('get sc')).stdout)).toBe(
      'NAME                 PROVISIONER                RECLAIMPOLICY   VOLUMEBINDINGMODE   ALLOWVOLUMEEXPANSION   AGE\n' +
        'standard (default)   k8s.io/minikube-hostpath   Delete          Immediate           false                  AGE\n',
    );
    expect((await run('describe sc standard')).stdout).toBe(
      [
        'Name:                  standard',
        'IsDefaultClass:        Yes',
        'Annotations:           storageclass.kubernetes.io/is-default-class=true',
        'Provisioner:           k8s.io/minikube-hostpath',
        'Parameters:            <none>',
        'AllowVolumeExpansion:  <unset>',
        'MountOptions:          <none>',
        'ReclaimPolicy:         Delete',
        'VolumeBindingMode:     Immediate',
        'Events:                <none>',
        '',
      ].join('\n'),
    );
    await run('apply -f pv-volume.yaml');
    expect((await run('describe pv task-pv-volume')).stdout).toBe(
      [
        'Name:            task-pv-volume',
        'Labels:          type=local',
        'Annotations:     <none>',
        'Finalizers:      [kubernetes.io/pv-protection]',
        'StorageClass:    manual',
        'Status:          Available',
        'Claim:           ',
        'Reclaim Policy:  Retain',
        'Access Modes:    RWO',
        'VolumeMode:      Filesystem',
        'Capacity:        10Gi',
        'Node Affinity:   <none>',
        'Message:         ',
        'Source:',
        '    Type:          HostPath (bare host directory volume)',
        '    Path:          /mnt/data',
        '    HostPathType:  ',
        'Events:            <none>',
        '',
      ].join('\n'),
    );
  });
});

describe('describePersistentVolumeClaim', () => {
  const claim = { metadata: { name: 'data', namespace: 'default' }, spec: { storageClassName: 'standard' }, status: { phase: 'Pending' } };
  const pod = (name: string, namespace = 'default', claimName = 'data') => ({ metadata: { name, namespace }, spec: { containers: [], volumes: [{ name: 'v', persistentVolumeClaim: { claimName } }] } });
  it.each([
    ['no pods', [], 'Used By:       <none>\n'],
    ['the pods mounting it, sorted, one per line', [pod('web-b'), pod('other', 'default', 'x'), pod('web-a'), pod('elsewhere', 'dev')], 'Used By:       web-a\n               web-b\n'],
  ])('Used By: %s', (_name, pods, expected) => {
    const out = describePersistentVolumeClaim(claim, pods, undefined, 0);
    expect(out).toContain(`Volume:        \nLabels:        <none>\nAnnotations:   <none>\nFinalizers:    []\nCapacity:      \nAccess Modes:  \n${expected}`);
  });
});
