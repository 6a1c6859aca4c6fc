/**
 * `kubectl create role NAME --verb=… --resource=… [--resource-name=…]` and `create clusterrole`,
 * which adds `--non-resource-url` and `--aggregation-rule`. Validation runs in create_role.go's
 * order; non-standard verbs only warn.
 */
import type { Invocation } from '../../cmdutil/command';
import type { FlagSpec } from '../../cmdutil/flags';
import { KubectlError } from '../../cmdutil/errors';
import { messages } from '../../messages';
import { discovery } from '../../resource/builder';
import {
  generateClusterRole,
  generateRole,
  normalizeVerbs,
  parseResources,
  policyRules,
  validateNonResourceURLs,
  validateResourceRules,
} from '../../generators/rbac';
import { generatorCommand } from './generatorCommand';
import { enforcedNamespace } from './createObject';

const ROLE_FLAGS: FlagSpec[] = [
  { name: 'verb', type: 'stringSlice', usage: 'Verbs the rule allows, such as get, list, watch, create, update, patch, delete, or * for all.' },
  { name: 'resource', type: 'stringSlice', usage: 'Resources the rule covers, as resource, resource.group or resource/subresource.' },
  { name: 'resource-name', type: 'stringArray', usage: 'Limit the rule to objects with this name; repeat the flag for more names.' },
];

const unique = (items: string[]) => [...new Set(items)];

function ruleInputs(inv: Invocation) {
  return {
    verbs: normalizeVerbs(inv.flags.strings('verb')),
    resources: parseResources(inv.flags.strings('resource')),
    resourceNames: unique(inv.flags.strings('resource-name')),
  };
}

const warn = (inv: Invocation) => (line: string) => inv.ctx.stderr.write(`${line}\n`);

export const createRole = generatorCommand({
  name: 'role',
  short: 'Create a role with one rule',
  flags: ROLE_FLAGS,
  build(inv, name) {
    const { verbs, resources, resourceNames } = ruleInputs(inv);
    if (verbs.length === 0) throw new KubectlError(messages.roleNeedsVerb);
    if (resources.length === 0) throw new KubectlError(messages.roleNeedsResource);
    const known = discovery(inv.ctx);
    validateResourceRules(known, verbs, resources, warn(inv));
    return generateRole(name, policyRules(known, verbs, resources, resourceNames, []), enforcedNamespace(inv));
  },
});

export const createClusterRole = generatorCommand({
  name: 'clusterrole',
  short: 'Create a role that applies in every namespace',
  flags: [
    { name: 'aggregation-rule', type: 'stringToString', usage: 'Labels (key=value) that select other ClusterRoles whose rules this one collects.' },
    { name: 'non-resource-url', type: 'stringSlice', usage: 'A URL path outside the resource API, such as /healthz or /logs/*, the rule allows.' },
    ...ROLE_FLAGS,
  ],
  build(inv, name) {
    const { verbs, resources, resourceNames } = ruleInputs(inv);
    const urls = unique(inv.flags.strings('non-resource-url'));
    const aggregation = inv.flags.stringMap('aggregation-rule');
    if (Object.keys(aggregation).length) {
      if (urls.length || verbs.length || resources.length || resourceNames.length) throw new KubectlError(messages.aggregationRuleExclusive);
      return generateClusterRole(name, undefined, aggregation);
    }
    if (verbs.length === 0) throw new KubectlError(messages.roleNeedsVerb);
    if (resources.length === 0 && urls.length === 0) throw new KubectlError(messages.clusterRoleNeedsResourceOrURL);
    const known = discovery(inv.ctx);
    if (resources.length) validateResourceRules(known, verbs, resources, warn(inv));
    if (urls.length) validateNonResourceURLs(verbs, urls);
    return generateClusterRole(name, policyRules(known, verbs, resources, resourceNames, urls), {});
  },
});
