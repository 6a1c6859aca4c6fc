/**
 * `kubectl autoscale (-f FILENAME | TYPE NAME | TYPE/NAME) [--min=MINPODS] --max=MAXPODS
 * [--cpu-percent=CPU]`: creates a HorizontalPodAutoscaler for each scalable target and prints
 * `horizontalpodautoscaler.autoscaling/web autoscaled`.
 */
import { findByKind, type KubeObject } from '../../sim';
import type { Command, Invocation } from '../../cmdutil/command';
import { KubectlError, aggregate } from '../../cmdutil/errors';
import { messages } from '../../messages';
import { discovery } from '../../resource/builder';
import { generateHorizontalPodAutoscaler } from '../../generators/hpa';
import { DRY_RUN, FIELD_MANAGER, FILENAME, KUSTOMIZE, PRINT_FLAGS, RECURSIVE, SAVE_CONFIG } from '../shared/commonFlags';
import { dryRunStrategy } from '../shared/dryRun';
import { fetchObjects } from '../shared/fetch';
import { checkOutputFormat } from '../shared/output';
import { createObject } from '../create/createObject';

/** canBeAutoscaled: what has a scale subresource the HPA controller drives. */
const SCALABLE = ['ReplicationController', 'Deployment.apps', 'ReplicaSet.apps', 'StatefulSet.apps'];

function validate(inv: Invocation): void {
  const max = inv.flags.int('max');
  const min = inv.flags.int('min');
  if (max < 1) throw new KubectlError(messages.autoscaleMaxRequired(max));
  if (max < min) throw new KubectlError(messages.autoscaleMaxBelowMin(max, min));
}

function runAutoscale(inv: Invocation): number {
  if (inv.args.length === 0 && inv.flags.strings('filename').length === 0) throw new KubectlError(messages.mustProvideResources);
  validate(inv);
  const dryRun = dryRunStrategy(inv);
  checkOutputFormat(inv.flags.string('output'));
  const result = fetchObjects(inv, {});
  const errors = [...result.errors];
  const hpaInfo = findByKind(discovery(inv.ctx), 'autoscaling/v2', 'HorizontalPodAutoscaler');
  for (const { info, object } of result.found) {
    try {
      const groupKind = info.group ? `${info.kind}.${info.group}` : info.kind;
      if (!SCALABLE.includes(groupKind)) throw new KubectlError(messages.autoscaleCannot(groupKind));
      if (!hpaInfo) throw new KubectlError(messages.unknownResourceType('horizontalpodautoscalers'));
      const hpa = generateHorizontalPodAutoscaler({
        name: inv.flags.string('name') || object.metadata.name,
        target: { apiVersion: object.apiVersion ?? '', kind: object.kind ?? '', name: object.metadata.name },
        min: inv.flags.int('min'),
        max: inv.flags.int('max'),
        cpuPercent: inv.flags.int('cpu-percent'),
      });
      const withNs = { ...hpa, metadata: { ...hpa.metadata, namespace: object.metadata.namespace } } as KubeObject;
      createObject({ ...inv }, hpaInfo, dryRun === 'client' ? hpa : withNs, dryRun, inv.flags.string('field-manager'), 'autoscaled');
    } catch (e) {
      errors.push(e);
    }
  }
  aggregate(errors);
  return 0;
}

export const autoscaleCommand: Command = {
  name: 'autoscale',
  short: 'Scale a workload automatically by its CPU use',
  flags: [
    { name: 'cpu-percent', type: 'int', default: -1, usage: 'Average CPU use to aim for, as a percentage of the pods\' CPU requests; -1 leaves it to the default policy.' },
    DRY_RUN,
    FIELD_MANAGER('kubectl-autoscale'),
    FILENAME,
    KUSTOMIZE,
    { name: 'max', type: 'int', default: -1, required: true, usage: 'Most pods the autoscaler may run. Required.' },
    { name: 'min', type: 'int', default: -1, usage: 'Fewest pods the autoscaler may run; -1 leaves it to the server default (1).' },
    { name: 'name', type: 'string', usage: 'Name of the new autoscaler; by default the name of the workload.' },
    ...PRINT_FLAGS,
    RECURSIVE,
    SAVE_CONFIG,
  ],
  run: runAutoscale,
};
