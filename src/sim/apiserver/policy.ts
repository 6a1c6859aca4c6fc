/**
 * The pluggable stages of the request pipeline: the API server's defaulting, mutating admission
 * and validation. The composition root wires the real ones; tests may wire fewer.
 */
import type { FieldError } from '../api/fieldErrors';
import type { KubeObject, Stored } from '../api/types';
import type { StrategyContext } from './registry';

export type Operation = 'CREATE' | 'UPDATE' | 'DELETE';

export interface AdmissionRequest {
  operation: Operation;
  key: string;
  namespace: string;
  name: string;
  obj: KubeObject;
  old?: Stored;
  ctx: StrategyContext;
}

/** An admission refusal: `Forbidden` with this message unless a reason is given. */
export interface AdmissionDenial {
  message: string;
  reason?: 'Forbidden' | 'NotFound' | 'Invalid';
  causes?: FieldError[];
}

export interface RequestPolicy {
  applyDefaults(key: string, obj: KubeObject): void;
  /** Mutating then validating admission plugins, in order; the first denial wins. */
  admit(req: AdmissionRequest): AdmissionDenial | undefined;
  validateCreate(key: string, obj: KubeObject): FieldError[];
  validateUpdate(key: string, obj: KubeObject, old: KubeObject): FieldError[];
}

export const permissivePolicy: RequestPolicy = {
  applyDefaults: () => {},
  admit: () => undefined,
  validateCreate: () => [],
  validateUpdate: () => [],
};
