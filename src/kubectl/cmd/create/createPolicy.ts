/** `kubectl create quota|priorityclass|poddisruptionbudget NAME …`. */
import { generatePodDisruptionBudget, generatePriorityClass, generateQuota } from '../../generators/policy';
import { generatorCommand } from './generatorCommand';
import { enforcedNamespace } from './createObject';

export const createQuota = generatorCommand({
  name: 'quota',
  aliases: ['resourcequota'],
  short: 'Create a quota with the specified name',
  flags: [
    { name: 'hard', type: 'string', usage: 'A comma-delimited set of resource=quantity pairs that define a hard limit.' },
    { name: 'scopes', type: 'string', usage: 'A comma-delimited set of quota scopes that must all match each object tracked by the quota.' },
  ],
  build: (inv, name) => generateQuota(name, inv.flags.string('hard'), inv.flags.string('scopes'), enforcedNamespace(inv)),
});

export const createPriorityClass = generatorCommand({
  name: 'priorityclass',
  aliases: ['pc'],
  short: 'Create a priority class with the specified name',
  flags: [
    { name: 'description', type: 'string', usage: 'description is an arbitrary string that usually provides guidelines on when this priority class should be used.' },
    { name: 'global-default', type: 'bool', usage: 'global-default specifies whether this PriorityClass should be considered as the default priority.' },
    { name: 'preemption-policy', type: 'string', default: 'PreemptLowerPriority', usage: 'preemption-policy is the policy for preempting pods with lower priority.' },
    { name: 'value', type: 'int', usage: 'the value of this priority class.' },
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
  short: 'Create a pod disruption budget with the specified name',
  flags: [
    { name: 'max-unavailable', type: 'string', usage: 'The maximum number or percentage of unavailable pods this budget requires.' },
    { name: 'min-available', type: 'string', usage: 'The minimum number or percentage of available pods this budget requires.' },
    { name: 'selector', type: 'string', usage: 'A label selector to use for this budget. Only equality-based selector requirements are supported.' },
  ],
  build: (inv, name) =>
    generatePodDisruptionBudget(name, inv.flags.string('selector'), inv.flags.string('min-available'), inv.flags.string('max-unavailable'), enforcedNamespace(inv)),
});
