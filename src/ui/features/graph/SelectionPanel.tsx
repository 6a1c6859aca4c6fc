import { useCommands } from '../../state/commandStore';
import { useGraphSelection } from './graphSelection';
import { actionsFor } from './selectionActions';

/** The selected object's context actions; each runs a kubectl command in the terminal. */
export function SelectionPanel() {
  const selected = useGraphSelection((s) => s.selected);
  const select = useGraphSelection((s) => s.select);
  const requestCommand = useCommands((s) => s.requestCommand);
  if (!selected) return null;
  return (
    <div className="selection-panel" role="dialog" aria-label={`${selected.kind} ${selected.name}`} data-testid="selection-panel">
      <div className="selection-title">
        <span className="selection-kind">{selected.kind}</span> {selected.name}
      </div>
      <div className="selection-actions">
        {actionsFor(selected).map((a) => (
          <button
            key={a.label}
            type="button"
            className={a.danger ? 'danger' : undefined}
            title={a.command}
            onClick={() => {
              requestCommand(a.command);
              if (a.danger) select(undefined);
            }}
          >
            {a.label}
          </button>
        ))}
        <button type="button" aria-label="Close" onClick={() => select(undefined)}>
          ✕
        </button>
      </div>
    </div>
  );
}
