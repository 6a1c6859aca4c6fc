/** Wording of cluster-info, auth, completion and config view (pkg/cmd/*, v1.32). Spread into ../messages. */
export const infoMessages = {
  controlPlaneRunning: (server: string) => `Kubernetes control plane is running at ${server}`,
  serviceRunning: (name: string, link: string) => `${name} is running at ${link}`,
  clusterInfoDumpHint: "To further debug and diagnose cluster problems, use 'kubectl cluster-info dump'.",
  canINeedsArgs: 'you must specify two arguments: verb resource or verb resource/resourceName.',
  canIListArgs: 'list option must be specified with no arguments',
  canIUnknownResource: (resource: string) => `Warning: the server doesn't have a resource type '${resource}'`,
  completionNoShell: 'Shell not specified.',
  completionTooMany: 'Too many arguments. Expected only the shell type.',
  completionUnsupported: (shell: string) => `Unsupported shell type "${shell}".`,
  versionOutput: "--output must be 'yaml' or 'json'",
  replaceForceDryRun: '--dry-run can not be used when --force is set',
  eventsForFormat: '--for must be in resource/name form',
  eventsTypes: 'valid --types are Normal or Warning',
  noEventsFound: 'No events found.',
  noEventsFoundIn: (namespace: string) => `No events found in ${namespace} namespace.`,
} as const;
