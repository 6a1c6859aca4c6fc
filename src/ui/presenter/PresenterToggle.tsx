/** The top bar's switch into presenter mode; with a lesson open, its solutions become the demo. */
import { loadLessonDemo } from './bootDemo';
import { useDemo } from './demoStore';
import { usePresenter } from './presenterStore';
import { usePresenterWords } from './words';

export function PresenterToggle() {
  const w = usePresenterWords();
  const on = usePresenter((s) => s.on);
  const toggle = usePresenter((s) => s.toggle);
  const onClick = () => {
    toggle();
    if (!on && useDemo.getState().commands.length === 0) loadLessonDemo();
  };
  return (
    <button type="button" className="presenter-toggle" data-testid="presenter-toggle" aria-pressed={on} onClick={onClick} title={w.presenterTitle}>
      {w.presenter}
    </button>
  );
}
