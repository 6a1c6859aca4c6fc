/** The request policy of a real kube-apiserver: its defaulting, admission chain and validation. */
import { admit } from '../apiserver/admission';
import { applyDefaults } from '../apiserver/defaults';
import type { RequestPolicy } from '../apiserver/policy';
import { validateCreate, validateUpdate } from '../apiserver/validation';

export function requestPolicy(): RequestPolicy {
  return { applyDefaults, admit, validateCreate, validateUpdate };
}
