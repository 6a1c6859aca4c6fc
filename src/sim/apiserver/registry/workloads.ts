/**
 * Deployments and ReplicaSets: generation counts spec changes, status is a subresource, and
 * `scale` maps onto spec.replicas (what `kubectl scale` and the HPA write).
 */
import { labelSelectorAsString } from '../../api/labels';
import type { KubeObject } from '../../api/types';
import type { Strategy } from './strategy';

interface Scalable {
  spec?: { replicas?: number; selector?: Parameters<typeof labelSelectorAsString>[0] };
  status?: { replicas?: number };
}

export const replicatedStrategy: Strategy = {
  tracksGeneration: true,
  hasStatus: true,
  scale: {
    replicas(obj: KubeObject) {
      const o = obj as Scalable;
      const sel = o.spec?.selector as Record<string, unknown> | undefined;
      // ReplicationControllers select with a plain label map, the others with a LabelSelector.
      const isLabelSelector = sel && ('matchLabels' in sel || 'matchExpressions' in sel);
      const selector = !sel ? '' : isLabelSelector ? labelSelectorAsString(o.spec!.selector) : labelSelectorAsString({ matchLabels: sel as Record<string, string> });
      return { spec: o.spec?.replicas ?? 0, status: o.status?.replicas ?? 0, selector };
    },
    setReplicas(obj: KubeObject, replicas: number) {
      (obj as Scalable).spec = { ...(obj as Scalable).spec, replicas };
    },
  },
};
