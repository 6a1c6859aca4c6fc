/**
 * Applies one manifest to a fresh minikube-profile cluster the way a learner would, lets 90
 * virtual seconds pass, and reads back the pods as `kubectl get pods -A` prints them.
 */
import { SimHost } from '../../bridge/worker/simHost';

export interface PodRow {
  namespace: string;
  name: string;
  /** `1/1`, `0/2` … */
  ready: string;
  status: string;
}

export interface ManifestOutcome {
  exitCode: number;
  stderr: string;
  /** The manifest's pods: the cluster's own (control plane, CoreDNS, storage-provisioner) left out. */
  pods: PodRow[];
}

/** The pods every fresh minikube cluster runs before anything is applied. */
const SYSTEM_POD = /^(coredns-|etcd-minikube$|kube-apiserver-minikube$|kube-controller-manager-minikube$|kube-proxy-|kube-scheduler-minikube$|storage-provisioner$)/;

export const WAIT_SECONDS = 90;

export async function runManifest(text: string): Promise<ManifestOutcome> {
  const host = new SimHost({ seed: 1, timeMode: 'instant', settle: true, startTimeMs: Date.UTC(2025, 0, 15) });
  host.writeFile('m.yaml', text);
  const applied = await host.exec('kubectl apply -f m.yaml');
  await host.exec(`sleep ${WAIT_SECONDS}`);
  const listed = await host.exec('kubectl get pods -A --no-headers');
  const pods = listed.stdout
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => {
      const [namespace, name, ready, status] = l.split(/\s+/);
      return { namespace, name, ready, status };
    })
    .filter((p) => !(p.namespace === 'kube-system' && SYSTEM_POD.test(p.name)));
  return { exitCode: applied.exitCode, stderr: applied.stderr, pods };
}

/** Running with every container ready, or a finished Job pod. */
export function isHealthy(p: PodRow): boolean {
  if (p.status === 'Completed') return true;
  const [ready, total] = p.ready.split('/');
  return p.status === 'Running' && ready === total;
}
