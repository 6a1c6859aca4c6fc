/**
 * Resizing one ReplicaSet on the Deployment's behalf, with the ScalingReplicaSet Event
 * (`Scaled up replica set web-7d4b9c8f5b from 0 to 3`) and the replica annotations kept current.
 */
import type { ReplicaSet } from 'kubernetes-types/apps/v1';
import { clone } from '../../../common/objects';
import { REPLICASETS } from '../../api/resources';
import { asKubeObject } from '../util/controllerRef';
import { replicasAnnotationsNeedUpdate, setReplicasAnnotations } from './annotations';
import type { D, DeploymentControllerCore } from './deploymentContext';
import { maxSurge, replicasOf } from './deploymentSpec';
import { rsReplicas, type RS } from './replicaSetUtil';

export interface ScaleResult {
  scaled: boolean;
  rs: RS;
}

export function scaleReplicaSet(dc: DeploymentControllerCore, rs: RS, newScale: number, d: D, scalingOperation: string): ScaleResult {
  const oldScale = rsReplicas(rs);
  const sizeNeedsUpdate = oldScale !== newScale;
  const desired = replicasOf(d);
  const max = desired + maxSurge(d);
  if (!sizeNeedsUpdate && !replicasAnnotationsNeedUpdate(rs, desired, max)) return { scaled: false, rs };
  const rsCopy = clone(rs) as RS;
  rsCopy.spec = { ...rsCopy.spec!, replicas: newScale };
  setReplicasAnnotations(rsCopy, desired, max);
  const updated = dc.client.update<ReplicaSet>(REPLICASETS, rsCopy, { namespace: rs.metadata.namespace });
  if (sizeNeedsUpdate) {
    dc.recorder.event(asKubeObject(d), 'Normal', 'ScalingReplicaSet', `Scaled ${scalingOperation} replica set ${updated.metadata.name} from ${oldScale} to ${newScale}`);
  }
  return { scaled: sizeNeedsUpdate, rs: updated };
}

export function scaleReplicaSetAndRecordEvent(dc: DeploymentControllerCore, rs: RS, newScale: number, d: D): ScaleResult {
  if (rsReplicas(rs) === newScale) return { scaled: false, rs };
  return scaleReplicaSet(dc, rs, newScale, d, rsReplicas(rs) < newScale ? 'up' : 'down');
}
