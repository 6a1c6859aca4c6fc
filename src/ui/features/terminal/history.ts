/**
 * Command history with bash's ↑/↓ behaviour: walking up keeps the line being typed as a draft
 * to come back to; repeats of the previous command are stored once. Persisted through an
 * injected store (localStorage in the page).
 */
export interface HistoryStorage {
  load(): string[];
  save(entries: string[]): void;
}

export const MAX_HISTORY = 500;

export class History {
  private entries: string[];
  /** entries.length while not browsing. */
  private index: number;
  private draft = '';

  constructor(private readonly storage: HistoryStorage) {
    this.entries = storage.load().slice(-MAX_HISTORY);
    this.index = this.entries.length;
  }

  all(): readonly string[] {
    return this.entries;
  }

  push(command: string): void {
    this.index = this.entries.length;
    this.draft = '';
    if (!command.trim() || this.entries[this.entries.length - 1] === command) return;
    this.entries = [...this.entries, command].slice(-MAX_HISTORY);
    this.index = this.entries.length;
    this.storage.save(this.entries);
  }

  /** The older entry (↑), or undefined at the oldest. */
  previous(current: string): string | undefined {
    if (this.index === 0) return undefined;
    if (this.index === this.entries.length) this.draft = current;
    return this.entries[--this.index];
  }

  /** The newer entry (↓), the draft past the newest, undefined when not browsing. */
  next(): string | undefined {
    if (this.index >= this.entries.length) return undefined;
    this.index++;
    return this.index === this.entries.length ? this.draft : this.entries[this.index];
  }
}

/** Keeps the history in localStorage; a full or blocked storage just forgets. */
export function localHistoryStorage(key: string): HistoryStorage {
  return {
    load() {
      try {
        const parsed: unknown = JSON.parse(localStorage.getItem(key) ?? '[]');
        return Array.isArray(parsed) ? parsed.filter((x): x is string => typeof x === 'string') : [];
      } catch {
        return [];
      }
    },
    save(entries) {
      try {
        localStorage.setItem(key, JSON.stringify(entries));
      } catch {
        // Private browsing or quota: history lives for this page only.
      }
    },
  };
}
