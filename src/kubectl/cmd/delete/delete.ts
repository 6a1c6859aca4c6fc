/**
 * `kubectl delete`: by name, `-f`, `-l`, `--all`; prints `pod "web" deleted` per object, then
 * (with `--wait`, the default) polls until every deleted object is gone, as kubectl's wait does.
 */
import { isApiError, type ResourceInfo } from '../../sim';
import type { Command, Invocation } from '../../cmdutil/command';
import { KubectlError, aggregate } from '../../cmdutil/errors';
import { messages } from '../../messages';
import { parseResourceArgs } from '../../resource/builder';
import { KUSTOMIZE_FLAG, filenameOptions, hasFilenames, readFilenameOptions } from '../../resource/filenameOptions';
import { ALL, ALL_NAMESPACES, DRY_RUN, FIELD_SELECTOR, FILENAME, OUTPUT, RECURSIVE, SELECTOR } from '../shared/commonFlags';
import { manifestNamespace } from '../shared/manifestNamespace';
import { refOf, requestNamespace } from '../shared/refs';
import { completeDeleteOptions, type DeleteOptions } from './deleteOptions';
import { waitForDeletion, type Deleted } from './waitForDeletion';

interface Target {
  info: ResourceInfo;
  name: string;
  namespace?: string;
}

function targetsFromArgs(inv: Invocation, o: DeleteOptions): Target[] {
  const parsed = parseResourceArgs(inv.ctx, inv.args);
  if (parsed.kind === 'names') {
    if (o.all || o.selector) throw new KubectlError(messages.ambiguousSelectorAndNames);
    return parsed.items.map((i) => ({ ...i, namespace: requestNamespace(i.info, inv.namespace) }));
  }
  if (!o.all && !o.selector && !o.fieldSelector) throw new KubectlError(messages.deleteNeedsName);
  const allNamespaces = inv.flags.bool('all-namespaces');
  return parsed.infos.flatMap((info) => {
    const namespace = info.namespaced && !allNamespaces ? inv.namespace : undefined;
    const list = inv.ctx.client.list(refOf(info), { namespace, labelSelector: o.selector || undefined, fieldSelector: o.fieldSelector || undefined });
    return list.items.map((obj) => ({ info, name: obj.metadata.name, namespace: obj.metadata.namespace }));
  });
}

function collectTargets(inv: Invocation, o: DeleteOptions, errors: unknown[]): Target[] {
  const files = filenameOptions(inv.flags);
  if (hasFilenames(files)) {
    if (inv.args.length) throw new KubectlError(messages.filesAndArgs);
    const decoded = readFilenameOptions(inv.ctx, files);
    errors.push(...decoded.errors);
    return decoded.objects.map((m) => ({ info: m.info, name: m.object.metadata?.name ?? '', namespace: manifestNamespace(inv, m.info, m.object) }));
  }
  if (inv.args.length === 0) throw new KubectlError(messages.mustProvideResources);
  return targetsFromArgs(inv, o);
}

function deleteOne(inv: Invocation, o: DeleteOptions, t: Target): Deleted | undefined {
  const obj =
    o.dryRun === 'client'
      ? inv.ctx.client.get(refOf(t.info), t.name, { namespace: t.namespace })
      : inv.ctx.client.delete(refOf(t.info), t.name, {
          namespace: t.namespace,
          dryRun: o.dryRun === 'server',
          propagationPolicy: o.propagationPolicy,
          ...(o.gracePeriod >= 0 ? { gracePeriodSeconds: o.gracePeriod } : {}),
        });
  const kindName = t.info.group ? `${t.info.singular}.${t.info.group}` : t.info.singular;
  if (inv.flags.string('output') === 'name') inv.ctx.stdout.write(`${kindName}/${t.name}\n`);
  else inv.ctx.stdout.write(`${messages.deleted(kindName, t.name, o.dryRun)}\n`);
  return o.dryRun === 'none' ? { info: t.info, name: t.name, namespace: t.namespace, uid: obj.metadata.uid } : undefined;
}

async function runDelete(inv: Invocation): Promise<number> {
  const o = completeDeleteOptions(inv);
  const errors: unknown[] = [];
  const targets = collectTargets(inv, o, errors);
  if (o.force && o.gracePeriod === 0) inv.ctx.stderr.write(`${messages.forceDeleteWarning}\n`);
  if (targets.length === 0 && errors.length === 0) {
    inv.ctx.stdout.write(`${messages.noResourcesFoundPlain}\n`);
    return 0;
  }
  const deleted: Deleted[] = [];
  for (const t of targets) {
    try {
      const d = deleteOne(inv, o, t);
      if (d) deleted.push(d);
    } catch (e) {
      if (!(o.ignoreNotFound && isApiError(e, 'NotFound'))) errors.push(e);
    }
  }
  if (o.wait && deleted.length) {
    const code = await waitForDeletion(inv, deleted, o.timeoutSeconds);
    if (code !== 0) return code;
  }
  aggregate(errors);
  return 0;
}

export const deleteCommand: Command = {
  name: 'delete',
  short: 'Delete objects by name, manifest or selector',
  flags: [
    FILENAME,
    KUSTOMIZE_FLAG,
    RECURSIVE,
    SELECTOR,
    FIELD_SELECTOR,
    ALL,
    ALL_NAMESPACES,
    DRY_RUN,
    OUTPUT,
    { name: 'grace-period', type: 'int', default: -1, usage: 'Seconds the objects get to shut down; -1 keeps their own setting, 0 (with --force) removes them at once.' },
    { name: 'force', type: 'bool', usage: 'Remove the objects from the API without waiting for the kubelet to confirm the containers stopped. Needs --grace-period=0.' },
    { name: 'now', type: 'bool', usage: 'Ask for a shutdown at once, the same as --grace-period=1.' },
    { name: 'wait', type: 'bool', default: true, usage: 'Return only when the objects are really gone (finalizers done).' },
    { name: 'timeout', type: 'duration', usage: 'How long to wait for the deletion before giving up; 0s picks a time from the object\'s size.' },
    { name: 'cascade', type: 'string', default: 'background', noOptDefault: 'background', usage: 'What happens to the objects the deleted ones own: background (deleted afterwards), foreground (deleted first) or orphan (kept).' },
    { name: 'ignore-not-found', type: 'bool', usage: 'Succeed quietly when an object is already gone. On by default with --all.' },
    { name: 'interactive', shorthand: 'i', type: 'bool', unavailable: true },
    { name: 'raw', type: 'string', unavailable: true },
  ],
  run: runDelete,
};
