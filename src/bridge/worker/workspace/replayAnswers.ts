/**
 * During a replay, what the page and the network answered live comes from the journal: a
 * download waits for its `fetched` entry, `kubectl edit` for its `edited` entry, and `vi` opens
 * nothing (no page is watching a replay).
 */
import type { EditorPort } from '../editorBridge';
import type { FetchResult, JournalEntry } from './journal';

export class ReplayDivergence extends Error {}

interface PendingFetch {
  url: string;
  resolve: (result: FetchResult) => void;
}

export class ReplayAnswers {
  private readonly fetches: PendingFetch[] = [];
  private readonly edits: ((text: string | undefined) => void)[] = [];
  private onAsked?: () => void;

  readonly fetchUrl = (url: string): Promise<FetchResult> =>
    new Promise((resolve) => {
      this.fetches.push({ url, resolve });
      this.notifyAsked();
    });

  readonly editor: EditorPort = {
    available: true,
    openFile: () => {},
    edit: () =>
      new Promise((resolve) => {
        this.edits.push(resolve);
        this.notifyAsked();
      }),
  };

  /** Resolves once a command waits for an answer (at once if one does already). */
  asked(): Promise<void> {
    if (this.fetches.length || this.edits.length) return Promise.resolve();
    return new Promise((resolve) => {
      const previous = this.onAsked;
      this.onAsked = () => {
        previous?.();
        resolve();
      };
    });
  }

  private notifyAsked(): void {
    const notify = this.onAsked;
    this.onAsked = undefined;
    notify?.();
  }

  /** Delivers a journaled answer to the command waiting for it. */
  answer(entry: Extract<JournalEntry, { kind: 'fetched' | 'edited' }>): void {
    if (entry.kind === 'edited') {
      const resolve = this.edits.shift();
      if (!resolve) throw new ReplayDivergence('an editor answer arrives but no `kubectl edit` is waiting');
      resolve(entry.text ?? undefined);
      return;
    }
    const i = this.fetches.findIndex((f) => f.url === entry.url);
    if (i < 0) throw new ReplayDivergence(`a download of ${entry.url} arrives but no command asked for it`);
    this.fetches.splice(i, 1)[0].resolve(entry.result);
  }

  /**
   * The saved session ended while a command still waited for an answer: the download fails (as
   * offline) and the edit closes unsaved, so the restored session does not hang on them.
   */
  abandon(): void {
    for (const f of this.fetches.splice(0)) f.resolve({ error: 'no such host' });
    for (const resolve of this.edits.splice(0)) resolve(undefined);
  }
}
