/**
 * Tab completion for the terminal, in the spirit of `kubectl __complete`: verbs and their
 * subcommands from kubectl's own command tree, resource types from API discovery, flags of the
 * command being typed, object names from the cluster, namespaces after `-n`.
 */
import type { Command } from '../../kubectl/cmdutil/command';
import type { FlagSpec } from '../../kubectl/cmdutil/flags';
import type { ResourceInfo } from '../../sim';

export interface Completion {
  /** Where the word being completed starts in the line. */
  from: number;
  /** Whole words that can replace line[from, cursor), sorted. */
  candidates: string[];
}

export interface CompletionCatalog {
  root: Command;
  globalFlags: readonly FlagSpec[];
  resources: readonly ResourceInfo[];
  /** Names of the objects of `resource` (in `namespace` when it is namespaced). */
  names(resource: ResourceInfo, namespace: string): string[];
}

/** Verbs whose first argument is a resource type (or `type/name`). */
const TYPE_FIRST = new Set(['get', 'describe', 'delete', 'label', 'annotate', 'edit', 'explain', 'patch', 'scale', 'status', 'history', 'undo', 'restart', 'pause', 'resume', 'image', 'expose', 'autoscale', 'wait']);
/** Verbs whose arguments are objects of one kind. */
const FIXED_KIND: Record<string, string> = { logs: 'pods', exec: 'pods', attach: 'pods', 'port-forward': 'pods', cordon: 'nodes', uncordon: 'nodes', drain: 'nodes', taint: 'nodes', top: 'pods' };
const OUTPUT_FORMATS = ['custom-columns=', 'json', 'jsonpath=', 'name', 'wide', 'yaml'];

interface Parsed {
  path: Command[];
  positionals: string[];
  namespace: string;
  /** The flag whose value is being typed, if any. */
  pendingFlag?: FlagSpec;
}

function flagsOf(path: Command[], catalog: CompletionCatalog): FlagSpec[] {
  return [...path.flatMap((c) => c.flags ?? []), ...catalog.globalFlags];
}

function findFlag(word: string, flags: FlagSpec[]): FlagSpec | undefined {
  if (word.startsWith('--')) return flags.find((f) => f.name === word.slice(2).split('=')[0]);
  return flags.find((f) => f.shorthand === word.slice(1, 2));
}

/** Walks the words before the one being completed, the way cobra finds the command. */
function parseWords(words: string[], catalog: CompletionCatalog): Parsed {
  const parsed: Parsed = { path: [catalog.root], positionals: [], namespace: 'default' };
  for (let i = 0; i < words.length; i++) {
    const w = words[i];
    const current = parsed.path[parsed.path.length - 1];
    if (w.startsWith('-') && w.length > 1) {
      const spec = findFlag(w, flagsOf(parsed.path, catalog));
      const inline = w.includes('=') || (!w.startsWith('--') && w.length > 2);
      if (!spec || spec.type === 'bool' || inline) {
        if (spec?.name === 'namespace' && inline) parsed.namespace = w.replace(/^--namespace=|^-n=?/, '');
        continue;
      }
      if (i === words.length - 1) parsed.pendingFlag = spec;
      else if (spec.name === 'namespace') parsed.namespace = words[i + 1];
      i++;
      continue;
    }
    const sub = parsed.positionals.length === 0 ? current.subcommands?.find((c) => c.name === w || c.aliases?.includes(w)) : undefined;
    if (sub) parsed.path.push(sub);
    else parsed.positionals.push(w);
  }
  return parsed;
}

function resourceFor(word: string, catalog: CompletionCatalog): ResourceInfo | undefined {
  const w = word.toLowerCase();
  return catalog.resources.find((r) => r.resource === w || r.singular === w || r.shortNames.includes(w) || `${r.resource}.${r.group}` === w);
}

function typeNames(catalog: CompletionCatalog): string[] {
  return catalog.resources.flatMap((r) => [r.resource, r.singular, ...r.shortNames]);
}

function argumentCandidates(p: Parsed, word: string, catalog: CompletionCatalog): string[] {
  const current = p.path[p.path.length - 1];
  if (current.subcommands?.length && p.positionals.length === 0) return current.subcommands.map((c) => c.name);
  const fixed = FIXED_KIND[current.name];
  if (fixed) {
    const r = resourceFor(fixed, catalog);
    return r ? catalog.names(r, p.namespace) : [];
  }
  if (!TYPE_FIRST.has(current.name)) return [];
  const slash = word.indexOf('/');
  if (slash >= 0) {
    const r = resourceFor(word.slice(0, slash), catalog);
    return r ? catalog.names(r, p.namespace).map((n) => `${word.slice(0, slash)}/${n}`) : [];
  }
  if (p.positionals.length === 0) return typeNames(catalog);
  const r = resourceFor(p.positionals[0], catalog);
  return r ? catalog.names(r, p.namespace) : [];
}

function flagCandidates(p: Parsed, catalog: CompletionCatalog): string[] {
  return flagsOf(p.path, catalog).map((f) => `--${f.name}`);
}

function valueCandidates(flag: FlagSpec, p: Parsed, catalog: CompletionCatalog): string[] {
  if (flag.name === 'namespace') {
    const ns = resourceFor('namespaces', catalog);
    return ns ? catalog.names(ns, '') : [];
  }
  if (flag.name === 'output') return OUTPUT_FORMATS;
  return [];
}

/** What Tab offers at `cursor` in `line`. Only kubectl commands complete beyond their name. */
export function completeLine(line: string, cursor: number, catalog: CompletionCatalog): Completion {
  const before = line.slice(0, cursor);
  // The command being typed starts after the last pipe or list operator.
  const segmentStart = Math.max(before.lastIndexOf('|'), before.lastIndexOf(';'), before.lastIndexOf('&')) + 1;
  const from = Math.max(segmentStart, before.lastIndexOf(' ') + 1, before.lastIndexOf('\t') + 1);
  const word = before.slice(from);
  const words = before.slice(segmentStart, from).trim().split(/\s+/).filter(Boolean);
  let candidates: string[];
  if (words.length === 0) candidates = ['kubectl'];
  else if (words[0] !== 'kubectl') candidates = [];
  else {
    const p = parseWords(words.slice(1), catalog);
    if (p.pendingFlag) candidates = valueCandidates(p.pendingFlag, p, catalog);
    else if (word.startsWith('-')) candidates = flagCandidates(p, catalog);
    else candidates = argumentCandidates(p, word, catalog);
  }
  const unique = [...new Set(candidates.filter((c) => c.startsWith(word)))].sort();
  return { from, candidates: unique };
}
