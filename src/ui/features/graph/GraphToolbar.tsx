import { useMemo } from 'react';
import { useCluster } from '../../state/clusterStore';
import type { GraphFilters } from './toFlowElements';

/** Namespace, system pods and label filters over the graph. */
export function GraphToolbar({ filters, onFiltersChange }: { filters: GraphFilters; onFiltersChange: (f: GraphFilters) => void }) {
  const namespaces = useCluster((s) => s.namespaces);
  const names = useMemo(() => Object.values(namespaces).map((n) => n.name).sort(), [namespaces]);
  return (
    <div className="graph-toolbar" role="toolbar" aria-label="Graph filters">
      <label>
        Namespace{' '}
        <select value={filters.namespace} onChange={(e) => onFiltersChange({ ...filters, namespace: e.target.value })}>
          <option value="">all</option>
          {names.map((n) => (
            <option key={n} value={n}>
              {n}
            </option>
          ))}
        </select>
      </label>
      <label>
        <input type="checkbox" checked={filters.showSystem} onChange={(e) => onFiltersChange({ ...filters, showSystem: e.target.checked })} /> system pods
      </label>
      <label>
        Label{' '}
        <input type="text" placeholder="app=web" value={filters.label} size={10} onChange={(e) => onFiltersChange({ ...filters, label: e.target.value })} />
      </label>
    </div>
  );
}
