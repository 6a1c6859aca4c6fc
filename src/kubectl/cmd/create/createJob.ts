/** `kubectl create job NAME (--image=image | --from=cronjob/name) [-- COMMAND]` and `create cronjob`. */
import type { CronJob } from 'kubernetes-types/batch/v1';
import type { Invocation } from '../../cmdutil/command';
import { KubectlError } from '../../cmdutil/errors';
import { messages } from '../../messages';
import { generateCronJob, generateJob, generateJobFromCronJob } from '../../generators/job';
import { parseResourceArgs } from '../../resource/builder';
import { refOf } from '../shared/refs';
import { generatorCommand } from './generatorCommand';
import { enforcedNamespace } from './createObject';

const commandOf = (inv: Invocation) => (inv.argsLenAtDash < 0 ? [] : inv.args.slice(inv.argsLenAtDash));

function fromCronJob(inv: Invocation, name: string, from: string): object {
  const parsed = parseResourceArgs(inv.ctx, [from]);
  if (parsed.kind !== 'names' || parsed.items.length !== 1) throw new KubectlError(messages.jobFromResource);
  const { info, name: source } = parsed.items[0];
  const obj = inv.ctx.client.get(refOf(info), source, { namespace: info.namespaced ? inv.namespace : undefined });
  if (obj.kind !== 'CronJob') throw new KubectlError(messages.jobFromUnknownType(`*${info.version}.${obj.kind}`));
  return generateJobFromCronJob(name, obj as unknown as CronJob, enforcedNamespace(inv));
}

export const createJob = generatorCommand({
  name: 'job',
  short: 'Create a job that runs pods to completion',
  flags: [
    { name: 'image', type: 'string', usage: 'Container image the job runs.' },
    { name: 'from', type: 'string', usage: 'Make the job from an existing cron job\'s template, given as cronjob/NAME.' },
  ],
  build(inv, name) {
    const image = inv.flags.string('image');
    const from = inv.flags.string('from');
    if (!image === !from) throw new KubectlError(messages.jobImageOrFrom);
    const command = commandOf(inv);
    if (command.length && from) throw new KubectlError(messages.jobFromAndCommand);
    if (from) return fromCronJob(inv, name, from);
    return generateJob({ name, image, command, namespace: enforcedNamespace(inv) });
  },
});

export const createCronJob = generatorCommand({
  name: 'cronjob',
  aliases: ['cj'],
  short: 'Create a cron job that starts jobs on a schedule',
  flags: [
    { name: 'image', type: 'string', required: true, usage: 'Container image each job runs.' },
    { name: 'schedule', type: 'string', required: true, usage: 'When to start a job, in cron syntax such as "*/5 * * * *".' },
    { name: 'restart', type: 'string', usage: 'What happens when a job pod fails: OnFailure restarts it, Never starts a new pod.' },
  ],
  build: (inv, name) =>
    generateCronJob({
      name,
      image: inv.flags.string('image'),
      schedule: inv.flags.string('schedule'),
      restart: inv.flags.string('restart'),
      command: commandOf(inv),
      namespace: enforcedNamespace(inv),
    }),
});
