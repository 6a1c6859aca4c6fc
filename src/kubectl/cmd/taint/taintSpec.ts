/**
 * Taint arguments as pkg/cmd/taint/utils.go parses them: `key=value:Effect` adds, `key:Effect-`
 * or `key-` removes. Plus the merge rules that decide between `tainted`, `untainted` and
 * `modified`.
 */
import type { Taint } from 'kubernetes-types/core/v1';
import { KubectlError } from '../../cmdutil/errors';
import { messages } from '../../messages';

const EFFECTS = ['NoSchedule', 'PreferNoSchedule', 'NoExecute'];
const NAME = /^([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]$/;
const VALUE = /^(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?$/;

/** Taint.ToString. */
export function taintString(t: Taint): string {
  if (!t.effect) return t.value ? `${t.key}=${t.value}:` : t.key;
  return t.value ? `${t.key}=${t.value}:${t.effect}` : `${t.key}:${t.effect}`;
}

function validKey(key: string): boolean {
  const slash = key.lastIndexOf('/');
  const name = slash < 0 ? key : key.slice(slash + 1);
  const prefix = slash < 0 ? undefined : key.slice(0, slash);
  return NAME.test(name) && name.length <= 63 && (prefix === undefined || /^[a-z0-9]([-a-z0-9.]*[a-z0-9])?$/.test(prefix));
}

function parseTaint(spec: string): Taint {
  const parts = spec.split(':');
  let key: string;
  let value: string | undefined;
  let effect: string | undefined;
  if (parts.length === 1) key = parts[0];
  else if (parts.length === 2) {
    effect = parts[1];
    if (!EFFECTS.includes(effect)) throw new KubectlError(messages.taintInvalidEffect(effect));
    const kv = parts[0].split('=');
    if (kv.length > 2) throw new KubectlError(messages.taintInvalidSpec(spec));
    key = kv[0];
    if (kv.length === 2) {
      value = kv[1];
      if (!VALUE.test(value)) throw new KubectlError(messages.taintInvalidSpec(spec, messages.labelValueError));
    }
  } else throw new KubectlError(messages.taintInvalidSpec(spec));
  if (!validKey(key)) throw new KubectlError(messages.taintInvalidSpec(spec, messages.qualifiedNameError));
  return { key, ...(value !== undefined ? { value } : {}), ...(effect ? { effect } : {}) } as Taint;
}

/** ParseTaints: additions (which need an effect and must be unique per key and effect) and removals. */
export function parseTaints(specs: readonly string[]): { add: Taint[]; remove: Taint[] } {
  const add: Taint[] = [];
  const remove: Taint[] = [];
  for (const spec of specs) {
    if (spec.endsWith('-')) {
      const t = parseTaint(spec.slice(0, -1));
      remove.push({ key: t.key, ...(t.effect ? { effect: t.effect } : {}) } as Taint);
      continue;
    }
    const t = parseTaint(spec);
    if (!t.effect) throw new KubectlError(messages.taintInvalidSpec(spec));
    if (add.some((a) => a.key === t.key && a.effect === t.effect)) throw new KubectlError(messages.taintDuplicated(`{${t.key} ${t.value ?? ''} ${t.effect} <nil>}`));
    add.push(t);
  }
  return { add, remove };
}

export function conflicts(add: readonly Taint[], remove: readonly Taint[]): string[] {
  const out: string[] = [];
  for (const a of add) for (const r of remove) if (a.key === r.key && (!r.effect || a.effect === r.effect)) out.push(`${r.key}=${r.effect ?? ''}`);
  return out;
}

const sameTaint = (a: Taint, b: Taint) => a.key === b.key && a.effect === b.effect;

/** reorganizeTaints: the node's new taint list and the word kubectl prints for the change. */
export function reorganizeTaints(old: readonly Taint[], add: readonly Taint[], remove: readonly Taint[], overwrite: boolean): { taints: Taint[]; operation: string; errors: string[] } {
  let taints = [...add];
  for (const o of old) if (!taints.some((t) => sameTaint(t, o))) taints.push(o);
  const added = old.length !== taints.length;
  const errors: string[] = [];
  let deleted = false;
  for (const r of remove) {
    const before = taints.length;
    taints = taints.filter((t) => (r.effect ? !sameTaint(t, r) : t.key !== r.key));
    deleted = taints.length !== before;
    if (!deleted) errors.push(messages.taintNotFound(taintString(r)));
  }
  const operation = (added && deleted) || overwrite ? 'modified' : added ? 'tainted' : 'untainted';
  return { taints, operation, errors };
}
