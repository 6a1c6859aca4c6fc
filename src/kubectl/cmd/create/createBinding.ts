/** `kubectl create rolebinding NAME --role|--clusterrole=… [--user] [--group] [--serviceaccount=ns:name]` and `create clusterrolebinding`. */
import type { Invocation } from '../../cmdutil/command';
import type { FlagSpec } from '../../cmdutil/flags';
import { KubectlError } from '../../cmdutil/errors';
import { messages } from '../../messages';
import { generateClusterRoleBinding, generateRoleBinding, type SubjectParams } from '../../generators/rbac';
import { generatorCommand } from './generatorCommand';
import { enforcedNamespace } from './createObject';

const SUBJECT_FLAGS: FlagSpec[] = [
  { name: 'group', type: 'stringArray', usage: 'A group that gets the role; repeat the flag for more.' },
  { name: 'serviceaccount', type: 'stringArray', usage: 'A service account that gets the role, as namespace:name; repeat the flag for more.' },
  { name: 'user', type: 'stringArray', usage: 'A user that gets the role; repeat the flag for more.' },
];

const subjectsOf = (inv: Invocation): SubjectParams => ({
  users: inv.flags.strings('user'),
  groups: inv.flags.strings('group'),
  serviceAccounts: inv.flags.strings('serviceaccount'),
});

export const createRoleBinding = generatorCommand({
  name: 'rolebinding',
  short: 'Grant a role or cluster role within a namespace',
  flags: [
    { name: 'clusterrole', type: 'string', usage: 'Cluster role whose rules the binding grants in this namespace.' },
    { name: 'role', type: 'string', usage: 'Role (from this namespace) whose rules the binding grants.' },
    ...SUBJECT_FLAGS,
  ],
  build(inv, name) {
    const role = inv.flags.string('role');
    const clusterRole = inv.flags.string('clusterrole');
    if (!role === !clusterRole) throw new KubectlError(messages.bindingRoleExclusive);
    const roleRef = role ? { kind: 'Role' as const, name: role } : { kind: 'ClusterRole' as const, name: clusterRole };
    return generateRoleBinding(name, roleRef, subjectsOf(inv), enforcedNamespace(inv));
  },
});

export const createClusterRoleBinding = generatorCommand({
  name: 'clusterrolebinding',
  short: 'Grant a cluster role across the whole cluster',
  flags: [{ name: 'clusterrole', type: 'string', required: true, usage: 'Cluster role whose rules the binding grants. Required.' }, ...SUBJECT_FLAGS],
  build: (inv, name) => generateClusterRoleBinding(name, inv.flags.string('clusterrole'), subjectsOf(inv)),
});
