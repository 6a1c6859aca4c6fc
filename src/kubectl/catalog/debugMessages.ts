/** Wording of `kubectl debug` (pkg/cmd/debug, v1.32). Spread into ../messages. */
export const debugMessages = {
  debugAttachNeedsContainer: 'you must specify --container or create a new container using --image in order to attach.',
  debugCopyNeedsSomething: 'you must specify --image, --set-image or command arguments.',
  debugArgsNeedContainer: 'you must specify an existing container or a new image when specifying args.',
  debugOnlyWithCopyTo: (flag: string) => `--${flag} may only be used with --copy-to.`,
  debugNeedsImage: 'you must specify --image when not using --copy-to.',
  debugInvalidImage: (image: string) => `invalid image name "${image}": invalid reference format`,
  debugInvalidSetImage: (image: string, container: string) => `invalid image name "${image}" for container "${container}": invalid reference format`,
  debugNeedsName: 'NAME or filename is required for debug',
  debugInvalidPullPolicy: (policy: string) => `invalid image pull policy: ${policy}`,
  debugTargetWithCopy: '--target is incompatible with --copy-to. Use --share-processes instead.',
  debugTargeting: (container: string) =>
    `Targeting container "${container}". If you don't see processes from this container it may be because the container runtime doesn't support this feature.`,
  debugTtyNeedsStdin: '-i/--stdin is required for containers with -t/--tty=true',
  debugUnknownProfile: (profile: string) => `unknown profile: ${profile}`,
  debugLegacyProfile: '--profile=legacy is deprecated and will be removed in the future. It is recommended to explicitly specify a profile, for example "--profile=general".',
  debugDefaultingName: (name: string) => `Defaulting debug container name to ${name}.`,
  debugCreatingNodePod: (pod: string, container: string, node: string) => `Creating debugging pod ${pod} with container ${container} on node ${node}.`,
  debugNotSupported: (gvk: string) => `"${gvk}" not supported by debug`,
  debugNeedsNewImage: 'you must specify image when creating new container',
  attachPrompt: "If you don't see a command prompt, try pressing enter.",
  attachResumeEphemeral: (pod: string, container: string) =>
    `Session ended, the ephemeral container will not be restarted but may be reattached using 'kubectl attach ${pod} -c ${container} -i -t' if it is still running`,
  attachResume: (pod: string, container: string) => `Session ended, resume using 'kubectl attach ${pod} -c ${container} -i -t' command when the pod is running`,
};
