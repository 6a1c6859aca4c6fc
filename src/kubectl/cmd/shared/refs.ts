/** Small conversions between discovery entries, client addresses and the names kubectl prints. */
import type { ResourceInfo, ResourceRef, KubeObject } from '../../sim';

export const refOf = (info: ResourceInfo): ResourceRef => ({ group: info.group, version: info.version, resource: info.resource });

/** `deployment.apps/web`, `pod/web`: the ref in `… created`, `-o name` and friends. */
export function kindRef(info: ResourceInfo, name: string): string {
  return `${info.group ? `${info.singular}.${info.group}` : info.singular}/${name}`;
}

/** `deployments.apps`, `pods`: how API errors and `delete` name a resource. */
export const qualifiedResource = (info: ResourceInfo) => (info.group ? `${info.resource}.${info.group}` : info.resource);

/** The namespace a request about `info` goes to: none for cluster-scoped kinds. */
export const requestNamespace = (info: ResourceInfo, namespace: string) => (info.namespaced ? namespace : undefined);

export const nameOf = (obj: KubeObject) => obj.metadata?.name ?? '';
