/** Endpoints and EndpointSlice ports default to TCP (slices also to an empty port name). */
import type { Endpoints } from 'kubernetes-types/core/v1';
import type { EndpointSlice } from 'kubernetes-types/discovery/v1';
import type { KubeObject } from '../../api/types';

export function setDefaultsEndpoints(obj: KubeObject): void {
  for (const subset of (obj as Endpoints).subsets ?? []) for (const port of subset.ports ?? []) port.protocol ||= 'TCP';
}

export function setDefaultsEndpointSlice(obj: KubeObject): void {
  for (const port of (obj as unknown as EndpointSlice).ports ?? []) {
    port.name ??= '';
    port.protocol ??= 'TCP';
  }
}
