/**
 * The live picture of the cluster: a React Flow rendering of `toFlowElements` over the cluster
 * store, with filters, fit-to-view as the cluster grows, and the selected object's actions.
 */
import { Background, Controls, ReactFlow, ReactFlowProvider, useReactFlow, type NodeTypes } from '@xyflow/react';
import '@xyflow/react/dist/style.css';
import { useEffect, useMemo, useRef, useState } from 'react';
import { graphMaxZoom, usePresenter } from '../../presenter/presenterStore';
import { useTheme } from '../../state/themeStore';
import { useGraphSelection } from './graphSelection';
import { GraphToolbar } from './GraphToolbar';
import { GroupNode } from './GroupNode';
import { PodNode } from './PodNode';
import { Inspector } from './Inspector';
import { ControlPlaneStrip } from './ControlPlaneStrip';
import { stableNodes } from './stableNodes';
import { DEFAULT_FILTERS, toFlowElements, type FlowNode, type GraphFilters } from './toFlowElements';
import { useThrottledCluster } from './useThrottledCluster';
import { ControllerNode, ServiceNode, WorkloadNode } from './WorkloadNode';
import { ResourceNode } from './ResourceNode';
import './graph.css';

/** `?aggregateOver=N` draws up to N pods per node one by one (the browser bench measures both). */
const AGGREGATE = Number(new URLSearchParams(location.search).get('aggregateOver')) || undefined;

/** The graph redraws at most this often while the cluster churns. */
const GRAPH_REFRESH_MS = 100;

const NODE_TYPES: NodeTypes = { pod: PodNode, cluster: GroupNode, workload: WorkloadNode, service: ServiceNode, resource: ResourceNode, controller: ControllerNode };

/** Refits the view when boxes appear or disappear, not when a pod merely changes status. */
function FitOnGrowth({ shape }: { shape: string }) {
  const flow = useReactFlow();
  const maxZoom = graphMaxZoom(usePresenter((s) => s.on));
  useEffect(() => {
    const t = setTimeout(() => void flow.fitView({ padding: 0.12, duration: 250, maxZoom }), 60);
    return () => clearTimeout(t);
  }, [shape, flow, maxZoom]);
  return null;
}

function Graph() {
  const input = useThrottledCluster(GRAPH_REFRESH_MS);
  const theme = useTheme((s) => s.theme);
  const [filters, setFilters] = useState<GraphFilters>(DEFAULT_FILTERS);
  const previous = useRef<FlowNode[]>([]);
  const elements = useMemo(() => {
    const next = toFlowElements(input, filters, AGGREGATE);
    const stable = stableNodes(previous.current, next.nodes);
    previous.current = stable;
    return { nodes: stable, edges: next.edges };
  }, [input, filters]);
  // The inspector takes room beside the picture: opening or closing it refits the view too.
  const inspecting = useGraphSelection((s) => s.selected !== undefined);
  const shape = `${inspecting}|${elements.nodes.map((n) => `${n.id}:${n.style?.height ?? ''}`).join('|')}`;

  return (
    <div className="graph" data-testid="graph">
      <GraphToolbar filters={filters} onFiltersChange={setFilters} />
      <ControlPlaneStrip />
      <div className="graph-canvas">
        <div className="graph-flow">
          <ReactFlow
            nodes={elements.nodes}
            edges={elements.edges}
            nodeTypes={NODE_TYPES}
            colorMode={theme}
            nodesDraggable={false}
            nodesConnectable={false}
            elementsSelectable={false}
            zIndexMode="manual"
            minZoom={0.2}
            maxZoom={2}
            proOptions={{ hideAttribution: true }}
            fitView
          >
            <Background gap={24} size={1} />
            <Controls showInteractive={false} position="bottom-left" />
            <FitOnGrowth shape={shape} />
          </ReactFlow>
        </div>
        <Inspector />
      </div>
    </div>
  );
}

export function GraphView() {
  return (
    <ReactFlowProvider>
      <Graph />
    </ReactFlowProvider>
  );
}
