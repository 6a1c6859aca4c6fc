/**
 * The floating bar of a scripted demo: the next command and its controls. In an embed (no top
 * bar) it also carries presenter mode's clock speeds.
 */
import { useView } from '../embed/viewStore';
import { DemoControls } from './DemoControls';
import { useDemo } from './demoStore';
import { PresenterSpeed } from './PresenterSpeed';
import { usePresenter } from './presenterStore';
import './presenter.css';

export function PresenterBar() {
  const speeds = usePresenter((s) => s.on) && useView.getState().options.embed;
  const demo = useDemo((s) => s.commands.length > 0 && !s.closed);
  if (!speeds && !demo) return null;
  return (
    <aside className="presenter-bar" data-testid="presenter-bar">
      {demo && <DemoControls />}
      {speeds && <PresenterSpeed />}
    </aside>
  );
}
