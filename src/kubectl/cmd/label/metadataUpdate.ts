/**
 * `kubectl label` and `kubectl annotate` share one flow (pkg/cmd/label, pkg/cmd/annotate):
 * split the arguments into resources and `key=value` / `key-` changes, refuse to change an
 * existing value without `--overwrite`, send a JSON merge patch, report the outcome.
 */
import type { KubeObject } from '../../sim';
import type { Command, Invocation } from '../../cmdutil/command';
import type { FlagSpec } from '../../cmdutil/flags';
import { KubectlError, aggregate } from '../../cmdutil/errors';
import { messages } from '../../messages';
import { ALL, ALL_NAMESPACES, DRY_RUN, FIELD_MANAGER, FIELD_SELECTOR, FILENAME, LOCAL, OVERWRITE, PRINT_FLAGS, RECURSIVE, SELECTOR } from '../shared/commonFlags';
import { dryRunStrategy } from '../shared/dryRun';
import { fetchObjects } from '../shared/fetch';
import { printResult } from '../shared/output';
import { refOf } from '../shared/refs';

export interface MetadataField {
  verb: 'label' | 'annotate';
  field: 'labels' | 'annotations';
  /** Decides the word printed after the object: `labeled`, `not labeled`, `unlabeled`, `annotated`. */
  /** `shrank`: the object's JSON got shorter, which label.go reads as an unlabel. */
  outcome(changed: boolean, shrank: boolean, overwrite: boolean): string;
  noChanges: string;
  invalidSpec(spec: string): string;
}

interface Changes {
  resources: string[];
  set: Map<string, string>;
  remove: string[];
}

function splitArgs(args: readonly string[], m: MetadataField): Changes {
  const c: Changes = { resources: [], set: new Map(), remove: [] };
  for (const arg of args) {
    const eq = arg.indexOf('=');
    if (eq > 0) c.set.set(arg.slice(0, eq), arg.slice(eq + 1));
    else if (arg.endsWith('-') && arg.length > 1) c.remove.push(arg.slice(0, -1));
    else if (eq === 0) throw new KubectlError(m.invalidSpec(arg));
    else c.resources.push(arg);
  }
  return c;
}

function apply(current: Record<string, string>, c: Changes, overwrite: boolean): Record<string, string> {
  if (!overwrite) {
    const clashes = [...c.set].filter(([k, v]) => k in current && current[k] !== v).map(([k]) => new KubectlError(messages.alreadyHasValue(k, current[k])));
    aggregate(clashes);
  }
  const next = { ...current };
  for (const [k, v] of c.set) next[k] = v;
  for (const k of c.remove) delete next[k];
  return next;
}

function mergePatchFor(field: string, before: Record<string, string>, after: Record<string, string>): object {
  const diff: Record<string, string | null> = {};
  for (const [k, v] of Object.entries(after)) if (before[k] !== v) diff[k] = v;
  for (const k of Object.keys(before)) if (!(k in after)) diff[k] = null;
  return { metadata: { [field]: diff } };
}

function runUpdate(inv: Invocation, m: MetadataField): number {
  const c = splitArgs(inv.args, m);
  if (c.resources.length === 0 && inv.flags.strings('filename').length === 0) throw new KubectlError(messages.labelRequiresResources);
  if (c.set.size === 0 && c.remove.length === 0) throw new KubectlError(m.noChanges);
  const overwrite = inv.flags.bool('overwrite');
  const dryRun = dryRunStrategy(inv);
  const result = fetchObjects({ ...inv, args: c.resources }, { labelSelector: inv.flags.string('selector'), fieldSelector: inv.flags.string('field-selector'), allNamespaces: inv.flags.bool('all-namespaces') });
  const errors = [...result.errors];
  for (const { info, object } of result.found) {
    try {
      const before = (object.metadata[m.field] ?? {}) as Record<string, string>;
      const after = apply(before, c, overwrite);
      const changed = JSON.stringify(before) !== JSON.stringify(after);
      let updated: KubeObject = object;
      if (changed && dryRun !== 'client') {
        updated = inv.ctx.client.patch(refOf(info), object.metadata.name, 'merge', mergePatchFor(m.field, before, after), {
          namespace: object.metadata.namespace,
          dryRun: dryRun === 'server',
          fieldManager: inv.flags.string('field-manager'),
        });
      }
      printResult(inv, info, updated, m.outcome(changed, JSON.stringify(after).length < JSON.stringify(before).length, overwrite), dryRun);
    } catch (e) {
      errors.push(e);
    }
  }
  aggregate(errors);
  return 0;
}

export function metadataCommand(name: string, short: string, m: MetadataField, extraFlags: readonly FlagSpec[]): Command {
  return {
    name,
    short,
    flags: [FILENAME, RECURSIVE, SELECTOR, FIELD_SELECTOR, ALL, ALL_NAMESPACES, OVERWRITE, LOCAL, DRY_RUN, ...PRINT_FLAGS, FIELD_MANAGER(`kubectl-${m.verb}`), { name: 'resource-version', type: 'string', unavailable: true }, ...extraFlags],
    run: (inv) => runUpdate(inv, m),
  };
}
