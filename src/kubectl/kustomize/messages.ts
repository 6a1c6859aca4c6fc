/**
 * kubectl's own wording around kustomize (the -f/-k checks of cli-runtime's FilenameOptions,
 * `kubectl kustomize` arguments, `apply --prune`). kustomize's build errors live where they arise.
 */
export const kustomizeMessages = {
  onlyOneOfFilenameOrKustomize: 'only one of -f or -k can be specified',
  kustomizeWithRecursive: "the -k flag can't be used with -f or -R",
  specifyOnePath: 'specify one path to kustomization.yaml',
  pruneRequiresSelector: 'all resources selected for prune without explicitly passing --all. To prune all resources, pass the --all flag. If you did not mean to prune all resources, specify a label selector',
  pruneAllWithSelector: 'cannot set --all and --selector at the same time',
  pruneInvalidAllowlist: (gvk: string) => `invalid GroupVersionKind format: ${gvk}, please follow <group/version/kind>`,
} as const;
