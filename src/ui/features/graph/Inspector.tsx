/**
 * The selected object, inspected: its context actions, and tabs with what `kubectl describe`
 * and `kubectl get -o yaml` print (run quietly, refreshed while the cluster changes) and its
 * latest events.
 */
import { useEffect, useMemo, useState } from 'react';
import { useCluster } from '../../state/clusterStore';
import { useCommands } from '../../state/commandStore';
import { useSim } from '../../state/simStore';
import { useGraphSelection, type Selected } from './graphSelection';
import { actionsFor, inspectArgs, type GraphAction } from './selectionActions';

type Tab = 'describe' | 'yaml' | 'events';
const TABS: { id: Tab; label: string }[] = [
  { id: 'describe', label: 'Describe' },
  { id: 'yaml', label: 'YAML' },
  { id: 'events', label: 'Events' },
];
/** How often an open describe/YAML tab re-reads the object (the cluster keeps changing). */
const REFRESH_MS = 1000;

function useKubectlOutput(selected: Selected, tab: Tab): string {
  const api = useSim((s) => s.api);
  const [tick, setTick] = useState(0);
  const [text, setText] = useState('');
  useEffect(() => {
    const t = setInterval(() => setTick((n) => n + 1), REFRESH_MS);
    return () => clearInterval(t);
  }, []);
  const key = tab === 'events' ? '' : inspectArgs(selected, tab).join(' ');
  useEffect(() => setText(''), [key]);
  useEffect(() => {
    if (!api || !key) return;
    let live = true;
    void api.kubectlQuiet(key.split(' ')).then((r) => live && setText(r.stdout || r.stderr));
    return () => {
      live = false;
    };
  }, [api, key, tick]);
  return text;
}

function EventsTab({ selected }: { selected: Selected }) {
  const events = useCluster((s) => s.events);
  const mine = useMemo(
    () =>
      Object.values(events)
        .filter((e) => e.involved.kind === selected.kind && e.involved.name === selected.name && (!('namespace' in selected) || e.involved.namespace === selected.namespace))
        .sort((a, b) => b.lastSeen - a.lastSeen),
    [events, selected],
  );
  if (mine.length === 0) return <p className="inspector-empty">No events.</p>;
  return (
    <ul className="inspector-events">
      {mine.map((e) => (
        <li key={e.uid} className={e.type === 'Warning' ? 'event-warning' : undefined}>
          <strong>{e.reason}</strong> {e.message}
          {e.count > 1 && <span className="event-count"> ×{e.count}</span>}
        </li>
      ))}
    </ul>
  );
}

function ActionButtons({ selected, onDone }: { selected: Selected; onDone: () => void }) {
  const requestCommand = useCommands((s) => s.requestCommand);
  const stoppedNodes = useSim((s) => s.stoppedNodes);
  const stopNode = useSim((s) => s.stopNode);
  const startNode = useSim((s) => s.startNode);
  const stopped = selected.kind === 'Node' && stoppedNodes.includes(selected.name);
  const act = (a: GraphAction) => {
    if ('command' in a) requestCommand(a.command);
    else void (a.power === 'stop' ? stopNode(a.node) : startNode(a.node));
    if (a.danger && 'command' in a) onDone();
  };
  return (
    <div className="selection-actions">
      {actionsFor(selected, stopped).map((a) => (
        <button key={a.label} type="button" className={a.danger ? 'danger' : undefined} title={'command' in a ? a.command : `Power the node ${a.power === 'stop' ? 'off: its kubelet stops posting heartbeats' : 'on again'}`} onClick={() => act(a)}>
          {a.label}
        </button>
      ))}
      {stopped && <p className="inspector-note">Kubelet stopped: no heartbeats. NotReady after 40 s; its pods are evicted after 5 min.</p>}
    </div>
  );
}

function Body({ selected, tab }: { selected: Selected; tab: Tab }) {
  const text = useKubectlOutput(selected, tab);
  if (tab === 'events') return <EventsTab selected={selected} />;
  return <pre className="inspector-text">{text || 'Loading…'}</pre>;
}

export function Inspector() {
  const selected = useGraphSelection((s) => s.selected);
  const select = useGraphSelection((s) => s.select);
  const [tab, setTab] = useState<Tab>('describe');
  if (!selected) return null;
  return (
    <aside className="selection-panel inspector" role="dialog" aria-label={`${selected.kind} ${selected.name}`} data-testid="selection-panel">
      <div className="selection-title">
        <span className="selection-kind">{selected.kind}</span> <span className="selection-name">{selected.name}</span>
        <button type="button" className="inspector-close" aria-label="Close" onClick={() => select(undefined)}>
          ✕
        </button>
      </div>
      <ActionButtons selected={selected} onDone={() => select(undefined)} />
      <div className="inspector-tabs" role="tablist">
        {TABS.map((t) => (
          <button key={t.id} type="button" role="tab" aria-selected={tab === t.id} className={tab === t.id ? 'active' : undefined} onClick={() => setTab(t.id)}>
            {t.label}
          </button>
        ))}
      </div>
      <div className="inspector-body" role="tabpanel" data-testid={`inspector-${tab}`}>
        <Body selected={selected} tab={tab} />
      </div>
    </aside>
  );
}
