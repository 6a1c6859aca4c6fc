/**
 * The ReplicationController manager (pkg/controller/replication): the ReplicaSet controller's
 * logic run over the legacy kind, whose selector is a plain label map. Its pods carry a
 * `v1 ReplicationController` owner reference and its Events come from `replication-controller`.
 */
import type { ReplicaSet } from 'kubernetes-types/apps/v1';
import { selectorFromSet } from '../../api/labels';
import { REPLICATIONCONTROLLERS } from '../../api/resources';
import { ReplicaSetController } from '../replicaset/replicaSetController';
import type { ReplicatedKind } from '../replicaset/replicatedKind';
import type { ControllerContext } from '../util/controllerContext';

export const REPLICATION_CONTROLLER_KIND: ReplicatedKind = {
  resource: REPLICATIONCONTROLLERS,
  apiVersion: 'v1',
  kind: 'ReplicationController',
  component: 'replication-controller',
  selectorOf: (rc: ReplicaSet) => selectorFromSet((rc.spec?.selector ?? {}) as Record<string, string>),
};

export function newReplicationManager(ctx: ControllerContext): ReplicaSetController {
  return new ReplicaSetController(ctx, REPLICATION_CONTROLLER_KIND);
}
