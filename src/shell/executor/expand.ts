import type { Word, WordPart } from '../parser/ast';
import { ShellSyntaxError } from '../parser/errors';
import { parseHeredocBody } from '../parser/wordScanner';
import type { VirtualFs } from '../vfs/VirtualFs';
import { evaluateArithmetic } from './arithmetic';
import { expandGlob } from './glob';

/** What expansion needs from the running shell. */
export interface ExpansionHost {
  lookup(name: string): string | undefined;
  assign(name: string, value: string): void;
  /** Runs `$( )` and returns its stdout. */
  commandSubstitution(source: string): Promise<string>;
  /** Runs `<( )` and returns the path of a file holding its output. */
  processSubstitution(source: string): Promise<string>;
  fs: VirtualFs;
  cwd: string;
}

interface Field {
  text: string;
  /** `text` with quoted characters backslash-escaped, for globbing. */
  pattern: string;
  quoted: boolean;
}

const IFS = /[ \t\n]+/;

/** Expands words into argv: parameters, substitutions, field splitting, then globbing. */
export async function expandWords(words: Word[], host: ExpansionHost): Promise<string[]> {
  const out: string[] = [];
  for (const word of words) {
    for (const field of await expandFields(word, host)) {
      out.push(...(expandGlob(field.pattern, host.fs, host.cwd) ?? [field.text]));
    }
  }
  return out;
}

/** Expands a word into one string, without splitting or globbing (assignments, heredocs). */
export async function expandString(word: Word, host: ExpansionHost, tilde = true): Promise<string> {
  let s = '';
  for (const [i, part] of word.parts.entries()) {
    if (part.kind === 'literal') s += i === 0 && tilde && !part.quoted ? expandTilde(part.text, host) : part.text;
    else s += await expandPart(part, host);
  }
  return s;
}

async function expandFields(word: Word, host: ExpansionHost): Promise<Field[]> {
  const fields: Field[] = [];
  let current: Field | undefined;
  const append = (text: string, quoted: boolean): void => {
    current ??= { text: '', pattern: '', quoted: false };
    current.text += text;
    current.pattern += quoted ? text.replace(/[\\*?[]/g, '\\$&') : text;
    current.quoted ||= quoted;
  };
  const breakField = (): void => {
    if (current) fields.push(current);
    current = undefined;
  };
  for (const [i, part] of word.parts.entries()) {
    if (part.kind === 'literal') {
      append(i === 0 && !part.quoted ? expandTilde(part.text, host) : part.text, part.quoted);
      continue;
    }
    const value = await expandPart(part, host);
    if (part.kind === 'process' || part.kind === 'badSubstitution' || part.quoted) {
      append(value, true);
      continue;
    }
    const chunks = value.split(IFS);
    chunks.forEach((chunk, j) => {
      if (j > 0) breakField();
      if (chunk) append(chunk, false);
    });
  }
  breakField();
  return fields.filter((f) => f.quoted || f.text !== '');
}

async function expandPart(part: Exclude<WordPart, { kind: 'literal' }>, host: ExpansionHost): Promise<string> {
  switch (part.kind) {
    case 'param':
      return expandParam(part, host);
    case 'command':
      return (await host.commandSubstitution(part.source)).replace(/\n+$/, '');
    case 'arith': {
      const inner = await expandString(parseArithWord(part.source), host, false);
      return String(evaluateArithmetic(inner, (n) => host.lookup(n)));
    }
    case 'process':
      return host.processSubstitution(part.source);
    case 'badSubstitution':
      throw new ShellSyntaxError(`${part.text}: bad substitution`);
  }
}

function parseArithWord(source: string): Word {
  // Inside $(( )), $VAR and ${VAR} expand first; bare names are looked up by the evaluator.
  const parts: WordPart[] = [];
  const re = /\$\{?([A-Za-z_][A-Za-z0-9_]*|[?#$])\}?/g;
  let last = 0;
  for (const m of source.matchAll(re)) {
    parts.push({ kind: 'literal', text: source.slice(last, m.index), quoted: true });
    parts.push({ kind: 'param', name: m[1], quoted: true });
    last = m.index + m[0].length;
  }
  parts.push({ kind: 'literal', text: source.slice(last), quoted: true });
  return { parts };
}

async function expandParam(part: Extract<WordPart, { kind: 'param' }>, host: ExpansionHost): Promise<string> {
  const value = part.subscript === undefined ? host.lookup(part.name) : await lookupElement(part.name, part.subscript, host);
  switch (part.op) {
    case undefined:
      return value ?? '';
    case '#':
      // `${#name[@]}` counts elements: a set variable is an array of one.
      if (part.subscript === '@' || part.subscript === '*') return value === undefined ? '0' : '1';
      return String([...(value ?? '')].length);
    case '-':
      return value ?? (await expandString(part.arg!, host));
    case ':-':
      return value ? value : await expandString(part.arg!, host);
    case ':=': {
      if (value) return value;
      if (!/^[A-Za-z_]/.test(part.name)) throw new ShellSyntaxError(`$${part.name}: cannot assign in this way`);
      const assigned = await expandString(part.arg!, host);
      host.assign(part.name, assigned);
      return assigned;
    }
  }
}

/**
 * `${name[subscript]}` as bash reads it for a plain variable: `@`, `*` and index 0 are its value,
 * any other index is unset. The index is arithmetic, so `${items[$X]}` expands `$X` first.
 */
async function lookupElement(name: string, subscript: string, host: ExpansionHost): Promise<string | undefined> {
  if (subscript === '@' || subscript === '*') return host.lookup(name);
  const index = await expandString(parseHeredocBody(subscript), host, false);
  return evaluateArithmetic(index, (n) => host.lookup(n)) === 0 ? host.lookup(name) : undefined;
}

function expandTilde(text: string, host: ExpansionHost): string {
  if (text === '~' || text.startsWith('~/')) return (host.lookup('HOME') ?? '/root') + text.slice(1);
  return text;
}
