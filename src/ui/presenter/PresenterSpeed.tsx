/** The clock's slow speeds, big: slow the cluster down while explaining what it does. */
import { useClock } from '../state/clockStore';
import { useSim } from '../state/simStore';
import { PRESENTER_SPEEDS } from './presenterStore';
import { usePresenterWords } from './words';

export function PresenterSpeed() {
  const w = usePresenterWords();
  const speed = useClock((s) => s.speed);
  const setSpeed = useSim((s) => s.setSpeed);
  return (
    <div className="presenter-speed" role="radiogroup" aria-label={w.clusterSpeed} data-testid="presenter-speed" data-speed={speed}>
      <span className="presenter-speed-label" aria-hidden>
        {w.clusterSpeed}
      </span>
      {PRESENTER_SPEEDS.map((s) => (
        <button key={s} type="button" role="radio" aria-checked={speed === s} className={speed === s ? 'active' : undefined} onClick={() => void setSpeed(s)}>
          {s}×
        </button>
      ))}
    </div>
  );
}
