import type { Node, NodeProps } from '@xyflow/react';
import { memo } from 'react';
import { useGraphSelection } from './graphSelection';
import type { GroupNodeData } from './toFlowElements';

/** A cluster node holding its pods, or the Pending area for pods no node has taken yet. */
function GroupNodeView({ data }: NodeProps<Node<GroupNodeData, 'cluster'>>) {
  const select = useGraphSelection((s) => s.select);
  const { node, title, podCount } = data;
  if (!node) {
    return (
      <div className="group-node pending-area" data-testid="pending-area">
        <div className="group-title">{title}</div>
        <div className="group-sub">{podCount === 0 ? 'no pods waiting' : `${podCount} waiting`}</div>
      </div>
    );
  }
  const pick = () => select({ kind: 'Node', name: node.name, unschedulable: node.unschedulable });
  return (
    <div className={`group-node ${node.ready ? 'node-ready' : 'node-notready'}`} data-testid="node-node" data-name={node.name} data-ready={String(node.ready)}>
      <button type="button" className="group-title" onClick={pick} aria-label={`Node ${node.name}, ${node.status}`}>
        <span className="node-icon" aria-hidden>▣</span> {title}
      </button>
      <div className="group-sub">
        <span className={node.ready ? 'status-ok' : 'status-bad'}>{node.status}</span>
        {node.roles.length > 0 && <span> · {node.roles.join(',')}</span>}
        <span> · {podCount} pods</span>
      </div>
    </div>
  );
}

export const GroupNode = memo(GroupNodeView, (a, b) => a.data.node === b.data.node && a.data.podCount === b.data.podCount && a.data.title === b.data.title);
