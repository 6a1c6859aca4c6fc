import { Handle, Position, type Node, type NodeProps } from '@xyflow/react';
import { memo } from 'react';
import { useHighlight } from '../../state/highlightStore';
import { useGraphSelection } from './graphSelection';
import { pressable } from './pressable';
import type { ResourceNodeData, ResourceView } from './resourceElements';

const SHORT: Record<ResourceView['kind'], string> = { PersistentVolumeClaim: 'pvc', PersistentVolume: 'pv', Ingress: 'ing', HorizontalPodAutoscaler: 'hpa' };

const replicas = (n: number) => `${n} replica${n === 1 ? '' : 's'}`;

/** The second line: what `kubectl get` would say about it at a glance. */
function detail(r: ResourceView): string {
  switch (r.kind) {
    case 'PersistentVolumeClaim':
    case 'PersistentVolume':
      return `${r.phase} ${r.capacity}`.trim();
    case 'Ingress':
      return r.hosts.length ? r.hosts.join(', ') : '*';
    case 'HorizontalPodAutoscaler':
      return `${replicas(r.currentReplicas)}${r.desiredReplicas !== r.currentReplicas ? ` → ${r.desiredReplicas}` : ''} · min ${r.minReplicas} max ${r.maxReplicas}`;
  }
}

/** Storage sits beside the nodes (edges run left to right); routing and scaling sit above (edges run down). */
function ResourceNodeView({ data }: NodeProps<Node<ResourceNodeData, 'resource'>>) {
  const r = data.resource;
  const touched = useHighlight((s) => s.touched.has(r.uid));
  const select = useGraphSelection((s) => s.select);
  const storage = r.kind === 'PersistentVolumeClaim' || r.kind === 'PersistentVolume';
  const pick = () => select(r.kind === 'PersistentVolume' ? { kind: r.kind, name: r.name } : { kind: r.kind, name: r.name, namespace: r.namespace });
  return (
    <div
      className={`workload-node kind-${r.kind.toLowerCase()}${touched ? ' touched' : ''}`}
      data-testid="resource-node"
      data-kind={r.kind}
      data-name={r.name}
      title={`${r.kind} ${r.namespace ? `${r.namespace}/` : ''}${r.name}`}
      {...pressable(pick)}
    >
      {storage && <Handle type="target" position={Position.Left} className="handle" isConnectable={false} />}
      <span className="workload-kind">{SHORT[r.kind]}</span>
      <span className="workload-name">{r.name}</span>
      <span className="workload-ready">{detail(r)}</span>
      <Handle type="source" position={storage ? Position.Right : Position.Bottom} className="handle" isConnectable={false} />
    </div>
  );
}

export const ResourceNode = memo(ResourceNodeView, (a, b) => a.data.resource === b.data.resource);
