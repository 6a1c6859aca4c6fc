/**
 * Where the playground's clusters "listen" and who the learner is, per cluster profile, as the
 * real tools write kubeconfig: minikube's https://192.168.49.2:8443 with certificate files and
 * user `minikube-user`; kubeadm's https://…:6443 with embedded data and `kubernetes-admin`.
 */
import type { KubectlContext } from '../../context';

export interface ClusterEndpoint {
  server: string;
  /** The client certificate's CN and groups, what `auth whoami` shows. */
  username: string;
  groups: string[];
  /** Certificate files (minikube) rather than embedded data (kubeadm, microk8s). */
  files?: { ca: string; cert: string; key: string };
}

const MINIKUBE_HOME = '/home/learner/.minikube';

const ENDPOINTS: Record<string, ClusterEndpoint> = {
  minikube: {
    server: 'https://192.168.49.2:8443',
    username: 'minikube-user',
    groups: ['system:masters', 'system:authenticated'],
    files: { ca: `${MINIKUBE_HOME}/ca.crt`, cert: `${MINIKUBE_HOME}/profiles/minikube/client.crt`, key: `${MINIKUBE_HOME}/profiles/minikube/client.key` },
  },
  kubernetes: { server: 'https://172.30.1.2:6443', username: 'kubernetes-admin', groups: ['kubeadm:cluster-admins', 'system:authenticated'] },
  'microk8s-cluster': { server: 'https://127.0.0.1:16443', username: 'admin', groups: ['system:masters', 'system:authenticated'] },
};

/** The endpoint of the current context's cluster (minikube's when the cluster is unknown). */
export function currentEndpoint(ctx: KubectlContext): ClusterEndpoint & { cluster: string; user: string } {
  const context = ctx.kubeconfig.contexts.find((c) => c.name === ctx.kubeconfig.currentContext) ?? ctx.kubeconfig.contexts[0];
  const cluster = context?.cluster ?? 'minikube';
  return { ...(ENDPOINTS[cluster] ?? ENDPOINTS.minikube), cluster, user: context?.user ?? 'minikube' };
}

export function endpointFor(cluster: string): ClusterEndpoint {
  return ENDPOINTS[cluster] ?? ENDPOINTS.minikube;
}
