/**
 * What each describer needs besides the object, fetched the way kubectl's describers do:
 * events about it, a Deployment's ReplicaSets, a ReplicaSet's pods, a Service's EndpointSlices,
 * a Node's pods and Lease, the pods using a claim, a Namespace's quotas.
 */
import type { Event } from 'kubernetes-types/core/v1';
import { isApiError, type ClusterClient, type Stored } from '../../sim';
import { eventsFor, type DescribeRelated } from '../../describe';

const core = (resource: string) => ({ group: '', version: 'v1', resource });

function tryList<T extends object>(client: ClusterClient, r: { group: string; version: string; resource: string }, opts: { namespace?: string; labelSelector?: string; fieldSelector?: string }): T[] {
  try {
    return client.list<T>(r, opts).items;
  } catch (e) {
    // A cluster without that resource simply has nothing to show.
    if (isApiError(e, 'NotFound')) return [];
    throw e;
  }
}

export function relatedObjects(client: ClusterClient, obj: Stored, showEvents: boolean): DescribeRelated {
  const ns = obj.metadata.namespace;
  const kind = obj.kind ?? '';
  const related: DescribeRelated = {};
  if (showEvents) {
    const events = tryList<Event>(client, core('events'), { namespace: ns });
    related.events = eventsFor({ kind, name: obj.metadata.name, namespace: ns, uid: obj.metadata.uid }, events);
  }
  switch (kind) {
    case 'Deployment':
      related.replicaSets = tryList(client, { group: 'apps', version: 'v1', resource: 'replicasets' }, { namespace: ns });
      break;
    case 'ReplicaSet':
    case 'PersistentVolumeClaim':
      related.pods = tryList(client, core('pods'), { namespace: ns });
      break;
    case 'Service':
      related.endpointSlices = tryList(client, { group: 'discovery.k8s.io', version: 'v1', resource: 'endpointslices' }, { namespace: ns, labelSelector: `kubernetes.io/service-name=${obj.metadata.name}` });
      break;
    case 'Node':
      related.pods = tryList(client, core('pods'), { fieldSelector: `spec.nodeName=${obj.metadata.name}` });
      related.lease = tryList<NonNullable<DescribeRelated['lease']>>(client, { group: 'coordination.k8s.io', version: 'v1', resource: 'leases' }, { namespace: 'kube-node-lease' }).find((l) => l.metadata?.name === obj.metadata.name) ?? null;
      break;
    case 'Ingress':
      related.services = tryList(client, core('services'), { namespace: ns });
      related.endpoints = tryList(client, core('endpoints'), { namespace: ns });
      break;
    case 'Namespace':
      related.resourceQuotas = tryList(client, core('resourcequotas'), { namespace: obj.metadata.name });
      related.limitRanges = tryList(client, core('limitranges'), { namespace: obj.metadata.name });
      break;
  }
  return related;
}
