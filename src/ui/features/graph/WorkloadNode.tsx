import { Handle, Position, type Node, type NodeProps } from '@xyflow/react';
import { memo } from 'react';
import { useHighlight } from '../../state/highlightStore';
import { useGraphSelection } from './graphSelection';
import { pressable } from './pressable';
import type { ControllerNodeData } from './controllerElements';
import type { ServiceNodeData, WorkloadNodeData } from './toFlowElements';

function WorkloadNodeView({ data }: NodeProps<Node<WorkloadNodeData, 'workload'>>) {
  const w = data.workload;
  const select = useGraphSelection((s) => s.select);
  const touched = useHighlight((s) => s.touched.has(w.uid));
  return (
    <div className={`workload-node kind-${w.kind.toLowerCase()}${touched ? ' touched' : ''}`} data-testid="workload-node" data-kind={w.kind} data-name={w.name} {...pressable(() => select({ kind: w.kind, name: w.name, namespace: w.namespace }))}>
      <Handle type="target" position={Position.Top} className="handle" isConnectable={false} />
      <span className="workload-kind">{w.kind === 'Deployment' ? 'deploy' : 'rs'}</span>
      <span className="workload-name">{w.name}</span>
      <span className="workload-ready">
        {w.readyReplicas}/{w.desired} ready · {w.images.join(', ')}
      </span>
      <Handle type="source" position={Position.Bottom} className="handle" isConnectable={false} />
    </div>
  );
}

export const WorkloadNode = memo(WorkloadNodeView, (a, b) => a.data.workload === b.data.workload);

function ServiceNodeView({ data }: NodeProps<Node<ServiceNodeData, 'service'>>) {
  const s = data.service;
  const select = useGraphSelection((st) => st.select);
  const touched = useHighlight((st) => st.touched.has(s.uid));
  return (
    <div className={`workload-node kind-service${touched ? ' touched' : ''}`} data-testid="service-node" data-name={s.name} {...pressable(() => select({ kind: 'Service', name: s.name, namespace: s.namespace }))}>
      <Handle type="target" position={Position.Top} className="handle" isConnectable={false} />
      <span className="workload-kind">svc</span>
      <span className="workload-name">{s.name}</span>
      <span className="workload-ready">
        {s.type} {s.clusterIP}
      </span>
      <Handle type="source" position={Position.Bottom} className="handle" isConnectable={false} />
    </div>
  );
}

export const ServiceNode = memo(ServiceNodeView, (a, b) => a.data.service === b.data.service);

const CONTROLLER_SHORT: Record<ControllerNodeData['kind'], string> = { StatefulSet: 'sts', DaemonSet: 'ds', Job: 'job' };

/** A StatefulSet, DaemonSet or Job, as its pods show it (controllerElements.ts). */
function ControllerNodeView({ data }: NodeProps<Node<ControllerNodeData, 'controller'>>) {
  const select = useGraphSelection((s) => s.select);
  const touched = useHighlight((s) => s.touched.has(data.uid));
  return (
    <div className={`workload-node kind-${data.kind.toLowerCase()}${touched ? ' touched' : ''}`} data-testid="workload-node" data-kind={data.kind} data-name={data.name} {...pressable(() => select({ kind: data.kind, name: data.name, namespace: data.namespace }))}>
      <Handle type="target" position={Position.Top} className="handle" isConnectable={false} />
      <span className="workload-kind">{CONTROLLER_SHORT[data.kind]}</span>
      <span className="workload-name">{data.name}</span>
      <span className="workload-ready wrap-line">{data.detail}</span>
      <Handle type="source" position={Position.Bottom} className="handle" isConnectable={false} />
    </div>
  );
}

export const ControllerNode = memo(ControllerNodeView, (a, b) => a.data.detail === b.data.detail && a.data.uid === b.data.uid);
