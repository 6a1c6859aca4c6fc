/**
 * Per-resource behaviour of the request pipeline, in the role of pkg/registry/<kind>/strategy.go:
 * what a create resets, what an update may change, how the status and scale subresources map onto
 * the object, and how deletion is graceful.
 */
import type { Clock } from '../../../common/clock';
import type { Rng } from '../../../common/rng';
import type { FieldError } from '../../api/fieldErrors';
import type { KubeObject, Stored } from '../../api/types';

export interface StrategyContext {
  clock: Clock;
  rng: Rng;
  /** Reads another object, e.g. the namespace or a service account, during admission. */
  lookup(key: string, namespace: string, name: string): Stored | undefined;
  list(key: string, namespace?: string): Stored[];
  /** The authenticated user of the request: the learner (components never create what records it). */
  user(): UserInfo;
}

export interface UserInfo {
  username: string;
  groups: string[];
}

export interface ScaleMapping {
  replicas(obj: KubeObject): { spec: number; status: number; selector: string };
  setReplicas(obj: KubeObject, replicas: number): void;
}

export interface Strategy {
  /** Whether metadata.generation counts spec changes (workload kinds). */
  tracksGeneration: boolean;
  /** Whether `status` is a subresource: main-resource writes keep the stored status, creates reset it. */
  hasStatus: boolean;
  /** Nodes register themselves with their status filled in, so their creates keep it. */
  keepsStatusOnCreate?: boolean;
  /** Resets or fills what a create must not carry from the client (status, allocations). */
  prepareForCreate?(obj: KubeObject, ctx: StrategyContext): FieldError[] | void;
  prepareForUpdate?(obj: KubeObject, old: Stored, ctx: StrategyContext): void;
  /** What needs the new object's uid (a Job's generated selector); runs once it is assigned. */
  prepareWithUID?(obj: KubeObject): void;
  /** Extra validation that needs the cluster (e.g. a nodePort already in use). */
  validateWithCluster?(obj: KubeObject, old: Stored | undefined, ctx: StrategyContext): FieldError[];
  /** Seconds to wait before removal, or undefined for immediate deletion. */
  gracePeriod?(obj: Stored, requested: number | undefined): number | undefined;
  /** Resources released when the object is finally removed (service IPs, node ports). */
  onRemove?(obj: Stored, ctx: StrategyContext): void;
  scale?: ScaleMapping;
}

export const defaultStrategy: Strategy = { tracksGeneration: false, hasStatus: false };
