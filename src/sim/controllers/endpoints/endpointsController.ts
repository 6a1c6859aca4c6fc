/**
 * The Endpoints controller: keeps one Endpoints object per selector-backed Service in step with
 * the ready and not-ready pods it selects. This is what `kubectl get endpoints` and kube-proxy read.
 */
import type { Endpoints, Pod, Service } from 'kubernetes-types/core/v1';
import type { Clock } from '../../../common/clock';
import { deepEqual } from '../../../common/objects';
import { isApiError } from '../../api/errors';
import { ENDPOINTS, PODS, SERVICES } from '../../api/resources';
import { splitKey, type Informer, type SharedInformerFactory } from '../../client/informer';
import type { Runnable } from '../../client/runnable';
import type { ClusterClient } from '../../client/types';
import { WorkQueue } from '../../client/workQueue';
import { desiredEndpoints } from './endpointsFor';
import { podsSelectedBy, servicesSelecting } from './serviceIndex';
import { endpointCandidates } from './servicePorts';

export interface ControllerDeps {
  client: ClusterClient;
  informers: SharedInformerFactory;
  clock: Clock;
}

export class EndpointsController implements Runnable {
  readonly name = 'endpoints-controller';
  readonly queue: WorkQueue;
  private readonly services: Informer<Service>;
  private readonly pods: Informer<Pod>;
  private readonly endpoints: Informer<Endpoints>;

  constructor(private readonly deps: ControllerDeps) {
    this.queue = new WorkQueue(deps.clock);
    this.services = deps.informers.for<Service>(SERVICES);
    this.pods = deps.informers.for<Pod>(PODS);
    this.endpoints = deps.informers.for<Endpoints>(ENDPOINTS);
    const enqueueService = (s: Service) => this.queue.add(`${s.metadata?.namespace}/${s.metadata?.name}`);
    this.services.addHandler({ onAdd: enqueueService, onUpdate: (_o, s) => enqueueService(s), onDelete: enqueueService });
    const enqueuePod = (p: Pod) => servicesSelecting(this.services, p).forEach((k) => this.queue.add(k));
    this.pods.addHandler({
      onAdd: enqueuePod,
      onUpdate: (old, p) => {
        enqueuePod(old);
        enqueuePod(p);
      },
      onDelete: enqueuePod,
    });
  }

  sync(key: string): void {
    const { namespace, name } = splitKey(key);
    const svc = this.services.get(namespace, name);
    const existing = this.endpoints.get(namespace, name);
    if (!svc) {
      if (existing) this.deleteEndpoints(namespace, name);
      return;
    }
    if (!svc.spec?.selector || !Object.keys(svc.spec.selector).length) return;
    const desired = desiredEndpoints(svc, endpointCandidates(svc, podsSelectedBy(this.pods, svc)));
    if (!existing) {
      this.deps.client.create(ENDPOINTS, desired, { namespace });
      return;
    }
    if (deepEqual(existing.subsets, desired.subsets) && deepEqual(existing.metadata.labels, desired.metadata?.labels)) return;
    this.deps.client.update(ENDPOINTS, { ...existing, metadata: { ...existing.metadata, labels: desired.metadata?.labels }, subsets: desired.subsets }, { namespace });
  }

  private deleteEndpoints(namespace: string, name: string): void {
    try {
      this.deps.client.delete(ENDPOINTS, name, { namespace });
    } catch (e) {
      if (!isApiError(e, 'NotFound')) throw e;
    }
  }
}
