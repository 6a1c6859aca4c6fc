/** `kubectl create namespace NAME`. */
import type { Namespace } from 'kubernetes-types/core/v1';
import { ZERO_TIME } from './meta';

export function generateNamespace(name: string): Namespace {
  return { apiVersion: 'v1', kind: 'Namespace', metadata: { name, creationTimestamp: ZERO_TIME }, spec: {}, status: {} };
}
