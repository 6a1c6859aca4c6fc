import { Handle, Position, type Node, type NodeProps } from '@xyflow/react';
import { memo } from 'react';
import { useHighlight } from '../../state/highlightStore';
import { useGraphSelection } from './graphSelection';
import { pressable } from './pressable';
import { resourceDetail, type ResourceNodeData, type ResourceView } from './resourceElements';

const SHORT: Record<ResourceView['kind'], string> = { PersistentVolumeClaim: 'pvc', PersistentVolume: 'pv', Ingress: 'ing', HorizontalPodAutoscaler: 'hpa' };

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
      {resourceDetail(r).map((line, i) => (
        <span key={i} className="workload-ready wrap-line">
          {line}
        </span>
      ))}
      <Handle type="source" position={storage ? Position.Right : Position.Bottom} className="handle" isConnectable={false} />
    </div>
  );
}

export const ResourceNode = memo(ResourceNodeView, (a, b) => a.data.resource === b.data.resource);
