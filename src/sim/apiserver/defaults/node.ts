/** SetDefaults_NodeStatus: a node that reports capacity but no allocatable can allocate all of it. */
import type { Node } from 'kubernetes-types/core/v1';
import type { KubeObject } from '../../api/types';

export function setDefaultsNode(obj: KubeObject): void {
  const status = (obj as Node).status;
  if (status?.capacity && !status.allocatable) status.allocatable = { ...status.capacity };
}
