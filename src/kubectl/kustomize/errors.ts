/** A kustomize build failure, worded as kustomize words it (kubectl prints it after `error: `). */
export class KustomizeError extends Error {}
