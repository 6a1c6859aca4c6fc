/**
 * Finding, or creating, the Deployment's new ReplicaSet: named `<deployment>-<pod-template-hash>`,
 * selecting on that hash, carrying the next revision. Re-applying an old template (what
 * `kubectl rollout undo` does) finds the old set again and moves it to the newest revision.
 */
import type { ReplicaSet } from 'kubernetes-types/apps/v1';
import { clone } from '../../../common/objects';
import { isApiError } from '../../api/errors';
import { REPLICASETS } from '../../api/resources';
import { asKubeObject, getControllerOf, newControllerRef } from '../util/controllerRef';
import { computeHash, DEFAULT_DEPLOYMENT_UNIQUE_LABEL_KEY } from '../util/podTemplateHash';
import { isNamespaceTerminating } from '../replicaset/podControl';
import { REVISION_ANNOTATION, setDeploymentRevision, setNewReplicaSetAnnotations } from './annotations';
import { DEPLOYMENT_PROGRESSING, FAILED_RS_CREATE_REASON, FOUND_NEW_RS_REASON, getDeploymentCondition, NEW_RS_REASON, newDeploymentCondition, setDeploymentCondition } from './conditions';
import { updateDeploymentAnnotations, updateDeploymentStatus, type D, type DeploymentControllerCore } from './deploymentContext';
import { hasProgressDeadline, minReadySecondsOf } from './deploymentSpec';
import { newRSNewReplicas } from './replicaMath';
import { equalIgnoreHash, findNewReplicaSet, findOldReplicaSets, maxRevision, type RS } from './replicaSetUtil';

const errorText = (e: unknown) => (e instanceof Error ? e.message : String(e));

/** Writes the Deployment's revision annotation and status, whichever changed. */
function persist(dc: DeploymentControllerCore, d: D, revisionChanged: boolean, statusChanged: boolean): void {
  if (revisionChanged) updateDeploymentAnnotations(dc, d);
  if (statusChanged) updateDeploymentStatus(dc, d);
}

/** An existing new set: bring its annotations and minReadySeconds up to date. */
function syncExistingNewReplicaSet(dc: DeploymentControllerCore, d: D, existing: RS, newRevision: string): RS {
  const rsCopy = clone(existing) as RS;
  const annotationsUpdated = setNewReplicaSetAnnotations(d, rsCopy, newRevision, true);
  if (annotationsUpdated || (rsCopy.spec?.minReadySeconds ?? 0) !== minReadySecondsOf(d)) {
    rsCopy.spec = { ...rsCopy.spec!, minReadySeconds: minReadySecondsOf(d) };
    return dc.client.update<ReplicaSet>(REPLICASETS, rsCopy, { namespace: d.metadata.namespace });
  }
  const revisionChanged = setDeploymentRevision(d, rsCopy.metadata.annotations?.[REVISION_ANNOTATION] ?? '');
  let statusChanged = false;
  // Progress estimates start from the first time the new set was noticed.
  if (hasProgressDeadline(d) && !getDeploymentCondition(d.status, DEPLOYMENT_PROGRESSING)) {
    const msg = `Found new replica set "${rsCopy.metadata.name}"`;
    setDeploymentCondition((d.status ??= {}), newDeploymentCondition(DEPLOYMENT_PROGRESSING, 'True', FOUND_NEW_RS_REASON, msg, dc.clock.now()));
    statusChanged = true;
  }
  persist(dc, d, revisionChanged, statusChanged);
  return rsCopy;
}

function newReplicaSetFor(d: D, oldRSs: readonly RS[]): ReplicaSet {
  const template = clone(d.spec!.template);
  const hash = computeHash(template, d.status?.collisionCount);
  const labels = { ...(template.metadata?.labels ?? {}), [DEFAULT_DEPLOYMENT_UNIQUE_LABEL_KEY]: hash };
  template.metadata = { ...template.metadata, labels };
  const selector = clone(d.spec!.selector);
  selector.matchLabels = { ...(selector.matchLabels ?? {}), [DEFAULT_DEPLOYMENT_UNIQUE_LABEL_KEY]: hash };
  const rs: ReplicaSet = {
    apiVersion: 'apps/v1',
    kind: 'ReplicaSet',
    metadata: {
      // Deterministic, so a retried create finds the set instead of making another.
      name: `${d.metadata.name}-${hash}`,
      namespace: d.metadata.namespace,
      ownerReferences: [newControllerRef(d, 'apps/v1', 'Deployment')],
      labels,
    },
    spec: { replicas: 0, minReadySeconds: minReadySecondsOf(d), selector, template },
  };
  rs.spec!.replicas = newRSNewReplicas(d, [...oldRSs, rs as RS], rs);
  return rs;
}

/**
 * A set with our name already exists. If it is ours and has our template, it is the new set
 * (the cache was behind); otherwise the hash collided: bump collisionCount and retry.
 */
function resolveAlreadyExists(dc: DeploymentControllerCore, d: D, name: string, err: unknown): RS {
  const rs = dc.rsInformer.get(d.metadata.namespace ?? '', name) ?? dc.client.get<ReplicaSet>(REPLICASETS, name, { namespace: d.metadata.namespace });
  if (getControllerOf(rs)?.uid === d.metadata.uid && equalIgnoreHash(d.spec?.template, rs.spec?.template)) return rs;
  d.status = { ...d.status, collisionCount: (d.status?.collisionCount ?? 0) + 1 };
  updateDeploymentStatus(dc, d);
  throw err;
}

function createNewReplicaSet(dc: DeploymentControllerCore, d: D, oldRSs: readonly RS[], newRevision: string): RS {
  const rs = newReplicaSetFor(d, oldRSs);
  setNewReplicaSetAnnotations(d, rs, newRevision, false);
  const name = rs.metadata!.name!;
  let created: RS;
  let alreadyExists = false;
  try {
    created = dc.client.create<ReplicaSet>(REPLICASETS, rs, { namespace: d.metadata.namespace });
  } catch (e) {
    if (isApiError(e, 'AlreadyExists')) {
      alreadyExists = true;
      created = resolveAlreadyExists(dc, d, name, e);
    } else {
      if (!isNamespaceTerminating(e)) reportCreateFailure(dc, d, `Failed to create new replica set "${name}": ${errorText(e)}`);
      throw e;
    }
  }
  const replicas = rs.spec?.replicas ?? 0;
  if (!alreadyExists && replicas > 0) {
    dc.recorder.event(asKubeObject(d), 'Normal', 'ScalingReplicaSet', `Scaled up replica set ${created.metadata.name} from 0 to ${replicas}`);
  }
  const revisionChanged = setDeploymentRevision(d, newRevision);
  let statusChanged = false;
  if (!alreadyExists && hasProgressDeadline(d)) {
    const msg = `Created new replica set "${created.metadata.name}"`;
    setDeploymentCondition((d.status ??= {}), newDeploymentCondition(DEPLOYMENT_PROGRESSING, 'True', NEW_RS_REASON, msg, dc.clock.now()));
    statusChanged = true;
  }
  persist(dc, d, revisionChanged, statusChanged);
  return created;
}

function reportCreateFailure(dc: DeploymentControllerCore, d: D, msg: string): void {
  if (hasProgressDeadline(d)) {
    setDeploymentCondition((d.status ??= {}), newDeploymentCondition(DEPLOYMENT_PROGRESSING, 'False', FAILED_RS_CREATE_REASON, msg, dc.clock.now()));
    try {
      updateDeploymentStatus(dc, d);
    } catch {
      // The create failure is the bigger problem to report; the status write is retried later.
    }
  }
  dc.recorder.event(asKubeObject(d), 'Warning', FAILED_RS_CREATE_REASON, msg);
}

export function getNewReplicaSet(dc: DeploymentControllerCore, d: D, rsList: readonly RS[], oldRSs: readonly RS[], createIfNotExisted: boolean): RS | undefined {
  const existing = findNewReplicaSet(d, rsList);
  const newRevision = String(maxRevision(oldRSs) + 1);
  if (existing) return syncExistingNewReplicaSet(dc, d, existing, newRevision);
  if (!createIfNotExisted) return undefined;
  return createNewReplicaSet(dc, d, oldRSs, newRevision);
}

/** The new set (created when asked) and every old one, with the revision annotations in sync. */
export function getAllReplicaSetsAndSyncRevision(dc: DeploymentControllerCore, d: D, rsList: readonly RS[], createIfNotExisted: boolean): { newRS: RS | undefined; oldRSs: RS[] } {
  const oldRSs = findOldReplicaSets(d, rsList);
  const newRS = getNewReplicaSet(dc, d, rsList, oldRSs, createIfNotExisted);
  return { newRS, oldRSs };
}
