/** Virtual time: shown, paused and resumed, stepped, sped up (DESIGN.md §2). */
import { SPEEDS, useClock } from '../../state/clockStore';
import { useSim } from '../../state/simStore';
import { formatClock } from './formatClock';

export function ClockControls() {
  const { now, elapsed, speed, paused } = useClock();
  const setPaused = useSim((s) => s.setPaused);
  const setSpeed = useSim((s) => s.setSpeed);
  const step = useSim((s) => s.step);
  const shown = formatClock(now, elapsed);
  return (
    <div className="clock" data-testid="clock" data-paused={String(paused)} data-elapsed={Math.floor(elapsed)} role="group" aria-label="Virtual time">
      <span className="clock-time" title="Virtual time (UTC) and time since the cluster started">
        {shown.time} <span className="clock-elapsed">+{shown.elapsed}</span>
      </span>
      <button type="button" onClick={() => void setPaused(!paused)} aria-pressed={paused} title={paused ? 'Resume time' : 'Pause time'}>
        {paused ? '▶ Resume' : '❚❚ Pause'}
      </button>
      <button type="button" onClick={() => void step(1)} disabled={!paused} title="Advance one virtual second">
        Step
      </button>
      <div className="speed" role="radiogroup" aria-label="Speed">
        {SPEEDS.map((s) => (
          <button key={s} type="button" role="radio" aria-checked={speed === s} className={speed === s ? 'active' : undefined} onClick={() => void setSpeed(s)}>
            {s}×
          </button>
        ))}
      </div>
    </div>
  );
}
