/** The control plane as four chips that pulse when their component acts. */
import { memo } from 'react';
import type { ControlPlaneComponent } from '../../../bridge/main/types';
import { CONTROL_PLANE, useActivity } from '../../state/activityStore';

const Chip = memo(function Chip({ id, role }: { id: ControlPlaneComponent; role: string }) {
  const pulses = useActivity((s) => s.pulses[id] ?? 0);
  return (
    <span className="cp-chip" data-component={id} data-pulses={pulses} title={`${id}: ${role}`}>
      {/* A new key restarts the pulse animation on every report naming this component. */}
      <span key={pulses} className={pulses > 0 ? 'cp-dot pulse' : 'cp-dot'} aria-hidden />
      {id}
    </span>
  );
});

export function ControlPlaneStrip() {
  return (
    <div className="cp-strip" data-testid="control-plane" aria-label="Control plane components">
      <span className="cp-label">control plane</span>
      {CONTROL_PLANE.map((c) => (
        <Chip key={c.id} id={c.id} role={c.role} />
      ))}
    </div>
  );
}
