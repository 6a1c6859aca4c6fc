/** Wording of `kubectl set env|resources|serviceaccount` (pkg/cmd/set, v1.32). Spread into ../messages. */
export const setMessages = {
  noPodTemplate: (goType: string) => `the object is not a pod or does not have a pod template: ${goType}`,
  envResourcesFirst: (arg: string) => `all resources must be specified before environment changes: ${arg}`,
  envUnknown: (spec: string) => `unknown environment variable: ${spec}`,
  envListAndOutput: '--list and --output may not be specified together',
  envKeysWithoutFrom: 'when specifying --keys, a configmap or secret must be provided with --from',
  envRequired: 'at least one environment variable must be provided',
  envNoContainers: (kind: string, name: string, selector: string) => `warning: ${kind}/${name} does not have any containers matching "${selector}"`,
  envKeyTransferred: (key: string, envName: string) => `warning: key ${key} transferred to ${envName}`,
  envFromUnsupported: (kind: string) => `unsupported resource specified in --from: ${kind}`,
  envListHeader: (kind: string, name: string, container: string) => `# ${kind} ${name}, container ${container}`,
  resourcesRequired: 'you must specify an update to requests or limits (in the form of --requests/--limits)',
  serviceAccountRequired: 'serviceaccount is required',
} as const;
