/**
 * API failures as metav1.Status values, worded like k8s.io/apimachinery/pkg/api/errors so kubectl
 * can print `Error from server (NotFound): pods "x" not found` without knowing where it came from.
 */
import type { Status, StatusCause } from './types';
import { type FieldError, formatFieldError } from './fieldErrors';

export type StatusReason =
  | 'NotFound'
  | 'AlreadyExists'
  | 'Conflict'
  | 'Invalid'
  | 'BadRequest'
  | 'Forbidden'
  | 'MethodNotAllowed'
  | 'Gone'
  | 'Expired'
  | 'NotAcceptable'
  | 'UnsupportedMediaType'
  | 'TooManyRequests'
  | 'InternalError'
  | 'Unauthorized'
  | 'Timeout';

export class ApiError extends Error {
  constructor(readonly status: Status & { reason: StatusReason; code: number; message: string }) {
    super(status.message);
    this.name = 'ApiError';
  }

  get reason(): StatusReason {
    return this.status.reason;
  }

  get code(): number {
    return this.status.code;
  }
}

export function isApiError(e: unknown, reason?: StatusReason): e is ApiError {
  return e instanceof ApiError && (reason === undefined || e.reason === reason);
}

/** `pods` or `deployments.apps`, the qualified resource the messages name. */
export interface QualifiedResource {
  group: string;
  resource: string;
}

const qualified = (r: QualifiedResource) => (r.group ? `${r.resource}.${r.group}` : r.resource);

function status(reason: StatusReason, code: number, message: string, details?: Status['details']): ApiError {
  return new ApiError({ kind: 'Status', apiVersion: 'v1', metadata: {}, status: 'Failure', message, reason, code, ...(details ? { details } : {}) });
}

export const notFound = (r: QualifiedResource, name: string) =>
  status('NotFound', 404, `${qualified(r)} "${name}" not found`, { name, group: r.group || undefined, kind: r.resource });

export const alreadyExists = (r: QualifiedResource, name: string) =>
  status('AlreadyExists', 409, `${qualified(r)} "${name}" already exists`, { name, group: r.group || undefined, kind: r.resource });

export const conflict = (r: QualifiedResource, name: string, why: string) =>
  status('Conflict', 409, `Operation cannot be fulfilled on ${qualified(r)} "${name}": ${why}`, {
    name,
    group: r.group || undefined,
    kind: r.resource,
  });

export const STALE_OBJECT = 'the object has been modified; please apply your changes to the latest version and try again';

/** `Deployment.apps "web" is invalid: spec.replicas: Invalid value: -1: …` (one cause) or `[a, b]`. */
export function invalid(kind: string, group: string, name: string, errs: FieldError[]): ApiError {
  const qualifiedKind = group ? `${kind}.${group}` : kind;
  const list = errs.map(formatFieldError);
  const body = list.length === 1 ? list[0] : `[${list.join(', ')}]`;
  const causes: StatusCause[] = errs.map((e) => ({
    reason: e.type,
    message: formatFieldError(e).slice(e.field.length + 2),
    field: e.field,
  }));
  return status('Invalid', 422, `${qualifiedKind} "${name}" is invalid: ${body}`, { name, group: group || undefined, kind, causes });
}

export const badRequest = (message: string) => status('BadRequest', 400, message);

export const forbidden = (r: QualifiedResource, name: string, why: string) =>
  status('Forbidden', 403, `${qualified(r)}${name ? ` "${name}"` : ''} is forbidden: ${why}`, { name, group: r.group || undefined, kind: r.resource });

export const methodNotAllowed = () =>
  status('MethodNotAllowed', 405, 'the server does not allow this method on the requested resource');

export const gone = (message: string) => status('Gone', 410, message);

export const tooManyRequests = (message: string, details?: Status['details']) => status('TooManyRequests', 429, message, details);

export const internalError = (message: string) => status('InternalError', 500, `Internal error occurred: ${message}`);
