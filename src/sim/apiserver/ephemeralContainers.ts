/**
 * pods/ephemeralcontainers: the only way to add a container to a running pod (`kubectl debug`).
 * Only `spec.ephemeralContainers` changes, and only by additions; the rest of the pod is kept as
 * stored, as the ephemeral containers strategy does. The kubelet notices the new entry and runs it.
 */
import type { Container, EphemeralContainer, PodSpec } from 'kubernetes-types/core/v1';
import { clone, deepEqual } from '../../common/objects';
import * as errors from '../api/errors';
import { duplicate, forbidden, invalid, notFound, required, type FieldError } from '../api/fieldErrors';
import type { KubeObject, Stored } from '../api/types';
import type { WriteOptions } from '../client/types';
import type { ApiServer, Target } from './apiServer';
import { isDNS1123Label } from './validation/names';

const PATH = 'spec.ephemeralContainers';
/** Fields a debugging container may not have: it gets no resources, ports or lifecycle of its own. */
const NOT_FOR_EPHEMERAL = ['ports', 'livenessProbe', 'readinessProbe', 'startupProbe', 'lifecycle', 'resizePolicy', 'restartPolicy'] as const;

function validateEphemeralContainer(c: EphemeralContainer, i: number, spec: PodSpec, seen: Set<string>): FieldError[] {
  const path = `${PATH}[${i}]`;
  const errs: FieldError[] = [];
  if (!c.name) errs.push(required(`${path}.name`));
  else if (isDNS1123Label(c.name).length) errs.push(...isDNS1123Label(c.name).map((m) => invalid(`${path}.name`, c.name, m)));
  else if (seen.has(c.name)) errs.push(duplicate(`${path}.name`, c.name));
  seen.add(c.name);
  if (!c.image) errs.push(required(`${path}.image`));
  for (const field of NOT_FOR_EPHEMERAL) if (c[field] !== undefined) errs.push(forbidden(`${path}.${field}`, 'cannot be set for an Ephemeral Container'));
  const resources = c.resources as { limits?: object; requests?: object } | undefined;
  if (Object.keys(resources?.limits ?? {}).length || Object.keys(resources?.requests ?? {}).length) {
    errs.push(forbidden(`${path}.resources`, 'cannot be set for an Ephemeral Container'));
  }
  const targets = [...(spec.initContainers ?? []), ...spec.containers].map((x: Container) => x.name);
  if (c.targetContainerName && !targets.includes(c.targetContainerName)) errs.push(notFound(`${path}.targetContainerName`, c.targetContainerName));
  return errs;
}

/** ValidatePodEphemeralContainersUpdate: the list only grows, and every entry is a valid ephemeral container. */
export function validateEphemeralContainersUpdate(next: PodSpec, prev: PodSpec): FieldError[] {
  const seen = new Set([...(next.initContainers ?? []), ...next.containers].map((c) => c.name));
  const errs = (next.ephemeralContainers ?? []).flatMap((c, i) => validateEphemeralContainer(c, i, next, seen));
  for (const old of prev.ephemeralContainers ?? []) {
    const i = (next.ephemeralContainers ?? []).findIndex((c) => c.name === old.name);
    if (i < 0) errs.push(forbidden(PATH, `existing ephemeral containers "${old.name}" may not be removed`));
    else if (!deepEqual(next.ephemeralContainers![i], old)) errs.push(forbidden(`${PATH}[${i}]`, `existing ephemeral containers "${old.name}" may not be changed`));
  }
  return errs;
}

/** PUT or PATCH on pods/ephemeralcontainers, given the pod as the client wants it. */
export function updateEphemeralContainers(api: ApiServer, t: Target, existing: Stored, input: KubeObject, opts: WriteOptions): Stored {
  const name = existing.metadata.name;
  if (t.key !== 'pods') throw errors.notFound(t.info, name);
  const rv = input.metadata?.resourceVersion;
  if (rv && rv !== existing.metadata.resourceVersion) throw errors.conflict(t.info, name, errors.STALE_OBJECT);
  const prev = existing.spec as PodSpec;
  const requested = clone((input.spec as PodSpec | undefined)?.ephemeralContainers ?? []);
  const next = { ...clone(existing), spec: { ...clone(prev), ephemeralContainers: requested } } as KubeObject;
  if (!requested.length) delete (next.spec as PodSpec).ephemeralContainers;
  api.policy.applyDefaults(t.key, next);
  const errs = validateEphemeralContainersUpdate(next.spec as PodSpec, prev);
  if (errs.length) throw errors.invalid('Pod', '', name, errs);
  if (deepEqual(next, existing)) return existing;
  if (opts.dryRun) return next as Stored;
  return api.store.update(t.key, next);
}
