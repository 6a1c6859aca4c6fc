/**
 * Every line kubectl prints that is not a table or a manifest, worded exactly like kubectl v1.32
 * (k8s.io/kubectl/pkg/cmd/*). Commands never spell messages inline, so wording stays in one place.
 */

import { createMessages } from './catalog/createMessages';
import { setMessages } from './catalog/setMessages';
import { nodeMessages } from './catalog/nodeMessages';
import { outputMessages } from './catalog/outputMessages';
import { infoMessages } from './catalog/infoMessages';
import { rolloutMessages } from './catalog/rolloutMessages';
import { explainMessages } from './catalog/explainMessages';
import { debugMessages } from './catalog/debugMessages';
import { configMessages } from './catalog/configMessages';

const CONFIG_KEY_RULE =
  "a valid config key must consist of alphanumeric characters, '-', '_' or '.' (e.g. 'key.name',  or 'KEY_NAME',  or 'key-name', regex used for validation is '[-._a-zA-Z0-9]+')";

const resourceExamples =
  "Example resource specifications include:\n   '-f rsrc.yaml'\n   '--filename=rsrc.json'\n   '<resource> <name>'\n   '<resource>'";

export const messages = {
  ...createMessages,
  ...setMessages,
  ...nodeMessages,
  ...outputMessages,
  ...infoMessages,
  ...rolloutMessages,
  ...explainMessages,
  ...debugMessages,
  ...configMessages,
  // flags and commands
  seeHelp: (commandPath: string) => `See '${commandPath} --help' for usage.`,
  seeHelpExamples: (commandPath: string) => `See '${commandPath} -h' for help and examples`,
  unknownCommand: (name: string, parent: string) => `unknown command "${name}" for "${parent}"`,
  unknownSubcommand: (name: string) => `unknown command "${name}"`,
  noAlphaCommands: 'No alpha commands are available in this version of kubectl',
  noPluginsFound: 'unable to find any kubectl plugins in your PATH',
  clusterInfoDumped: (dest: string) => `Cluster info dumped to ${dest}`,
  certificateNeedsNames: 'one or more CSRs must be specified as <name> or -f <filename>',
  didYouMean: (suggestions: string[]) => `\n\nDid you mean this?\n${suggestions.map((s) => `\t${s}\n`).join('')}`,
  flagNotInPlayground: (flag: string, commandPath: string) => `flag --${flag} of "${commandPath}" is not available in this playground`,
  flagDeprecated: (flag: string, message: string) => `Flag --${flag} has been deprecated, ${message}`,

  // resource arguments
  getRequiresType:
    'You must specify the type of resource to get. Use "kubectl api-resources" for a complete list of supported resources.\n\n' +
    'error: Required resource not specified.\n' +
    'Use "kubectl explain <resource>" for a detailed description of that resource (e.g. kubectl explain pods).\n' +
    "See 'kubectl get -h' for help and examples",
  describeRequiresType:
    'You must specify the type of resource to describe. Use "kubectl api-resources" for a complete list of supported resources.',
  mustProvideResources: `You must provide one or more resources by argument or filename.\n${resourceExamples}`,
  labelRequiresResources: 'one or more resources must be specified as <resource> <name> or <resource>/<name>',
  unknownResourceType: (typed: string) => `the server doesn't have a resource type "${typed}"`,
  resourceNameWithSlash:
    `there is no need to specify a resource type as a separate argument when passing arguments in resource/name form (e.g. 'kubectl get resource/<resource_name>' instead of 'kubectl get resource resource/<resource_name>'`,
  invalidResourceName: 'arguments in resource/name form must have a single resource and name',
  filesAndArgs: 'when paths, URLs, or stdin is provided as input, you may not specify resource arguments as well',
  ambiguousSelectorAndNames: 'name cannot be provided when a selector is specified',
  deleteNeedsName: 'resource(s) were provided, but no name was specified',
  noResourcesFound: (namespace: string | undefined) =>
    namespace === undefined ? 'No resources found' : `No resources found in ${namespace} namespace.`,
  noObjectsPassed: (verb: string) => `no objects passed to ${verb}`,

  // manifests
  yamlParse: (source: string, detail: string) => `error parsing ${source}: error converting YAML to JSON: yaml: ${detail}`,
  validationFailed: (source: string, detail: string) =>
    `error validating "${source}": error validating data: ${detail}; if you choose to ignore these errors, turn validation off with --validate=false`,
  resourceMappingNotFound: (name: string, namespace: string, source: string, kind: string, apiVersion: string) =>
    `resource mapping not found for name: "${name}" namespace: "${namespace}" from "${source}": no matches for kind "${kind}" in version "${apiVersion}"\nensure CRDs are installed first`,
  pathDoesNotExist: (path: string) => `the path "${path}" does not exist`,
  namespaceMismatch: (fileNs: string, flagNs: string) =>
    `the namespace from the provided object "${fileNs}" does not match the namespace "${flagNs}". You must pass '--namespace=${fileNs}' to perform this operation.`,

  // results (`deployment.apps/web created`)
  deleted: (kindName: string, name: string, dryRun: DryRun) => `${kindName} "${name}" deleted${dryRunSuffix(dryRun)}`,
  forceDeleteWarning: 'Warning: Immediate deletion does not wait for confirmation that the running resource has been terminated. The resource may continue to run on the cluster indefinitely.',
  nowAndGracePeriod: '--now and --grace-period cannot be specified together',
  forceAndGracePeriod: '--force and --grace-period greater than 0 cannot be specified together',
  allAndSelector: "setting 'all' parameter but found a non empty selector. ",
  allAndFieldSelector: 'cannot set --all and --field-selector at the same time',
  noResourcesFoundPlain: 'No resources found',
  waitTimeout: (kindName: string, name: string) => `timed out waiting for the condition on ${kindName}/${name}`,
  dryRunDeprecated: '--dry-run is deprecated and can be replaced with --dry-run=client.',
  templateMissing: 'template format specified but no template given',
  jsonPathParse: (template: string, why: string) => `error parsing jsonpath ${template}, ${why}`,
  jsonPathExecute: (template: string, why: string) =>
    `error executing jsonpath ${JSON.stringify(template)}: Error executing template: ${why}. Printing more information for debugging the template:\n\ttemplate was:\n\t\t${template}`,
  customColumnsFormat: (column: string) => `unexpected custom-columns spec: ${column}, expected <header>:<json-path-expr>`,
  invalidDryRun: (value: string) => `Invalid dry-run value (${value}). Must be "none", "server", or "client".`,
  invalidCascade: (value: string) => `invalid cascade value (${value}). Must be "background", "foreground", or "orphan".`,
  outputNotInPlayground: (format: string) => `the output format "${format}" is not available in this playground`,
  invalidOutput: (format: string, allowed: string[]) =>
    `unable to match a printer suitable for the output format "${format}", allowed formats are: ${allowed.join(',')}`,

  // create
  exactlyOneName: (got: number) => `exactly one NAME is required, got ${got}`,
  createRequiresFile: 'must specify one of -f and -k',
  applyRequiresFile: 'must specify one of -f and -k',
  applyMissingAnnotation: (resource: string, name: string) =>
    `Warning: resource ${resource}/${name} is missing the kubectl.kubernetes.io/last-applied-configuration annotation which is required by kubectl apply. kubectl apply should only be used on resources created declaratively by either kubectl create --save-config or kubectl apply. The missing annotation will be patched automatically.`,
  tcpRequired: 'at least one tcp port specifier must be provided',
  fromEnvFileSingle: 'from-env-file cannot be combined with from-file or from-literal',
  literalFormat: (value: string) => `invalid literal source ${value}, expected key=value`,
  envFileKey: (key: string) =>
    `"${key}" is not a valid key name: a valid environment variable name must consist of alphabetic characters, digits, '_', '-', or '.', and must not start with a digit (e.g. 'my.env-name',  or 'MY_ENV.NAME',  or 'MyEnvName1', regex used for validation is '[-._a-zA-Z][-._a-zA-Z0-9]*')`,
  // The two kinds word these differently in kubectl itself.
  invalidDataKey: (kind: 'ConfigMap' | 'Secret', key: string) =>
    kind === 'ConfigMap'
      ? `"${key}" is not a valid key name for a ConfigMap: ${CONFIG_KEY_RULE}`
      : `"${key}" is not valid key name for a Secret ${CONFIG_KEY_RULE}`,
  duplicateDataKey: (kind: 'ConfigMap' | 'Secret', key: string, name: string) =>
    kind === 'ConfigMap'
      ? `cannot add key "${key}", another key by that name already exists in Data for ConfigMap "${name}"`
      : `cannot add key ${key}, another key by that name already exists`,
  keyForDirectory: 'cannot give a key name for a directory path',
  fileNotFound: (path: string) => `error reading ${path}: no such file or directory`,
  dockerRegistryRequired: 'either --from-file or the combination of --docker-username, --docker-password and --docker-server is required',

  // scale / set / label / annotate
  scaleExpected: (expected: number, actual: number) => `Expected replicas to be ${expected}, was ${actual}`,
  invalidReplicas: 'The --replicas=COUNT flag is required, and COUNT must be greater than or equal to 0',
  setImageNoContainer: (container: string) => `unable to find container named "${container}"`,
  setImageNoSpecs: 'at least one image update is required',
  setImageSpecFormat: (arg: string) => `invalid image update: ${arg}`,
  alreadyHasValue: (key: string, current: string) => `'${key}' already has a value (${current}), and --overwrite is false`,
  noLabelChanges: 'at least one label update is required',
  noAnnotationChanges: 'at least one annotation update is required',
  invalidLabelSpec: (spec: string) => `invalid label spec: ${spec}`,
  invalidAnnotationSpec: (spec: string) => `invalid annotation format: ${spec}`,

  // rollout (polymorphichelpers' status viewers, history viewers and rollbackers)
  rolloutWaitingUpdated: (name: string, updated: number, desired: number) =>
    `Waiting for deployment "${name}" rollout to finish: ${updated} out of ${desired} new replicas have been updated...`,
  rolloutWaitingOld: (name: string, old: number) => `Waiting for deployment "${name}" rollout to finish: ${old} old replicas are pending termination...`,
  rolloutWaitingAvailable: (name: string, available: number, updated: number) =>
    `Waiting for deployment "${name}" rollout to finish: ${available} of ${updated} updated replicas are available...`,
  rolloutWaitingSpec: 'Waiting for deployment spec update to be observed...',
  rolloutStatusTimeout: 'timed out waiting for the condition',
  rolloutDone: (name: string) => `deployment "${name}" successfully rolled out`,
  rolloutExceeded: (name: string) => `deployment "${name}" exceeded its progress deadline`,
  rolloutRevisionNotFound: (revision: number) => `unable to find specified revision ${revision} in history`,
  historyRevisionNotFound: 'unable to find the specified revision',
  rolloutNoHistoryFor: (name: string) => `no rollout history found for deployment "${name}"`,
  rolloutNoHistory: 'No rollout history found.',
  rolledBack: 'rolled back',
  rollbackSkipped: (revision: number) => `skipped rollback (current template already matches revision ${revision})`,
  rollbackPaused: "you cannot rollback a paused deployment; resume it first with 'kubectl rollout resume' and try again",
  rollbackFailed: (revision: number, why: string) => `failed restoring revision ${revision}: ${why}`,
  restartPaused: "can't restart paused deployment (run rollout resume first)",
  alreadyPaused: 'is already paused',
  notPaused: 'is not paused',
  rollbackNotSupported: (groupKind: string) => `no rollbacker has been implemented for "${groupKind}"`,
  statusNotSupported: (groupKind: string) => `no status viewer has been implemented for ${groupKind}`,
  historyNotSupported: (kind: string) => `no history viewer has been implemented for "${kind}"`,
  patchRefused: (resource: string, name: string, why: string) => `error: ${resource} "${name}" ${why}`,
  patchNotSupported: (resource: string, name: string, gerund: string) => `error: ${resource} "${name}" ${gerund} is not supported`,
  rolloutRequiresResource: 'required resource not specified',
  rolloutWithRevision: (revision: number) => `with revision #${revision}`,

  // nodes (pkg/drain's filters and kubectl drain)
  nodeUsage: (verb: string) => `USAGE: ${verb} NODE [flags]`,
  drainFatal: {
    daemonSet: 'DaemonSet-managed Pods (use --ignore-daemonsets to ignore)',
    localStorage: 'Pods with local storage (use --delete-emptydir-data to override)',
    unmanaged: 'Pods declare no controller (use --force to override)',
  },
  drainWarning: {
    daemonSet: 'ignoring DaemonSet-managed Pods',
    localStorage: 'deleting Pods with local storage',
    unmanaged: 'deleting Pods that declare no controller',
  },
  cannotDelete: (reason: string, pods: string[]) => `cannot delete ${reason}: ${pods.join(', ')}`,
  drainUnable: (node: string, err: string) => `error: unable to drain node "${node}" due to error: ${err}, continuing command...`,
  drainPending: (nodes: string[]) => `There are pending nodes to be drained:\n${nodes.map((n) => ` ${n}\n`).join('')}`,
  drainEvicting: (namespace: string, pod: string) => `evicting pod ${namespace}/${pod}`,
  drainRetryEviction: (namespace: string, pod: string, err: string) => `error when evicting pods/"${pod}" -n "${namespace}" (will retry after 5s): ${err}`,
  drainEvictionTimeout: (namespace: string, pod: string, timeout: string) => `error when evicting pods/"${pod}" -n "${namespace}": global timeout reached: ${timeout}`,
  drainTimeout: (pod: string) => `drain did not complete within the timeout: pod ${pod}`,

  apiResourcesOutput: (format: string) => `--output ${format} is not available`,

  // patch / wait
  patchRequired: 'must specify --patch or --patch-file containing the contents of the patch',
  patchType: (type: string) => `--type must be one of [json merge strategic], not "${type}"`,
  patchUnparsable: (patch: string, why: string) => `unable to parse ${JSON.stringify(patch)}: ${why}`,
  patchOutcome: (changed: boolean) => (changed ? 'patched' : 'patched (no change)'),
  waitUnrecognized: (condition: string) => `unrecognized condition: ${JSON.stringify(condition)}`,
  waitConditionMet: 'condition met',
  noMatchingResources: 'no matching resources found',
  waitTimedOut: (resource: string, name: string) => `timed out waiting for the condition on ${resource}/${name}`,


  // exec
  execOldSyntax: 'exec [POD] [COMMAND] is not supported anymore. Use exec [POD] -- [COMMAND] instead',
  execNeedsPod: 'pod, type/name or --filename must be specified',
  execNeedsCommand: 'you must specify at least one command for the container',
  execExitCode: (code: number) => `command terminated with exit code ${code}`,
  execInteractiveShell: (target: string) =>
    `interactive shells are not available in this playground; run one command at a time, e.g. kubectl exec ${target} -- ls /`,

  // config
  configNoCurrentContext: 'current-context is not set',
  configContextNotFound: (name: string) => `context ${name} not found`,
  configNoContext: (name: string) => `no context exists with the name: "${name}"`,
  configSwitched: (name: string) => `Switched to context "${name}".`,
  configModified: (name: string) => `Context "${name}" modified.`,
  configCreated: (name: string) => `Context "${name}" created.`,
  configCurrentAndName: 'you cannot specify both a context name and --current',
  configUnexpectedArgs: (args: string[]) => `Unexpected args: [${args.join(' ')}]`,
  configNoCurrentContextSet: 'no current context is set',

  // logs
  logsUsage:
    "expected 'logs [-f] [-p] (POD | TYPE/NAME) [-c CONTAINER]'.\nPOD or TYPE/NAME is a required argument for the logs command",
  defaultedContainer: (container: string, all: string[]) => `Defaulted container "${container}" out of: ${all.join(', ')}`,
  containerNotFound: (container: string, pod: string) => `container ${container} is not valid for pod ${pod}`,
  logsNoPods: (selector: string) => `no pods found for selector ${selector}`,
  logsSelectorAndName: 'only a selector (-l) or a POD name is allowed',
  foundPods: (count: number, name: string) => `Found ${count} pods, using pod/${name}`,

  // expose / run
  exposeNoLabels: (what: string) => `the ${what} has no labels and cannot be exposed`,
  exposeNoSelector: (what: string) => `the ${what} has no pod selector set`,
  exposeExpressions: "couldn't convert expressions to map-based selector format",
  exposeNoPorts: "couldn't find port via --port flag or introspection",
  exposeCannot: (groupKind: string) => `cannot expose a ${groupKind}`,
  runUnexpectedLabel: (pair: string) => `unexpected label spec: ${pair}`,
  runNameRequired: 'NAME is required for run',
  runInvalidRestart: (value: string) => `invalid restart policy: ${value}`,
  runInvalidEnv: (value: string) => `invalid env: ${value}`,
  runRmWithoutAttach: '--rm should only be used for attached containers',
  runDryRunAttach: "--dry-run=[server|client] can't be used with attached containers options (--attach, --stdin, or --tty)",
  runExposeNeedsPort: '--port must be set when exposing a service',
} as const;

export type DryRun = 'none' | 'client' | 'server';

export const dryRunSuffix = (d: DryRun) => (d === 'client' ? ' (dry run)' : d === 'server' ? ' (server dry run)' : '');
