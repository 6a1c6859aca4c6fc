/** `kubectl create configmap NAME --from-literal|--from-file|--from-env-file`. */
import type { ConfigMap } from 'kubernetes-types/core/v1';
import type { KubectlContext } from '../context';
import { KubectlError } from '../cmdutil/errors';
import { messages } from '../messages';
import { readDataSources, type DataSources } from './dataSources';
import { ZERO_TIME } from './meta';

export function generateConfigMap(ctx: KubectlContext, name: string, sources: DataSources, namespace?: string): ConfigMap {
  const data: Record<string, string> = {};
  readDataSources(ctx, 'ConfigMap', sources, (key, value) => {
    if (key in data) throw new KubectlError(messages.duplicateDataKey('ConfigMap', key, name));
    data[key] = value;
  });
  return {
    apiVersion: 'v1',
    kind: 'ConfigMap',
    metadata: { name, ...(namespace ? { namespace } : {}), creationTimestamp: ZERO_TIME },
    ...(Object.keys(data).length ? { data } : {}),
  };
}
