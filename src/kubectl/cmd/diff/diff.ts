/**
 * `kubectl diff -f FILENAME`: what `apply` would change. Each object's live state and the result
 * of a server-side dry-run apply are printed as YAML and compared like kubectl's external
 * `diff -u -N LIVE MERGED` (one `diff -u -N …` line per changed file, then the hunks).
 * Exit code 1 when something differs, 0 when nothing does.
 */
import { createThreeWayMergePatch, isApiError, patchTypeForKind, type KubeObject, type ResourceInfo, type Stored } from '../../sim';
import type { Command, Invocation } from '../../cmdutil/command';
import { KubectlError, aggregate } from '../../cmdutil/errors';
import { messages } from '../../messages';
import { printYaml } from '../../printers';
import { KUSTOMIZE_FLAG, filenameOptions, hasFilenames, readFilenameOptions } from '../../resource/filenameOptions';
import type { ManifestObject } from '../../resource/manifest';
import { unifiedHunks } from '../../util/unifiedDiff';
import { FIELD_MANAGER, FILENAME, RECURSIVE, SELECTOR } from '../shared/commonFlags';
import { withoutManagedFields } from '../shared/formatObjects';
import { manifestNamespace } from '../shared/manifestNamespace';
import { refOf } from '../shared/refs';
import { LAST_APPLIED_ANNOTATION, withLastApplied } from '../apply/lastApplied';

/** `apps.v1.Deployment.default.web`: kubectl's file name for an object. */
function fileName(info: ResourceInfo, obj: KubeObject): string {
  const gv = info.group ? `${info.group}.${info.version}` : info.version;
  return [gv, info.kind, ...(obj.metadata?.namespace ? [obj.metadata.namespace] : []), obj.metadata?.name ?? ''].join('.');
}

/** Live and merged YAML for one manifest ('' for a side that does not exist). */
function sides(inv: Invocation, m: ManifestObject): { live: string; merged: string; obj: KubeObject } {
  const namespace = manifestNamespace(inv, m.info, m.object);
  const obj: KubeObject = namespace ? { ...m.object, metadata: { ...m.object.metadata, namespace } } : m.object;
  const ref = refOf(m.info);
  const name = obj.metadata?.name ?? '';
  const write = { namespace, dryRun: true, fieldManager: inv.flags.string('field-manager') };
  const { modified } = withLastApplied(obj);
  let live: Stored | undefined;
  try {
    live = inv.ctx.client.get(ref, name, { namespace });
  } catch (e) {
    if (!isApiError(e, 'NotFound')) throw e;
  }
  const show = (o: KubeObject) => printYaml(withoutManagedFields(o, false));
  if (!live) return { live: '', merged: show(inv.ctx.client.create(ref, modified, write)), obj };
  const original = live.metadata.annotations?.[LAST_APPLIED_ANNOTATION];
  const patch = createThreeWayMergePatch(original ? (JSON.parse(original) as object) : undefined, modified, live, m.info.kind);
  const merged = inv.ctx.client.patch(ref, name, patchTypeForKind(m.info.kind), patch, write);
  return { live: show(live), merged: show(merged), obj };
}

/** A stable stand-in for the random suffix of Go's os.MkdirTemp. */
function tempSuffix(seed: string): string {
  let h = 2166136261;
  for (let i = 0; i < seed.length; i++) h = Math.imul(h ^ seed.charCodeAt(i), 16777619) >>> 0;
  return String(h);
}

function stamp(ms: number): string {
  return `${new Date(ms).toISOString().replace('T', ' ').replace(/\.(\d{3})Z$/, '.$1000000 +0000')}`;
}

function runDiff(inv: Invocation): number {
  const fileOptions = filenameOptions(inv.flags);
  if (!hasFilenames(fileOptions)) throw new KubectlError(messages.createRequiresFile);
  const { objects, errors: decodeErrors } = readFilenameOptions(inv.ctx, fileOptions);
  const errors: unknown[] = [...decodeErrors];
  const files: { name: string; live: string; merged: string }[] = [];
  for (const m of objects) {
    try {
      const { live, merged, obj } = sides(inv, m);
      files.push({ name: fileName(m.info, obj), live, merged });
    } catch (e) {
      errors.push(e);
    }
  }
  const liveDir = `/tmp/LIVE-${tempSuffix(`live${inv.ctx.now()}`)}`;
  const mergedDir = `/tmp/MERGED-${tempSuffix(`merged${inv.ctx.now()}`)}`;
  let differs = false;
  for (const f of files.sort((a, b) => (a.name < b.name ? -1 : 1))) {
    const hunks = unifiedHunks(f.live, f.merged);
    if (!hunks) continue;
    differs = true;
    const when = stamp(inv.ctx.now());
    const liveStamp = f.live ? when : stamp(0);
    inv.ctx.stdout.write(
      `diff -u -N ${liveDir}/${f.name} ${mergedDir}/${f.name}\n--- ${liveDir}/${f.name}\t${liveStamp}\n+++ ${mergedDir}/${f.name}\t${when}\n${hunks}`,
    );
  }
  aggregate(errors);
  return differs ? 1 : 0;
}

export const diffCommand: Command = {
  name: 'diff',
  short: 'Show what applying manifests would change',
  flags: [
    { name: 'concurrency', type: 'int', default: 1, usage: 'How many objects to compare at the same time; more is faster.' },
    FIELD_MANAGER('kubectl-client-side-apply'),
    FILENAME,
    { name: 'force-conflicts', type: 'bool', unavailable: true },
    KUSTOMIZE_FLAG,
    { name: 'prune', type: 'bool', unavailable: true },
    { name: 'prune-allowlist', type: 'stringArray', unavailable: true },
    RECURSIVE,
    SELECTOR,
    { name: 'server-side', type: 'bool', unavailable: true },
    { name: 'show-managed-fields', type: 'bool', usage: 'Compare metadata.managedFields too; they are left out otherwise.' },
  ],
  run: runDiff,
};
