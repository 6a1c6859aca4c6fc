/**
 * syncClaim as a pure decision: from a claim, the volumes, the classes and the pods waiting on
 * it, what the PV controller does next. The controller carries the decision out.
 */
import type { PersistentVolume, PersistentVolumeClaim } from 'kubernetes-types/core/v1';
import type { StorageClass } from 'kubernetes-types/storage/v1';
import { ANN_BETA_STORAGE_CLASS, ANN_BIND_COMPLETED, ANN_BOUND_BY_CONTROLLER, ANN_SELECTED_NODE, claimClass, defaultClass, hasAnnotation } from './annotations';
import { checkVolumeSatisfyClaim, findBestMatchForClaim, isVolumeBoundToClaim, type CandidateNode } from './matchVolume';

export interface ControllerEvent {
  type: 'Normal' | 'Warning';
  reason: string;
  message: string;
}

export type ClaimAction =
  /** Make sure the claim shows Pending, recording the event if any. */
  | { kind: 'pending'; event?: ControllerEvent }
  /** Bind (or finish binding) the claim and the volume, both ways. */
  | { kind: 'bind'; volume: PersistentVolume }
  /** Leave it to the class's external provisioner: annotate the claim and say so. */
  | { kind: 'provision'; provisioner: string; event: ControllerEvent }
  /** Retroactive default class: a claim created before any default class existed gets it now. */
  | { kind: 'assignDefaultClass'; className: string }
  /** Already bound both ways: just make sure the claim's status says so. */
  | { kind: 'bound'; volume: PersistentVolume }
  | { kind: 'lost'; event: ControllerEvent };

export interface ClaimSyncInput {
  claim: PersistentVolumeClaim;
  volumes: readonly PersistentVolume[];
  classes: ReadonlyMap<string, StorageClass>;
  /** Names of the unscheduled pods that use the claim (WaitForPodScheduled wording). */
  unscheduledPods: readonly string[];
  /** The node named by `volume.kubernetes.io/selected-node`, with its labels, if any. */
  selectedNode?: CandidateNode;
}

export const externalProvisioningMessage = (provisioner: string) =>
  `Waiting for a volume to be created either by the external provisioner '${provisioner}' or manually by the system administrator. If volume creation is delayed, please verify that the provisioner is running and correctly registered.`;

function waitForFirstConsumer(pods: readonly string[]): ControllerEvent {
  if (pods.length === 0) return { type: 'Normal', reason: 'WaitForFirstConsumer', message: 'waiting for first consumer to be created before binding' };
  const message = pods.length > 1 ? `waiting for pods ${pods.join(',')} to be scheduled` : `waiting for pod ${pods[0]} to be scheduled`;
  return { type: 'Normal', reason: 'WaitForPodScheduled', message };
}

function syncUnboundWithoutVolumeName(input: ClaimSyncInput): ClaimAction {
  const { claim, classes } = input;
  const sc = classes.get(claimClass(claim));
  const delayBinding = sc?.volumeBindingMode === 'WaitForFirstConsumer';
  const volume = findBestMatchForClaim(claim, input.volumes, delayBinding, input.selectedNode);
  if (volume) return { kind: 'bind', volume };
  if (claim.spec?.storageClassName === undefined && !hasAnnotation(claim, ANN_BETA_STORAGE_CLASS)) {
    const def = defaultClass([...classes.values()]);
    if (def?.metadata?.name) return { kind: 'assignDefaultClass', className: def.metadata.name };
  }
  if (delayBinding && !hasAnnotation(claim, ANN_SELECTED_NODE)) return { kind: 'pending', event: waitForFirstConsumer(input.unscheduledPods) };
  const className = claimClass(claim);
  if (className !== '') {
    if (!sc) return { kind: 'pending', event: { type: 'Warning', reason: 'ProvisioningFailed', message: `storageclass.storage.k8s.io "${className}" not found` } };
    return { kind: 'provision', provisioner: sc.provisioner, event: { type: 'Normal', reason: 'ExternalProvisioning', message: externalProvisioningMessage(sc.provisioner) } };
  }
  return { kind: 'pending', event: { type: 'Normal', reason: 'FailedBinding', message: 'no persistent volumes available for this claim and no storage class is set' } };
}

function syncUnboundWithVolumeName(claim: PersistentVolumeClaim, volume: PersistentVolume | undefined): ClaimAction {
  const name = claim.spec?.volumeName;
  if (!volume) return { kind: 'pending' };
  if (!volume.spec?.claimRef) {
    const why = checkVolumeSatisfyClaim(volume, claim);
    if (why) return { kind: 'pending', event: { type: 'Warning', reason: 'VolumeMismatch', message: `Cannot bind to requested volume "${name}": ${why}` } };
    return { kind: 'bind', volume };
  }
  if (isVolumeBoundToClaim(volume, claim)) return { kind: 'bind', volume };
  if (hasAnnotation(claim, ANN_BOUND_BY_CONTROLLER)) return { kind: 'pending' };
  return { kind: 'pending', event: { type: 'Warning', reason: 'FailedBinding', message: `volume "${name}" already bound to a different claim.` } };
}

function syncBoundClaim(claim: PersistentVolumeClaim, volume: PersistentVolume | undefined): ClaimAction {
  if (!claim.spec?.volumeName) return { kind: 'lost', event: { type: 'Warning', reason: 'ClaimLost', message: 'Bound claim has lost reference to PersistentVolume. Data on the volume is lost!' } };
  if (!volume) return { kind: 'lost', event: { type: 'Warning', reason: 'ClaimLost', message: 'Bound claim has lost its PersistentVolume. Data on the volume is lost!' } };
  if (!volume.spec?.claimRef) return { kind: 'bind', volume };
  if (volume.spec.claimRef.uid === claim.metadata?.uid) return { kind: 'bound', volume };
  return { kind: 'lost', event: { type: 'Warning', reason: 'ClaimMisbound', message: 'Two claims are bound to the same volume, this one is bound incorrectly' } };
}

export function decideClaim(input: ClaimSyncInput): ClaimAction {
  const { claim } = input;
  const volume = claim.spec?.volumeName ? input.volumes.find((v) => v.metadata?.name === claim.spec?.volumeName) : undefined;
  if (hasAnnotation(claim, ANN_BIND_COMPLETED)) return syncBoundClaim(claim, volume);
  if (!claim.spec?.volumeName) return syncUnboundWithoutVolumeName(input);
  return syncUnboundWithVolumeName(claim, volume);
}
