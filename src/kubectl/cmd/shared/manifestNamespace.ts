/**
 * The namespace an object from a file goes to: its own, else `-n`/the context's. An explicit `-n`
 * that disagrees with the file is an error, as kubectl's EnforceNamespace makes it.
 */
import type { KubeObject, ResourceInfo } from '../../sim';
import type { Invocation } from '../../cmdutil/command';
import { KubectlError } from '../../cmdutil/errors';
import { messages } from '../../messages';

export function manifestNamespace(inv: Invocation, info: ResourceInfo, obj: KubeObject): string | undefined {
  if (!info.namespaced) return undefined;
  const own = obj.metadata?.namespace;
  if (own && inv.explicitNamespace && own !== inv.namespace) throw new KubectlError(messages.namespaceMismatch(own, inv.namespace));
  return own || inv.namespace;
}
