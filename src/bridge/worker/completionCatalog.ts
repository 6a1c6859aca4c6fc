/** What Tab completion knows about a session: kubectl's command tree, discovery, the cluster's objects. */
import { ROOT } from '../../kubectl/cmd';
import { GLOBAL_FLAGS } from '../../kubectl/cmdutil/globalFlags';
import { BUILTIN_RESOURCES, type ClusterClient } from '../../sim';
import type { CompletionCatalog } from './completeCommand';

export function completionCatalog(client: ClusterClient): CompletionCatalog {
  return {
    root: ROOT,
    globalFlags: GLOBAL_FLAGS,
    resources: BUILTIN_RESOURCES,
    names(resource, namespace) {
      try {
        return client.list(resource, resource.namespaced ? { namespace } : {}).items.map((o) => o.metadata.name);
      } catch {
        // A resource the user may not list completes to nothing, as with a real cluster.
        return [];
      }
    },
  };
}
