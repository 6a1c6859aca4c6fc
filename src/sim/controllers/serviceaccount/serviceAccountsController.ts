/**
 * Every active namespace gets a `default` ServiceAccount (pkg/controller/serviceaccount) and the
 * `kube-root-ca.crt` ConfigMap (the root CA publisher) that pods' token volumes project.
 */
import type { Namespace } from 'kubernetes-types/core/v1';
import type { Clock } from '../../../common/clock';
import { isApiError } from '../../api/errors';
import type { KubeObject } from '../../api/types';
import { CONFIGMAPS, NAMESPACES, SERVICEACCOUNTS } from '../../api/resources';
import type { Informer, SharedInformerFactory } from '../../client/informer';
import type { Runnable } from '../../client/runnable';
import type { ClusterClient } from '../../client/types';
import { WorkQueue } from '../../client/workQueue';

export const ROOT_CA_CONFIGMAP = 'kube-root-ca.crt';

/** A placeholder certificate: the shape learners see in `kubectl get cm kube-root-ca.crt -o yaml`. */
export const ROOT_CA_PEM = `-----BEGIN CERTIFICATE-----
MIIDBjCCAe6gAwIBAgIBATANBgkqhkiG9w0BAQsFADAVMRMwEQYDVQQDEwptaW5p
a3ViZUNBMB4XDTI0MDYwMTAwMDAwMFoXDTM0MDUzMDAwMDAwMFowFTETMBEGA1UE
AxMKbWluaWt1YmVDQTCCASIwDQYJKoZIhvcNAQEBBQADggEPADCCAQoCggEBAK1s
-----END CERTIFICATE-----
`;

export class ServiceAccountsController implements Runnable {
  readonly name = 'serviceaccount-controller';
  readonly queue: WorkQueue;
  private readonly namespaces: Informer<Namespace>;

  constructor(private readonly deps: { client: ClusterClient; informers: SharedInformerFactory; clock: Clock }) {
    this.queue = new WorkQueue(deps.clock);
    this.namespaces = deps.informers.for<Namespace>(NAMESPACES);
    const enqueue = (ns: Namespace) => this.queue.add(ns.metadata!.name!);
    this.namespaces.addHandler({ onAdd: enqueue, onUpdate: (_o, ns) => enqueue(ns) });
    // A deleted `default` account or CA ConfigMap comes back, as on a real cluster.
    deps.informers.for(SERVICEACCOUNTS).addHandler({ onDelete: (sa) => sa.metadata.name === 'default' && this.queue.add(sa.metadata.namespace!) });
    deps.informers.for(CONFIGMAPS).addHandler({ onDelete: (cm) => cm.metadata.name === ROOT_CA_CONFIGMAP && this.queue.add(cm.metadata.namespace!) });
  }

  sync(name: string): void {
    const ns = this.namespaces.get('', name);
    if (!ns || ns.metadata.deletionTimestamp) return;
    this.ensure(SERVICEACCOUNTS, { apiVersion: 'v1', kind: 'ServiceAccount', metadata: { name: 'default', namespace: name } }, name);
    this.ensure(
      CONFIGMAPS,
      {
        apiVersion: 'v1',
        kind: 'ConfigMap',
        metadata: { name: ROOT_CA_CONFIGMAP, namespace: name, annotations: { 'kubernetes.io/description': 'Contains a CA bundle that can be used to verify the kube-apiserver when using internal endpoints such as the internal service IP or kubernetes.default.svc. No other usage is guaranteed across distributions of Kubernetes clusters.' } },
        data: { 'ca.crt': ROOT_CA_PEM },
      },
      name,
    );
  }

  private ensure(resource: typeof SERVICEACCOUNTS, obj: KubeObject & { metadata: { name: string } }, namespace: string): void {
    try {
      this.deps.client.get(resource, obj.metadata.name, { namespace });
    } catch (e) {
      if (!isApiError(e, 'NotFound')) throw e;
      try {
        this.deps.client.create(resource, obj, { namespace });
      } catch (err) {
        // The namespace started terminating in between: nothing to do.
        if (!isApiError(err, 'Forbidden') && !isApiError(err, 'AlreadyExists')) throw err;
      }
    }
  }
}
