/**
 * Checks are data, not scripts: predicates on what the API server holds (plus the learner's
 * command history and virtual files), so a lesson can be evaluated continuously, explained, and
 * replayed headlessly. Each variant reads like the kubectl command a teacher would type to look.
 */

/** `3` means exactly 3; `">= 3"`, `"< 2"`, `"!= 0"` compare. */
export type CountSpec = number | string;

/** Which objects: a resource as kubectl names it (`pods`, `deploy`, `deployments.apps`). */
export interface ObjectSelector {
  resource: string;
  name?: string;
  /** Defaults to `default` for namespaced resources; `"*"` means all namespaces. */
  namespace?: string;
  /** A label selector: `app=web,tier!=db`. */
  selector?: string;
  fieldSelector?: string;
}

/** Where a value lives, jsonpath-like: `.spec.replicas`, `.status.conditions[?(@.type=="Ready")].status`. */
export interface ValueRef extends ObjectSelector {
  path: string;
}

export interface ExistsCheck {
  exists: ObjectSelector;
}

export interface AbsentCheck {
  absent: ObjectSelector;
}

/** Compares the value printed for `path` (as `kubectl get -o jsonpath` would print it). */
export interface ValueCheck {
  value: ValueRef & { equals?: string | number | boolean; contains?: string; matches?: string; compare?: string };
}

export interface CountCheck {
  count: ObjectSelector & { is: CountSpec };
}

/** Pods whose phase is Running (`running`) or whose Ready condition is True (`ready`). */
export interface PodsCheck {
  pods: Omit<ObjectSelector, 'resource' | 'name'> & { running?: CountSpec; ready?: CountSpec };
}

/** An Event with this reason, optionally about one object, recorded since the lesson (or step) began. */
export interface EventCheck {
  event: { reason: string; kind?: string; name?: string; namespace?: string; since?: 'lesson' | 'step' };
}

/** A command the learner ran (shell history) matches the regular expression. */
export interface CommandCheck {
  command: { matches: string; since?: 'lesson' | 'step' };
}

/** A file in the virtual filesystem (relative paths are under the home directory). */
export interface FileCheck {
  file: { path: string; contains?: string; matches?: string };
}

/** The Service has ready endpoints: the stand-in for "curl from a pod would reach it". */
export interface EndpointsCheck {
  endpoints: { service: string; namespace?: string; ready?: CountSpec };
}

export interface AllCheck {
  all: Check[];
}

export interface AnyCheck {
  any: Check[];
}

export interface NotCheck {
  not: Check;
}

export type Check =
  | ExistsCheck
  | AbsentCheck
  | ValueCheck
  | CountCheck
  | PodsCheck
  | EventCheck
  | CommandCheck
  | FileCheck
  | EndpointsCheck
  | AllCheck
  | AnyCheck
  | NotCheck;

export const CHECK_KINDS = ['exists', 'absent', 'value', 'count', 'pods', 'event', 'command', 'file', 'endpoints', 'all', 'any', 'not'] as const;
export type CheckKind = (typeof CHECK_KINDS)[number];

export interface CheckResult {
  passed: boolean;
  /** What was observed, in plain English: for the UI's "why not yet?" and for test failures. */
  detail: string;
}
