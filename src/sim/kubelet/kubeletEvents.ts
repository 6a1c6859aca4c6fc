/** The events the kubelet records, worded as kubelet v1.32 words them (pkg/kubelet/events). */

export interface KubeletEvent {
  time: number;
  type: 'Normal' | 'Warning';
  reason: string;
  message: string;
  /** `spec.containers{nginx}` for container events; absent for pod-level ones. */
  fieldPath?: string;
}

export const kubeletEvents = {
  pulling: (image: string) => ({ type: 'Normal' as const, reason: 'Pulling', message: `Pulling image "${image}"` }),
  pulled: (image: string, took: string, size: number) => ({
    type: 'Normal' as const,
    reason: 'Pulled',
    message: `Successfully pulled image "${image}" in ${took} (${took} including waiting). Image size: ${size} bytes.`,
  }),
  alreadyPresent: (image: string) => ({ type: 'Normal' as const, reason: 'Pulled', message: `Container image "${image}" already present on machine` }),
  neverPull: (image: string) => ({ type: 'Warning' as const, reason: 'ErrImageNeverPull', message: `Container image "${image}" is not present with pull policy of Never` }),
  pullFailed: (image: string, error: string) => ({ type: 'Warning' as const, reason: 'Failed', message: `Failed to pull image "${image}": ${error}` }),
  error: (what: string) => ({ type: 'Warning' as const, reason: 'Failed', message: `Error: ${what}` }),
  inspectFailed: (message: string) => ({ type: 'Warning' as const, reason: 'InspectFailed', message }),
  pullBackOff: (image: string) => ({ type: 'Normal' as const, reason: 'BackOff', message: `Back-off pulling image "${image}"` }),
  created: (name: string) => ({ type: 'Normal' as const, reason: 'Created', message: `Created container: ${name}` }),
  started: (name: string) => ({ type: 'Normal' as const, reason: 'Started', message: `Started container ${name}` }),
  crashBackOff: (name: string, pod: string) => ({ type: 'Warning' as const, reason: 'BackOff', message: `Back-off restarting failed container ${name} in pod ${pod}` }),
  stopping: (name: string) => ({ type: 'Normal' as const, reason: 'Killing', message: `Stopping container ${name}` }),
  definitionChanged: (name: string) => ({ type: 'Normal' as const, reason: 'Killing', message: `Container ${name} definition changed, will be restarted` }),
  probeKill: (name: string, probe: 'liveness' | 'startup') => ({ type: 'Normal' as const, reason: 'Killing', message: `Container ${name} failed ${probe} probe, will be restarted` }),
  unhealthy: (probe: string, output: string) => ({ type: 'Warning' as const, reason: 'Unhealthy', message: `${probe} probe failed: ${output}` }),
  failedMount: (volume: string, error: string) => ({ type: 'Warning' as const, reason: 'FailedMount', message: `MountVolume.SetUp failed for volume "${volume}" : ${error}` }),
};
