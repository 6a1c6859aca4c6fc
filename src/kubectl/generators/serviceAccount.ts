/** `kubectl create serviceaccount NAME`: metadata only. */
import type { ServiceAccount } from 'kubernetes-types/core/v1';
import { ZERO_TIME } from './meta';

export function generateServiceAccount(name: string, namespace?: string): ServiceAccount {
  return { apiVersion: 'v1', kind: 'ServiceAccount', metadata: { name, ...(namespace ? { namespace } : {}), creationTimestamp: ZERO_TIME } };
}
