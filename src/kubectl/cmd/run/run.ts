/**
 * `kubectl run NAME --image=image [--env] [--port] [--labels] [--restart] [--command] -- [ARGS…]`:
 * creates one Pod (pkg/cmd/run). `--expose` also creates a Service in front of it. Attaching
 * (`-i`, `-t`, `--attach`, `--rm`) is in attachRun.ts.
 */
import { PODS, SERVICES } from '../shared/builtins';
import type { Command, Invocation } from '../../cmdutil/command';
import { messages } from '../../messages';
import { generatePod, RESTART_POLICIES } from '../../generators/pod';
import { generateExposeService } from '../../generators/exposeService';
import { DRY_RUN, FIELD_MANAGER, PRINT_FLAGS } from '../shared/commonFlags';
import { dryRunStrategy } from '../shared/dryRun';
import { checkOutputFormat } from '../shared/output';
import { usageError } from '../shared/usage';
import { createObject, enforcedNamespace } from '../create/createObject';
import { attachToRun } from './attachRun';

function validate(inv: Invocation): void {
  const f = inv.flags;
  if (inv.args.length === 0 || inv.argsLenAtDash === 0) throw usageError(inv.commandPath, messages.runNameRequired);
  if (!RESTART_POLICIES.includes(f.string('restart'))) throw usageError(inv.commandPath, messages.runInvalidRestart(f.string('restart')));
  const attach = f.bool('attach') || f.bool('stdin') || f.bool('tty');
  if (f.bool('rm') && !attach) throw usageError(inv.commandPath, messages.runRmWithoutAttach);
  if (attach && f.string('dry-run') !== 'none') throw usageError(inv.commandPath, messages.runDryRunAttach);
  if (f.bool('expose') && f.int('port') < 0) throw usageError(inv.commandPath, messages.runExposeNeedsPort);
}

async function runRun(inv: Invocation): Promise<number> {
  validate(inv);
  const f = inv.flags;
  const dryRun = dryRunStrategy(inv);
  checkOutputFormat(f.string('output'));
  const name = inv.args[0];
  const podArgs = inv.args.slice(1);
  const pod = generatePod({
    name,
    image: f.string('image'),
    labels: f.string('labels'),
    annotations: f.strings('annotations'),
    env: f.strings('env'),
    port: f.int('port'),
    restart: f.string('restart'),
    command: f.bool('command'),
    args: podArgs,
    imagePullPolicy: f.string('image-pull-policy'),
    stdin: f.bool('stdin'),
    tty: f.bool('tty'),
    namespace: enforcedNamespace(inv),
  });
  if (f.bool('expose')) {
    const service = generateExposeService(pod, {
      name,
      selector: '',
      port: String(f.int('port')),
      protocol: '',
      targetPort: '',
      type: '',
      clusterIP: '',
      externalIP: '',
      loadBalancerIP: '',
      sessionAffinity: '',
      labels: '',
      namespace: enforcedNamespace(inv),
    });
    createObject(inv, SERVICES, service, dryRun, f.string('field-manager'));
  }
  const attach = f.bool('attach') || f.bool('stdin') || f.bool('tty');
  if (!attach) {
    createObject(inv, PODS, pod, dryRun, f.string('field-manager'));
    return 0;
  }
  inv.ctx.client.create(PODS, pod, { namespace: pod.metadata?.namespace ?? inv.namespace, fieldManager: f.string('field-manager') || 'kubectl-run' });
  return attachToRun(inv, pod);
}

export const runCommand: Command = {
  name: 'run',
  short: 'Start a pod running an image',
  flags: [
    { name: 'image', type: 'string', required: true, usage: 'Container image the pod runs. Required.' },
    { name: 'env', type: 'stringArray', usage: 'An environment variable for the container, as NAME=value; repeat the flag for more.' },
    { name: 'port', type: 'int', default: -1, usage: 'Container port to declare; -1 declares none.' },
    { name: 'labels', shorthand: 'l', type: 'string', usage: 'Labels for the pod as key=value pairs separated by commas; by default run=NAME.' },
    { name: 'annotations', type: 'stringArray' },
    { name: 'restart', type: 'string', default: 'Always', usage: 'What the kubelet does when the container exits: Always, OnFailure or Never.' },
    { name: 'command', type: 'bool', usage: 'Use the words after -- as the container\'s command, replacing the image entrypoint, rather than as its arguments.' },
    { name: 'image-pull-policy', type: 'string' },
    { name: 'expose', type: 'bool', usage: 'Also create a ClusterIP service for the pod, on the port given by --port.' },
    { name: 'stdin', shorthand: 'i', type: 'bool' },
    { name: 'tty', shorthand: 't', type: 'bool' },
    { name: 'attach', type: 'bool' },
    { name: 'rm', type: 'bool' },
    { name: 'quiet', shorthand: 'q', type: 'bool' },
    { name: 'overrides', type: 'string', unavailable: true },
    { name: 'privileged', type: 'bool', unavailable: true },
    DRY_RUN,
    ...PRINT_FLAGS,
    FIELD_MANAGER('kubectl-run'),
  ],
  run: runRun,
};
