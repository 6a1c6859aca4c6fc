/**
 * The root of the command tree, in kubectl's registration order (which is also the order of
 * "Did you mean this?" suggestions).
 */
import type { Command } from '../cmdutil/command';
import { annotateCommand, labelCommand } from './label/label';
import { apiResourcesCommand } from './apiresources/apiResources';
import { configCommand } from './config/config';
import { applyCommand } from './apply/apply';
import { cordonCommandSpec, uncordonCommandSpec } from './drain/cordon';
import { createCommand } from './create/create';
import { deleteCommand } from './delete/delete';
import { describeCommand } from './describe/describe';
import { drainCommand } from './drain/drain';
import { execCommand } from './exec/exec';
import { attachCommand } from './attach/attach';
import { cpCommand } from './cp/cp';
import { exposeCommand } from './expose/expose';
import { getCommand } from './get/get';
import { logsCommand } from './logs/logs';
import { patchCommand } from './patch/patch';
import { waitCommand } from './wait/wait';
import { versionCommand } from './version/version';
import { rolloutCommand } from './rollout/rollout';
import { runCommand } from './run/run';
import { scaleCommand } from './scale/scale';
import { setCommand } from './set/set';
import { taintCommand } from './taint/taint';
import { autoscaleCommand } from './autoscale/autoscale';
import { clusterInfoCommand } from './clusterinfo/clusterInfo';
import { apiVersionsCommand } from './apiversions/apiVersions';
import { authCommand } from './auth/auth';
import { completionCommand } from './completion/completion';
import { replaceCommand } from './replace/replace';
import { eventsCommand } from './events/events';
import { topCommand } from './top/top';
import { diffCommand } from './diff/diff';
import { editCommand } from './edit/edit';
import { portForwardCommand } from './portforward/portForward';
import { proxyCommand } from './proxy/proxy';
import { kustomizeCommand } from './kustomize/kustomize';
import { helpCommand, optionsCommand } from '../help/commands';
import { explainCommand } from './explain/explain';
import { pluginCommand } from './plugin/plugin';
import { debugCommand } from './debug/debug';
import { certificateCommand } from './certificate/certificate';
import { alphaCommand } from './alpha/alpha';

export const ROOT: Command = {
  name: 'kubectl',
  short: 'kubectl controls the Kubernetes cluster manager.',
  subcommands: [
    createCommand,
    exposeCommand,
    runCommand,
    setCommand,
    explainCommand,
    getCommand,
    editCommand,
    deleteCommand,
    rolloutCommand,
    scaleCommand,
    autoscaleCommand,
    certificateCommand,
    clusterInfoCommand,
    topCommand,
    cordonCommandSpec,
    uncordonCommandSpec,
    drainCommand,
    taintCommand,
    describeCommand,
    authCommand,
    debugCommand,
    logsCommand,
    attachCommand,
    execCommand,
    portForwardCommand,
    proxyCommand,
    cpCommand,
    eventsCommand,
    diffCommand,
    applyCommand,
    patchCommand,
    replaceCommand,
    waitCommand,
    kustomizeCommand,
    labelCommand,
    annotateCommand,
    completionCommand,
    alphaCommand,
    apiResourcesCommand,
    apiVersionsCommand,
    configCommand,
    pluginCommand,
    versionCommand,
    optionsCommand,
    helpCommand(() => ROOT),
  ],
};

/** Every top-level kubectl command in kubectl's registration order: the order of suggestions. */
export const KUBECTL_COMMANDS: readonly string[] = [
  'create', 'expose', 'run', 'set', 'explain', 'get', 'edit', 'delete', 'rollout', 'scale', 'autoscale', 'certificate',
  'cluster-info', 'top', 'cordon', 'uncordon', 'drain', 'taint', 'describe', 'logs', 'attach', 'exec', 'port-forward',
  'proxy', 'cp', 'auth', 'debug', 'events', 'diff', 'apply', 'patch', 'replace', 'wait', 'kustomize', 'label', 'annotate',
  'completion', 'alpha', 'api-resources', 'api-versions', 'config', 'plugin', 'version', 'options',
];
