/**
 * What the rollout functions share with the controller (the fields of Go's DeploymentController
 * they use), and the two writes of the Deployment itself. A sync works on one mutable copy of
 * the Deployment; each write carries the copy's resourceVersion forward so later writes in the
 * same sync do not conflict with earlier ones.
 */
import type { Deployment, ReplicaSet } from 'kubernetes-types/apps/v1';
import type { Clock } from '../../../common/clock';
import { clone } from '../../../common/objects';
import { DEPLOYMENTS } from '../../api/resources';
import type { Stored } from '../../api/types';
import type { EventRecorder } from '../../client/eventRecorder';
import type { Informer } from '../../client/informer';
import type { ClusterClient } from '../../client/types';
import type { WorkQueue } from '../../client/workQueue';

export type D = Stored<Deployment>;

export interface DeploymentControllerCore {
  readonly client: ClusterClient;
  readonly recorder: EventRecorder;
  readonly clock: Clock;
  readonly queue: WorkQueue;
  readonly rsInformer: Informer<ReplicaSet>;
}

/** UpdateStatus with the working copy's status. */
export function updateDeploymentStatus(dc: DeploymentControllerCore, d: D): void {
  const stored = dc.client.update<Deployment>(DEPLOYMENTS, clone(d), { namespace: d.metadata.namespace, subresource: 'status' });
  d.metadata.resourceVersion = stored.metadata.resourceVersion;
}

/**
 * Writes the working copy's annotations (the revision). The real controller sends them along
 * with UpdateStatus, whose strategy lets annotations through; here status writes change status
 * only, so they go through the main resource, which keeps the stored status.
 */
export function updateDeploymentAnnotations(dc: DeploymentControllerCore, d: D): void {
  const stored = dc.client.update<Deployment>(DEPLOYMENTS, clone(d), { namespace: d.metadata.namespace });
  d.metadata.resourceVersion = stored.metadata.resourceVersion;
}
