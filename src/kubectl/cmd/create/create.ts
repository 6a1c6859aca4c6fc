/**
 * `kubectl create -f FILENAME` and the `create <kind>` generator subcommands. Objects from files
 * are created one by one; failures are collected and reported after the successes, as kubectl's
 * ContinueOnError builder does.
 */
import type { Command, Invocation } from '../../cmdutil/command';
import { KubectlError, addSourceToErr, aggregate } from '../../cmdutil/errors';
import { messages } from '../../messages';
import { KUSTOMIZE_FLAG, filenameOptions, hasFilenames, readFilenameOptions } from '../../resource/filenameOptions';
import { DRY_RUN, FIELD_MANAGER, FILENAME, PRINT_FLAGS, RECURSIVE, SAVE_CONFIG, SELECTOR, VALIDATE } from '../shared/commonFlags';
import { dryRunStrategy } from '../shared/dryRun';
import { checkOutputFormat } from '../shared/output';
import { manifestNamespace } from '../shared/manifestNamespace';
import { createObject } from './createObject';
import { createDeployment } from './createDeployment';
import { createService } from './createService';
import { createConfigMap } from './createConfigMap';
import { createSecret } from './createSecret';
import { createNamespace, createServiceAccount } from './createNamespace';
import { createCronJob, createJob } from './createJob';
import { createIngress } from './createIngress';
import { createClusterRole, createRole } from './createRole';
import { createClusterRoleBinding, createRoleBinding } from './createBinding';
import { createPodDisruptionBudget, createPriorityClass, createQuota } from './createPolicy';
import { createToken } from './createToken';

function runCreate(inv: Invocation): number {
  const files = filenameOptions(inv.flags);
  if (!hasFilenames(files)) throw new KubectlError(messages.createRequiresFile);
  const dryRun = dryRunStrategy(inv);
  checkOutputFormat(inv.flags.string('output'));
  const { objects, errors: decodeErrors } = readFilenameOptions(inv.ctx, files);
  const errors: unknown[] = [...decodeErrors];
  if (objects.length === 0 && errors.length === 0) throw new KubectlError(messages.noObjectsPassed('create'));
  for (const { object, info, source } of objects) {
    try {
      const namespace = manifestNamespace(inv, info, object);
      const withNs = info.namespaced ? { ...object, metadata: { ...object.metadata, namespace } } : object;
      createObject(inv, info, withNs, dryRun, inv.flags.string('field-manager'));
    } catch (e) {
      errors.push(addSourceToErr('creating', source, e));
    }
  }
  aggregate(errors);
  return 0;
}

export const createCommand: Command = {
  name: 'create',
  short: 'Create objects from a manifest file or stdin',
  flags: [FILENAME, KUSTOMIZE_FLAG, RECURSIVE, SELECTOR, DRY_RUN, ...PRINT_FLAGS, FIELD_MANAGER('kubectl-create'), SAVE_CONFIG, VALIDATE, { name: 'edit', type: 'bool', unavailable: true }, { name: 'raw', type: 'string', unavailable: true }],
  // kubectl's order (alphabetical by name).
  subcommands: [
    createClusterRole,
    createClusterRoleBinding,
    createConfigMap,
    createCronJob,
    createDeployment,
    createIngress,
    createJob,
    createNamespace,
    createPodDisruptionBudget,
    createPriorityClass,
    createQuota,
    createRole,
    createRoleBinding,
    createSecret,
    createService,
    createServiceAccount,
    createToken,
  ],
  run: runCreate,
};
