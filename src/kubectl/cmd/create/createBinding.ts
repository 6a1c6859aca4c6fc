/** `kubectl create rolebinding NAME --role|--clusterrole=… [--user] [--group] [--serviceaccount=ns:name]` and `create clusterrolebinding`. */
import type { Invocation } from '../../cmdutil/command';
import type { FlagSpec } from '../../cmdutil/flags';
import { KubectlError } from '../../cmdutil/errors';
import { messages } from '../../messages';
import { generateClusterRoleBinding, generateRoleBinding, type SubjectParams } from '../../generators/rbac';
import { generatorCommand } from './generatorCommand';
import { enforcedNamespace } from './createObject';

const SUBJECT_FLAGS: FlagSpec[] = [
  { name: 'group', type: 'stringArray', usage: 'Groups to bind to the role. The flag can be repeated to add multiple groups.' },
  { name: 'serviceaccount', type: 'stringArray', usage: 'Service accounts to bind to the role, in the format <namespace>:<name>. The flag can be repeated to add multiple service accounts.' },
  { name: 'user', type: 'stringArray', usage: 'Usernames to bind to the role. The flag can be repeated to add multiple users.' },
];

const subjectsOf = (inv: Invocation): SubjectParams => ({
  users: inv.flags.strings('user'),
  groups: inv.flags.strings('group'),
  serviceAccounts: inv.flags.strings('serviceaccount'),
});

export const createRoleBinding = generatorCommand({
  name: 'rolebinding',
  short: 'Create a role binding for a particular role or cluster role',
  flags: [
    { name: 'clusterrole', type: 'string', usage: 'ClusterRole this RoleBinding should reference' },
    { name: 'role', type: 'string', usage: 'Role this RoleBinding should reference' },
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
  short: 'Create a cluster role binding for a particular cluster role',
  flags: [{ name: 'clusterrole', type: 'string', required: true, usage: 'ClusterRole this ClusterRoleBinding should reference' }, ...SUBJECT_FLAGS],
  build: (inv, name) => generateClusterRoleBinding(name, inv.flags.string('clusterrole'), subjectsOf(inv)),
});
