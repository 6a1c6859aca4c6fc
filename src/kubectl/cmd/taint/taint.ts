/**
 * `kubectl taint NODE NAME KEY_1=VAL_1:TAINT_EFFECT_1 … KEY_N-`: adds, updates (`--overwrite`) or
 * removes node taints with a strategic merge patch, printing `node/x tainted|untainted|modified`.
 * The first failing node stops the walk, as kubectl's visitor does.
 */
import type { Node, Taint } from 'kubernetes-types/core/v1';
import { createTwoWayMergePatch, type KubeObject, type Stored } from '../../sim';
import type { Command, Invocation } from '../../cmdutil/command';
import { KubectlError } from '../../cmdutil/errors';
import { messages } from '../../messages';
import { discovery } from '../../resource/builder';
import { resolveResource } from '../../sim';
import { ALL, DRY_RUN, FIELD_MANAGER, PRINT_FLAGS, OVERWRITE, SELECTOR, VALIDATE } from '../shared/commonFlags';
import { dryRunStrategy } from '../shared/dryRun';
import { fetchObjects } from '../shared/fetch';
import { printResult } from '../shared/output';
import { usageError } from '../shared/usage';
import { conflicts, parseTaints, reorganizeTaints } from './taintSpec';

function splitArgs(args: readonly string[]): { resources: string[]; taintArgs: string[] } {
  const resources: string[] = [];
  const taintArgs: string[] = [];
  for (const s of args) {
    const isTaint = s.includes('=') || s.includes(':') || s.endsWith('-');
    if (isTaint) taintArgs.push(s);
    else if (taintArgs.length) throw new KubectlError(messages.taintResourcesFirst(s));
    else resources.push(s);
  }
  if (resources.length < 1) throw new KubectlError(messages.taintNeedsResource);
  if (taintArgs.length < 1) throw new KubectlError(messages.taintNeedsUpdate);
  return { resources, taintArgs };
}

function checkNodeType(inv: Invocation, typed: string): void {
  const type = typed.toLowerCase().split('/')[0];
  const info = resolveResource(discovery(inv.ctx), type);
  if (!info) throw new KubectlError(messages.unknownResourceType(type));
  if (info.kind !== 'Node') throw new KubectlError(messages.taintOnlyNodes(typed.toLowerCase()));
}

function taintNode(inv: Invocation, node: Stored<Node>, add: Taint[], remove: Taint[]): { updated: Stored<Node>; operation: string } {
  const old = node.spec?.taints ?? [];
  const overwrite = inv.flags.bool('overwrite');
  if (!overwrite) {
    const exists = add.filter((t) => old.some((o) => o.key === t.key && o.effect === t.effect)).map((t) => t.key);
    if (exists.length) throw new KubectlError(messages.taintExists(node.metadata.name, exists.join(',')));
  }
  const { taints, operation, errors } = reorganizeTaints(old, add, remove, overwrite);
  if (errors.length) throw new KubectlError(errors.length === 1 ? errors[0] : `[${errors.join(', ')}]`);
  const modified = { ...node, spec: { ...node.spec, taints: taints.length ? taints : undefined } };
  const dryRun = dryRunStrategy(inv);
  if (dryRun === 'client') return { updated: modified as Stored<Node>, operation };
  const patch = createTwoWayMergePatch(node, modified, 'Node');
  const updated = inv.ctx.client.patch<Node>({ group: '', resource: 'nodes' }, node.metadata.name, 'strategic', patch, {
    dryRun: dryRun === 'server',
    fieldManager: inv.flags.string('field-manager'),
  });
  return { updated, operation };
}

/** Spec errors are usage errors in kubectl (they carry the `See … -h` hint). */
function parseTaintArgs(inv: Invocation, taintArgs: string[]): ReturnType<typeof parseTaints> {
  try {
    return parseTaints(taintArgs);
  } catch (e) {
    if (e instanceof KubectlError) throw usageError(inv.commandPath, e.message);
    throw e;
  }
}

function runTaint(inv: Invocation): number {
  const all = inv.flags.bool('all');
  const { resources, taintArgs } = splitArgs(inv.args);
  const { add, remove } = parseTaintArgs(inv, taintArgs);
  checkNodeType(inv, resources[0]);
  const clashing = conflicts(add, remove);
  if (clashing.length) throw new KubectlError(messages.taintConflict(clashing));
  const names = resources.slice(1);
  const args = resources[0].includes('/') ? resources : all || !names.length ? [resources[0]] : resources;
  const result = fetchObjects({ ...inv, args }, { labelSelector: inv.flags.string('selector') });
  for (const { info, object } of result.found) {
    const { updated, operation } = taintNode(inv, object as Stored<Node>, add, remove);
    printResult(inv, info, updated as unknown as KubeObject, operation, dryRunStrategy(inv));
  }
  if (result.errors.length) throw result.errors[0];
  return 0;
}

export const taintCommand: Command = {
  name: 'taint',
  short: 'Add or remove taints on nodes',
  flags: [ALL, DRY_RUN, FIELD_MANAGER('kubectl-taint'), ...PRINT_FLAGS, OVERWRITE, SELECTOR, VALIDATE],
  run: runTaint,
};

