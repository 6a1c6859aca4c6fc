/** The words of one `kubectl … --help` page; the flags themselves come from the command tree. */
export interface HelpEntry {
  /** Paragraphs separated by a blank line; the first one is the summary. */
  long: string;
  /** `# what it does` lines, each followed by the command lines that do it; blank lines between. */
  examples: string;
  /** kubectl's usage pattern, which is syntax, not prose: `kubectl logs [-f] [-p] (POD | TYPE/NAME) …`. */
  usage: string;
  /**
   * Flag descriptions for this command where the flag's own `usage` is missing or too general
   * (a shared `--all` means something different to `delete` and to `set env`).
   */
  flags?: Readonly<Record<string, string>>;
}

/** Help entries keyed by command path without `kubectl`: `get`, `create secret tls`. */
export type HelpTable = Readonly<Record<string, HelpEntry>>;
