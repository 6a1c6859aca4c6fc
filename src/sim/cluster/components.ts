/**
 * kube-controller-manager and kube-scheduler: the reconcilers every cluster runs, constructed
 * over the shared informers and registered with the tick loop in a fixed order (the order in
 * which queues drain within one instant, so it is part of what makes runs deterministic).
 */
import { BUILTIN_RESOURCES } from '../api/resources';
import { EventRecorder } from '../client/eventRecorder';
import type { Runnable } from '../client/runnable';
import { DeploymentController, ReplicaSetController } from '../controllers';
import { EndpointsController } from '../controllers/endpoints/endpointsController';
import { EndpointSliceController } from '../controllers/endpointslice/endpointSliceController';
import { JobController } from '../controllers/job/jobController';
import { TTLAfterFinishedController } from '../controllers/job/ttlAfterFinishedController';
import { StatefulSetController } from '../controllers/statefulset/statefulSetController';
import { DaemonSetController } from '../controllers/daemonset/daemonSetController';
import { CronJobController } from '../controllers/cronjob/cronJobController';
import { newReplicationManager } from '../controllers/replicationcontroller/replicationManager';
import { GarbageCollector } from '../controllers/garbagecollector/garbageCollector';
import { PodGCController } from '../controllers/podgc/podGCController';
import { NamespaceController } from '../controllers/namespace/namespaceController';
import { NodeLifecycleController } from '../controllers/nodelifecycle/nodeLifecycleController';
import { TaintEvictionController } from '../controllers/nodelifecycle/taintEvictionController';
import { ServiceAccountsController } from '../controllers/serviceaccount/serviceAccountsController';
import { TokensController } from '../controllers/serviceaccount/tokensController';
import { PersistentVolumeController } from '../controllers/persistentvolume/persistentVolumeController';
import { PVCProtectionController } from '../controllers/persistentvolume/pvcProtectionController';
import { PVProtectionController } from '../controllers/persistentvolume/pvProtectionController';
import { DisruptionController } from '../controllers/disruption/disruptionController';
import { HostPathProvisioner, type HostDirectories } from '../controllers/storageprovisioner/hostPathProvisioner';
import { Scheduler } from '../scheduler';
import { defaultFilterPlugins, requeueOnVolumeEvents, volumeListers } from '../scheduler/plugins';
import type { Cluster } from './cluster';
import { CSRSigningController } from '../controllers/certificates/csrSigningController';

/** Events are never owners or owned; leases are owned by nodes only through their names. */
const GC_SKIP = new Set(['events', 'leases']);

export interface ControlPlane {
  runnables: Runnable[];
  scheduler: Scheduler;
}

export interface StorageOptions {
  /** The node minikube's storage-provisioner runs on; absent, no dynamic provisioning (kubeadm). */
  provisionerNode?: string;
  hostDirectories?: HostDirectories;
}

export function startControlPlane(cluster: Cluster, storage: StorageOptions = {}): ControlPlane {
  const { client, informers, clock, rng } = cluster;
  const deps = { client, informers, clock };
  const namespaced = BUILTIN_RESOURCES.filter((r) => r.namespaced);
  // Events go last when a namespace is emptied, so the deletions' own events can still land.
  const emptyingOrder = [...namespaced.filter((r) => r.resource !== 'events'), ...namespaced.filter((r) => r.resource === 'events')];
  const scheduler = new Scheduler({ client, informers, clock, rng, filters: defaultFilterPlugins(volumeListers(informers)) });
  requeueOnVolumeEvents(informers, (podKey) => scheduler.queue.add(podKey));
  const runnables: Runnable[] = [
    new NamespaceController({ ...deps, namespacedResources: emptyingOrder }),
    new ServiceAccountsController(deps),
    new TokensController(deps),
    new CSRSigningController(deps),
    new DeploymentController({ client, informers, clock, rng }),
    new ReplicaSetController({ client, informers, clock, rng }),
    newReplicationManager({ client, informers, clock, rng }),
    new JobController({ client, informers, clock, rng }),
    new TTLAfterFinishedController({ client, informers, clock, rng }),
    new CronJobController({ client, informers, clock, rng }),
    new StatefulSetController({ client, informers, clock, rng }),
    new DaemonSetController({ client, informers, clock, rng }),
    new GarbageCollector({ ...deps, resources: BUILTIN_RESOURCES.filter((r) => !GC_SKIP.has(r.resource)) }),
    new PodGCController(deps),
    new DisruptionController(deps),
    new EndpointsController(deps),
    new EndpointSliceController(deps),
    new NodeLifecycleController({ ...deps, recorder: new EventRecorder(client, clock, { component: 'node-controller' }) }),
    new TaintEvictionController({ ...deps, recorder: new EventRecorder(client, clock, { component: 'taint-eviction-controller' }) }),
    new PersistentVolumeController(deps),
    new PVCProtectionController(deps),
    new PVProtectionController(deps),
    ...(storage.provisionerNode ? [new HostPathProvisioner({ ...deps, rng, nodeName: storage.provisionerNode, hostDirectories: storage.hostDirectories })] : []),
    scheduler,
  ];
  return { runnables, scheduler };
}
