/**
 * `kubectl set image (-f FILENAME | TYPE NAME) CONTAINER=IMAGE …`: changes container (and init
 * container) images with a strategic merge patch; `*` matches every container. Objects whose
 * images already match are left alone and print nothing, as in kubectl.
 */
import type { Container } from 'kubernetes-types/core/v1';
import type { KubeObject } from '../../sim';
import type { Command, Invocation } from '../../cmdutil/command';
import { CHANGE_CAUSE_ANNOTATION } from '../rollout/deploymentRevisions';
import { KubectlError, aggregate } from '../../cmdutil/errors';
import { messages } from '../../messages';
import { ALL, DRY_RUN, FIELD_MANAGER, FILENAME, LOCAL, PRINT_FLAGS, RECORD, RECURSIVE, SELECTOR } from '../shared/commonFlags';
import { dryRunStrategy } from '../shared/dryRun';
import { fetchObjects } from '../shared/fetch';
import { printResult } from '../shared/output';
import { nestUnderPodSpec, podSpecOf } from '../shared/podSpec';
import { refOf } from '../shared/refs';

function splitArgs(args: readonly string[]): { resources: string[]; images: Map<string, string> } {
  const resources: string[] = [];
  const images = new Map<string, string>();
  for (const arg of args) {
    const eq = arg.indexOf('=');
    if (eq < 0) {
      resources.push(arg);
      continue;
    }
    if (eq === 0 || eq === arg.length - 1) throw new KubectlError(messages.setImageSpecFormat(arg));
    images.set(arg.slice(0, eq), arg.slice(eq + 1));
  }
  return { resources, images };
}

/** Returns the containers whose image changes, as patch entries (`name` is the merge key). */
function changedContainers(containers: readonly Container[] | undefined, images: Map<string, string>, errors: unknown[]): Container[] {
  const changed: Container[] = [];
  for (const [name, image] of images) {
    const matching = (containers ?? []).filter((c) => name === '*' || c.name === name);
    if (matching.length === 0 && name !== '*') errors.push(new KubectlError(messages.setImageNoContainer(name)));
    for (const c of matching) if (c.image !== image) changed.push({ image, name: c.name });
  }
  return changed;
}

/** `--record`, or an object that already carries a change cause, records this command line. */
function recordChangeCause(inv: Invocation, object: KubeObject): boolean {
  return inv.flags.bool('record') || object.metadata?.annotations?.[CHANGE_CAUSE_ANNOTATION] !== undefined;
}

function runSetImage(inv: Invocation): number {
  const { resources, images } = splitArgs(inv.args);
  if (resources.length === 0 && inv.flags.strings('filename').length === 0) throw new KubectlError(messages.mustProvideResources);
  if (images.size === 0) throw new KubectlError(messages.setImageNoSpecs);
  const dryRun = dryRunStrategy(inv);
  const result = fetchObjects({ ...inv, args: resources }, { labelSelector: inv.flags.string('selector') });
  const errors = [...result.errors];
  for (const { info, object } of result.found) {
    const spec = podSpecOf(object);
    const containerErrors: unknown[] = [];
    const containers = changedContainers(spec?.containers, images, containerErrors);
    const initContainers = changedContainers(spec?.initContainers, images, []);
    if (containerErrors.length && initContainers.length === 0) {
      errors.push(...containerErrors);
      continue;
    }
    if (containers.length === 0 && initContainers.length === 0) continue;
    const patch = nestUnderPodSpec(object.kind ?? '', {
      ...(containers.length ? { containers } : {}),
      ...(initContainers.length ? { initContainers } : {}),
    });
    if (recordChangeCause(inv, object)) patch.metadata = { annotations: { [CHANGE_CAUSE_ANNOTATION]: inv.changeCause } };
    const updated =
      dryRun === 'client'
        ? object
        : inv.ctx.client.patch(refOf(info), object.metadata.name, 'strategic', patch, {
            namespace: object.metadata.namespace,
            dryRun: dryRun === 'server',
            fieldManager: inv.flags.string('field-manager'),
          });
    printResult(inv, info, updated, 'image updated', dryRun);
  }
  aggregate(errors);
  return 0;
}

export const setImageCommand: Command = {
  name: 'image',
  short: 'Change the container images of pod templates',
  flags: [FILENAME, RECURSIVE, SELECTOR, ALL, LOCAL, DRY_RUN, RECORD, ...PRINT_FLAGS, FIELD_MANAGER('kubectl-set')],
  run: runSetImage,
};
