/** Keeps each selector-backed Service's EndpointSlice in step with the pods it selects. */
import type { Pod, Service } from 'kubernetes-types/core/v1';
import type { EndpointSlice } from 'kubernetes-types/discovery/v1';
import { deepEqual } from '../../../common/objects';
import { ENDPOINTSLICES, PODS, SERVICES } from '../../api/resources';
import type { Stored } from '../../api/types';
import { splitKey, type Informer } from '../../client/informer';
import type { Runnable } from '../../client/runnable';
import { WorkQueue } from '../../client/workQueue';
import type { ControllerDeps } from '../endpoints/endpointsController';
import { podsSelectedBy, servicesSelecting } from '../endpoints/serviceIndex';
import { endpointCandidates } from '../endpoints/servicePorts';
import { desiredSlice, MANAGED_BY, MANAGED_BY_LABEL, SERVICE_NAME_LABEL } from './sliceFor';

export class EndpointSliceController implements Runnable {
  readonly name = 'endpointslice-controller';
  readonly queue: WorkQueue;
  private readonly services: Informer<Service>;
  private readonly pods: Informer<Pod>;
  private readonly slices: Informer<EndpointSlice>;

  constructor(private readonly deps: ControllerDeps) {
    this.queue = new WorkQueue(deps.clock);
    this.services = deps.informers.for<Service>(SERVICES);
    this.pods = deps.informers.for<Pod>(PODS);
    this.slices = deps.informers.for<EndpointSlice>(ENDPOINTSLICES);
    const enqueueService = (s: Service) => this.queue.add(`${s.metadata?.namespace}/${s.metadata?.name}`);
    this.services.addHandler({ onAdd: enqueueService, onUpdate: (_o, s) => enqueueService(s), onDelete: enqueueService });
    const enqueuePod = (p: Pod) => servicesSelecting(this.services, p).forEach((k) => this.queue.add(k));
    this.pods.addHandler({ onAdd: enqueuePod, onUpdate: (o, p) => (enqueuePod(o), enqueuePod(p)), onDelete: enqueuePod });
  }

  sync(key: string): void {
    const { namespace, name } = splitKey(key);
    const svc = this.services.get(namespace, name);
    // Slices are owned by their Service: the garbage collector removes them when it goes.
    if (!svc || !svc.spec?.selector || !Object.keys(svc.spec.selector).length) return;
    const want = desiredSlice(svc, endpointCandidates(svc, podsSelectedBy(this.pods, svc)));
    const existing = this.managedSlices(namespace, name);
    if (!existing.length) {
      this.deps.client.create(ENDPOINTSLICES, this.newSlice(svc, want), { namespace });
      return;
    }
    const [slice, ...extra] = existing;
    for (const s of extra) this.deps.client.delete(ENDPOINTSLICES, s.metadata.name, { namespace });
    if (deepEqual(slice.endpoints, want.endpoints) && deepEqual(slice.ports, want.ports) && deepEqual(slice.metadata.labels, want.labels)) return;
    this.deps.client.update(ENDPOINTSLICES, { ...slice, metadata: { ...slice.metadata, labels: want.labels }, endpoints: want.endpoints, ports: want.ports }, { namespace });
  }

  private managedSlices(namespace: string, service: string): Stored<EndpointSlice>[] {
    return this.slices
      .list(namespace)
      .filter((s) => s.metadata.labels?.[SERVICE_NAME_LABEL] === service && s.metadata.labels?.[MANAGED_BY_LABEL] === MANAGED_BY)
      .sort((a, b) => a.metadata.name.localeCompare(b.metadata.name));
  }

  private newSlice(svc: Stored<Service>, want: ReturnType<typeof desiredSlice>): EndpointSlice {
    return {
      apiVersion: 'discovery.k8s.io/v1',
      kind: 'EndpointSlice',
      metadata: {
        generateName: `${svc.metadata.name}-`,
        namespace: svc.metadata.namespace,
        labels: want.labels,
        ownerReferences: [{ apiVersion: 'v1', kind: 'Service', name: svc.metadata.name, uid: svc.metadata.uid, controller: true, blockOwnerDeletion: true }],
      },
      addressType: want.addressType,
      endpoints: want.endpoints,
      ports: want.ports,
    };
  }
}
