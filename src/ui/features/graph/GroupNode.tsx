import type { Node, NodeProps } from '@xyflow/react';
import { memo } from 'react';
import { useSim } from '../../state/simStore';
import { useGraphSelection } from './graphSelection';
import { podTone } from './podTone';
import type { GroupNodeData, StatusCount } from './toFlowElements';

/** A crowded node's pods as counts per STATUS (see AGGREGATE_OVER). */
function Summary({ summary }: { summary: StatusCount[] }) {
  return (
    <ul className="group-summary" data-testid="pod-summary">
      {summary.map((s) => (
        <li key={s.status} className={`tone-${podTone(s.status)}`} data-status={s.status} data-count={s.count}>
          <span className="summary-count">{s.count}</span> {s.status}
        </li>
      ))}
    </ul>
  );
}

/** A cluster node holding its pods, or the Pending area for pods no node has taken yet. */
function GroupNodeView({ data }: NodeProps<Node<GroupNodeData, 'cluster'>>) {
  const select = useGraphSelection((s) => s.select);
  const poweredOff = useSim((s) => !!data.node && s.stoppedNodes.includes(data.node.name));
  const { node, title, podCount, summary } = data;
  if (!node) {
    return (
      <div className="group-node pending-area" data-testid="pending-area">
        <div className="group-title">{title}</div>
        <div className="group-sub">{podCount === 0 ? 'no pods waiting' : `${podCount} waiting`}</div>
        {summary && <Summary summary={summary} />}
      </div>
    );
  }
  const pick = () => select({ kind: 'Node', name: node.name, unschedulable: node.unschedulable });
  return (
    <div className={`group-node ${node.ready ? 'node-ready' : 'node-notready'}`} data-testid="node-node" data-name={node.name} data-ready={String(node.ready)} data-stopped={poweredOff || undefined}>
      <button type="button" className="group-title" onClick={pick} aria-label={`Node ${node.name}, ${node.status}`}>
        <span className="node-icon" aria-hidden>▣</span> {title}
      </button>
      <div className="group-sub">
        <span className={node.ready ? 'status-ok' : 'status-bad'}>{node.status}</span>
        {node.roles.length > 0 && <span> · {node.roles.join(',')}</span>}
        <span> · {podCount} pods</span>
        {poweredOff && <span className="powered-off"> · kubelet stopped</span>}
      </div>
      {summary && <Summary summary={summary} />}
    </div>
  );
}

const sameSummary = (a?: StatusCount[], b?: StatusCount[]) => a === b || (!!a && !!b && a.length === b.length && a.every((x, i) => x.status === b[i].status && x.count === b[i].count));

export const GroupNode = memo(GroupNodeView, (a, b) => a.data.node === b.data.node && a.data.podCount === b.data.podCount && a.data.title === b.data.title && sameSummary(a.data.summary, b.data.summary));
