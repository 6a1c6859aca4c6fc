/**
 * The flow `set env`, `set resources` and `set serviceaccount` share (they are built on
 * polymorphichelpers.UpdatePodSpecForObject): fetch the objects, change a copy of each pod spec,
 * send the difference as a strategic merge patch, and print `<ref> <operation>`. Objects the
 * change leaves untouched print nothing, as in kubectl.
 */
import type { PodSpec } from 'kubernetes-types/core/v1';
import { createTwoWayMergePatch, isEmptyPatch, type KubeObject, type ResourceInfo } from '../../sim';
import type { Invocation } from '../../cmdutil/command';
import { KubectlError, aggregate } from '../../cmdutil/errors';
import { messages } from '../../messages';
import { dryRunStrategy } from '../shared/dryRun';
import { fetchObjects } from '../shared/fetch';
import { printResult } from '../shared/output';
import { podSpecPath } from '../shared/podSpec';
import { refOf } from '../shared/refs';

/** Changes `spec` in place; returns false to skip the object (after a warning, say). */
export type PodSpecMutation = (spec: PodSpec, object: KubeObject, info: ResourceInfo) => boolean | void;

function withSpec(object: KubeObject, mutate: (spec: PodSpec) => boolean | void): KubeObject | undefined {
  const path = podSpecPath(object.kind ?? '');
  if (!path) return undefined;
  const copy = JSON.parse(JSON.stringify(object)) as Record<string, unknown>;
  let cur = copy;
  for (const key of path) cur = (cur[key] ??= {}) as Record<string, unknown>;
  return mutate(cur as unknown as PodSpec) === false ? undefined : (copy as KubeObject);
}

export function updatePodTemplates(inv: Invocation, resources: string[], operation: string, mutate: PodSpecMutation): number {
  if (resources.length === 0 && inv.flags.strings('filename').length === 0) throw new KubectlError(messages.labelRequiresResources);
  const dryRun = dryRunStrategy(inv);
  const result = fetchObjects({ ...inv, args: resources }, { labelSelector: inv.flags.string('selector'), allNamespaces: false });
  const errors = [...result.errors];
  for (const { info, object } of result.found) {
    try {
      const modified = withSpec(object, (spec) => mutate(spec, object, info));
      if (!modified) {
        if (!podSpecPath(object.kind ?? '')) errors.push(new KubectlError(messages.noPodTemplate(`*${info.version}.${object.kind ?? ''}`)));
        continue;
      }
      const patch = createTwoWayMergePatch(object, modified, object.kind ?? '');
      if (isEmptyPatch(patch)) continue;
      const updated =
        dryRun === 'client'
          ? modified
          : inv.ctx.client.patch(refOf(info), object.metadata.name, 'strategic', patch, {
              namespace: object.metadata.namespace,
              dryRun: dryRun === 'server',
              fieldManager: inv.flags.string('field-manager'),
            });
      printResult(inv, info, updated, operation, dryRun);
    } catch (e) {
      errors.push(e);
    }
  }
  aggregate(errors);
  return 0;
}

/** filepath.Match-like container selection (`*`, `web*`), what `-c/--containers` takes. */
export function containerMatcher(pattern: string): (name: string) => boolean {
  const re = new RegExp(`^${pattern.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*').replace(/\?/g, '.')}$`);
  return (name) => re.test(name);
}
