/**
 * Versions served besides the storage version. The API server stores one version per resource
 * and converts at the door: a request to another version is converted to the stored one on the
 * way in, and every object it answers with is converted back.
 */
import type { KubeObject } from '../types';
import { HORIZONTALPODAUTOSCALERS, type ResourceInfo } from '../resources';
import { hpaFromV1, hpaToV1 } from './hpaV1';

export interface VersionConversion {
  /** The version objects are stored in. */
  storage: ResourceInfo;
  toStorage(obj: KubeObject): KubeObject;
  fromStorage(obj: KubeObject): KubeObject;
}

const CONVERSIONS: Record<string, VersionConversion> = {
  'autoscaling/v1/horizontalpodautoscalers': {
    storage: HORIZONTALPODAUTOSCALERS,
    toStorage: (o) => hpaFromV1(o as never) as KubeObject,
    fromStorage: (o) => hpaToV1(o as never) as KubeObject,
  },
};

export function conversionFor(info: ResourceInfo): VersionConversion | undefined {
  return CONVERSIONS[`${info.group}/${info.version}/${info.resource}`];
}
