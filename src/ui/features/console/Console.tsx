import { useRef, useState, type FormEvent } from 'react';
import type { SimConnection } from '../../../bridge/main/connectSim';

interface Entry {
  command: string;
  output: string;
}

/**
 * A plain command console over the simulated shell: the first page's way in, until the xterm
 * terminal arrives. Output streams in as the command prints it.
 */
export function Console({ api }: { api: SimConnection }) {
  const [entries, setEntries] = useState<Entry[]>([]);
  const [line, setLine] = useState('');
  const [busy, setBusy] = useState(false);
  const input = useRef<HTMLTextAreaElement>(null);

  async function run(e?: FormEvent) {
    e?.preventDefault();
    const command = line;
    if (!command.trim() || busy) return;
    setLine('');
    setBusy(true);
    setEntries((prev) => [...prev, { command, output: '' }]);
    const append = (text: string) => setEntries((prev) => prev.map((x, i) => (i === prev.length - 1 ? { ...x, output: x.output + text } : x)));
    const { proxy } = await import('comlink');
    await api.exec(command, proxy((_stream: 'stdout' | 'stderr', text: string) => append(text)));
    setBusy(false);
    input.current?.focus();
  }

  return (
    <section className="console" data-testid="terminal">
      <pre className="console-output" aria-live="polite">
        {entries.map((x, i) => (
          <span key={i} className="console-entry">
            <span className="console-prompt">$ </span>
            {x.command}
            {'\n'}
            {x.output}
          </span>
        ))}
      </pre>
      <form onSubmit={run} className="console-input">
        <span className="console-prompt">$</span>
        <textarea
          ref={input}
          aria-label="command"
          rows={1}
          value={line}
          autoFocus
          spellCheck={false}
          onChange={(e) => setLine(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter' && !e.shiftKey) void run(e);
            if (e.key === 'c' && e.ctrlKey) void api.interrupt();
          }}
        />
      </form>
    </section>
  );
}
