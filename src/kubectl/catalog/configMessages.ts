/** Wording of the kubeconfig-editing `kubectl config` commands (pkg/cmd/config, v1.32). Spread into ../messages. */
export const configMessages = {
  configClusterSet: (name: string) => `Cluster "${name}" set.`,
  configUserSet: (name: string) => `User "${name}" set.`,
  configDeleted: (what: 'context' | 'cluster' | 'user', name: string, path: string) => `deleted ${what} ${name} from ${path}`,
  configCannotDelete: (what: 'context' | 'cluster' | 'user', name: string, path: string) => `cannot delete ${what} ${name}, not in ${path}`,
  configRemovedActive: 'warning: this removed your active context, use "kubectl config use-context" to select a different one',
  configRenamed: (from: string, to: string) => `Context "${from}" renamed to "${to}".`,
  configRenameMissing: (name: string, path: string) => `cannot rename the context "${name}", it's not in ${path}`,
  configRenameExists: (name: string, to: string, path: string) => `cannot rename the context "${name}", the context "${to}" already exists in ${path}`,
  configLowerUnexpectedArgs: (args: string[]) => `unexpected args: [${args.join(' ')}]`,
  configCaAndInsecure: 'you cannot specify a certificate authority and insecure mode at the same time',
  configTwoAuthMethods: 'you cannot specify more than one authentication method at the same time: --token, --username/--password',
  configPropertySet: (name: string) => `Property "${name}" set.`,
  configPropertyUnset: (name: string) => `Property "${name}" unset.`,
  configInvalidMapKey: (key: string) => `current map key \`${key}\` is invalid`,
  configCannotParse: (token: string, after: string[], type: string) => `unable to parse ${token} after [${after.join(' ')}] at api.${type}`,
};
