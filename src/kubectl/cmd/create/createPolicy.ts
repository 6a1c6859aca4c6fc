/** `kubectl create quota|priorityclass|poddisruptionbudget NAME …`. */
import { generatePodDisruptionBudget, generatePriorityClass, generateQuota } from '../../generators/policy';
import { generatorCommand } from './generatorCommand';
import { enforcedNamespace } from './createObject';

export const createQuota = generatorCommand({
  name: 'quota',
  aliases: ['resourcequota'],
  short: 'Create a resource quota for a namespace',
  flags: [
    { name: 'hard', type: 'string', usage: 'Limits as resource=quantity pairs separated by commas, such as pods=10,limits.cpu=4.' },
    { name: 'scopes', type: 'string', usage: 'Scopes separated by commas, such as BestEffort or Terminating; the quota only counts objects matching all of them.' },
  ],
  build: (inv, name) => generateQuota(name, inv.flags.string('hard'), inv.flags.string('scopes'), enforcedNamespace(inv)),
});

export const createPriorityClass = generatorCommand({
  name: 'priorityclass',
  aliases: ['pc'],
  short: 'Create a priority class for pods',
  flags: [
    { name: 'description', type: 'string', usage: 'Free text saying when pods should use this priority.' },
    { name: 'global-default', type: 'bool', usage: 'Make this the priority of pods that do not name one. Only one class may be the default.' },
    { name: 'preemption-policy', type: 'string', default: 'PreemptLowerPriority', usage: 'Whether pods of this priority may evict lower ones to get scheduled: PreemptLowerPriority or Never.' },
    { name: 'value', type: 'int', usage: 'The priority number; higher numbers are scheduled first.' },
  ],
  build: (inv, name) =>
    generatePriorityClass({
      name,
      value: inv.flags.int('value'),
      description: inv.flags.string('description'),
      globalDefault: inv.flags.bool('global-default'),
      preemptionPolicy: inv.flags.string('preemption-policy'),
    }),
});

export const createPodDisruptionBudget = generatorCommand({
  name: 'poddisruptionbudget',
  aliases: ['pdb'],
  short: 'Create a pod disruption budget',
  flags: [
    { name: 'max-unavailable', type: 'string', usage: 'Most selected pods that may be down at once, as a number or a percentage.' },
    { name: 'min-available', type: 'string', usage: 'Fewest selected pods that must stay up, as a number or a percentage.' },
    { name: 'selector', type: 'string', usage: 'Label selector of the pods the budget protects; only key=value terms are accepted.' },
  ],
  build: (inv, name) =>
    generatePodDisruptionBudget(name, inv.flags.string('selector'), inv.flags.string('min-available'), inv.flags.string('max-unavailable'), enforcedNamespace(inv)),
});
