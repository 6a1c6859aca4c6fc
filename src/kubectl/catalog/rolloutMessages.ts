/** Wording of DaemonSet and StatefulSet rollouts (polymorphichelpers, v1.32). Spread into ../messages. */
export const rolloutMessages = {
  rolloutOnlyRollingUpdate: 'rollout status is only available for RollingUpdate strategy type',
  dsWaitingSpec: 'Waiting for daemon set spec update to be observed...',
  dsWaitingUpdated: (name: string, updated: number, desired: number) =>
    `Waiting for daemon set "${name}" rollout to finish: ${updated} out of ${desired} new pods have been updated...`,
  dsWaitingAvailable: (name: string, available: number, desired: number) =>
    `Waiting for daemon set "${name}" rollout to finish: ${available} of ${desired} updated pods are available...`,
  dsDone: (name: string) => `daemon set "${name}" successfully rolled out`,
  stsWaitingSpec: 'Waiting for statefulset spec update to be observed...',
  stsWaitingReady: (pods: number) => `Waiting for ${pods} pods to be ready...`,
  stsWaitingPartition: (updated: number, total: number) => `Waiting for partitioned roll out to finish: ${updated} out of ${total} new pods have been updated...`,
  stsPartitionDone: (updated: number) => `partitioned roll out complete: ${updated} new pods have been updated...`,
  stsWaitingRevision: (updated: number, revision: string) => `waiting for statefulset rolling update to complete ${updated} pods at revision ${revision}...`,
  stsDone: (current: number, revision: string) => `statefulset rolling update complete ${current} pods at revision ${revision}...`,
  noLastRevision: 'no last revision to roll back to',
  willRollBackTo: (template: string) => `will roll back to ${template}`,
} as const;
