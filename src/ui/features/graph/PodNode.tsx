import { Handle, Position, type NodeProps, type Node } from '@xyflow/react';
import { memo } from 'react';
import { useHighlight } from '../../state/highlightStore';
import { useGraphSelection } from './graphSelection';
import { podTone } from './podTone';
import { pressable } from './pressable';
import type { PodNodeData } from './toFlowElements';

function PodNodeView({ data }: NodeProps<Node<PodNodeData, 'pod'>>) {
  const { pod } = data;
  const select = useGraphSelection((s) => s.select);
  const tone = podTone(pod.status);
  const touched = useHighlight((s) => s.touched.has(pod.uid));
  const pick = () => select({ kind: 'Pod', name: pod.name, namespace: pod.namespace });
  return (
    <div
      className={`pod-node tone-${tone}${touched ? ' touched' : ''}`}
      data-touched={touched || undefined}
      data-testid="pod-node"
      data-name={pod.name}
      data-namespace={pod.namespace}
      data-node={pod.nodeName}
      data-status={pod.status}
      {...pressable(pick)}
      aria-label={`Pod ${pod.name}, ${pod.status}`}
      title={`${pod.namespace}/${pod.name}\n${pod.status} · ready ${pod.ready}${pod.restarts ? ` · ${pod.restarts} restarts` : ''}`}
    >
      <Handle type="target" position={Position.Top} className="handle" isConnectable={false} />
      <span className="pod-name">{pod.name}</span>
      <span className="pod-badge" key={pod.status}>
        {pod.status}
        <span className="pod-ready">{pod.ready}</span>
      </span>
      {pod.claims && <Handle type="source" position={Position.Right} className="handle" isConnectable={false} />}
    </div>
  );
}

export const PodNode = memo(PodNodeView, (a, b) => a.data.pod === b.data.pod);
