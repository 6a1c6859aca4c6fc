/** The demo's part of the presenter bar: the next command, Next, Auto, and where the demo is. */
import { preview } from './demoScript';
import { useDemo } from './demoStore';
import { useDemoKeys } from './useDemoKeys';
import { usePresenterWords } from './words';

export function DemoControls() {
  const w = usePresenterWords();
  const { commands, next, running, auto, ready, advance, setAuto, close } = useDemo();
  useDemoKeys();
  const upcoming = commands[next];
  const busy = running !== undefined;
  const state = !ready ? w.waiting : busy ? w.afterThis : w.nextLabel;
  return (
    <div className="demo-controls" data-testid="demo-bar" data-next={next} data-running={busy} data-done={!upcoming && !busy}>
      <span className="demo-count" title={w.demoProgress(next, commands.length)}>
        {w.demo} {next}/{commands.length}
      </span>
      {upcoming && <span className="demo-state">{state}</span>}
      <code className="demo-next" data-testid="demo-next" title={upcoming ? upcoming.command : undefined}>
        {upcoming ? `$ ${preview(upcoming)}` : w.finished}
      </code>
      <button type="button" className="primary" onClick={() => advance()} disabled={!ready || busy || !upcoming} title={w.nextTitle}>
        {w.next} ▶
      </button>
      <button type="button" aria-pressed={auto} onClick={() => setAuto(!auto)} title={w.autoTitle}>
        {w.auto}
      </button>
      <button type="button" className="demo-close" onClick={close} aria-label={w.close} title={w.close}>
        ×
      </button>
    </div>
  );
}
