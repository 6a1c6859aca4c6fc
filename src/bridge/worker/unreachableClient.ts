/**
 * The client kubectl gets while the cluster is powered off (`minikube stop`): every request
 * fails the way a refused TCP connection does, while client-only commands (`config`,
 * `version --client`, `--dry-run=client`) still work because they never call it.
 */
import { ServerUnreachableError } from '../../kubectl/cmdutil/errors';
import type { ClusterClient } from '../../sim';

export function unreachableClient(server: string): ClusterClient {
  const refuse = (): never => {
    throw new ServerUnreachableError(server);
  };
  return {
    get: refuse,
    list: refuse,
    create: refuse,
    update: refuse,
    patch: refuse,
    delete: refuse,
    watch: refuse,
    createSubresource: refuse,
    logs: refuse,
    exec: refuse,
    serveNode: () => {},
  };
}
