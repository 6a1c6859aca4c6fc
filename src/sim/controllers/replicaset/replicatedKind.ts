/**
 * What the ReplicaSet controller's logic needs to know about the kind it manages, so that the
 * same logic runs ReplicationControllers too — as kube-controller-manager's ReplicationManager
 * wraps the ReplicaSet controller. The legacy kind differs only in its resource, its owner
 * references, its event source and its selector (a plain label map).
 */
import type { ReplicaSet } from 'kubernetes-types/apps/v1';
import { selectorFromLabelSelector, type LabelSelectorParsed } from '../../api/labels';
import { REPLICASETS } from '../../api/resources';
import type { ResourceRef } from '../../client/types';

export interface ReplicatedKind {
  resource: ResourceRef;
  apiVersion: string;
  kind: string;
  /** The controller's name, also the source of its Events. */
  component: string;
  /** Throws for a selector that does not parse. */
  selectorOf(obj: ReplicaSet): LabelSelectorParsed;
}

export const REPLICA_SET_KIND: ReplicatedKind = {
  resource: REPLICASETS,
  apiVersion: 'apps/v1',
  kind: 'ReplicaSet',
  component: 'replicaset-controller',
  selectorOf: (rs) => selectorFromLabelSelector(rs.spec?.selector),
};
