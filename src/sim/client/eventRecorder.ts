/**
 * Records Events about objects, as client-go's recorder does: a repeat of the same event
 * (same object, reason, message, type and source) bumps `count` and `lastTimestamp` on the
 * existing Event instead of creating another, which is where `(x3 over 2m)` comes from.
 */
import type { Event } from 'kubernetes-types/core/v1';
import type { Clock } from '../../common/clock';
import { rfc3339 } from '../../common/time';
import { isApiError } from '../api/errors';
import type { Referenceable } from '../api/types';
import type { ClusterClient } from './types';

export type EventType = 'Normal' | 'Warning';

export interface EventSource {
  component: string;
  host?: string;
}

const EVENTS = { group: '', resource: 'events' };

export class EventRecorder {
  private readonly seen = new Map<string, { namespace: string; name: string; count: number }>();
  private seq = 0;

  constructor(
    private readonly client: ClusterClient,
    private readonly clock: Clock,
    private readonly source: EventSource,
  ) {}

  event(obj: Referenceable, type: EventType, reason: string, message: string, fieldPath?: string): void {
    const meta = obj.metadata ?? {};
    const namespace = meta.namespace || 'default';
    const key = [meta.uid, fieldPath, reason, message, type].join('\u0000');
    const now = rfc3339(this.clock.now());
    const prior = this.seen.get(key);
    if (prior) {
      try {
        this.client.patch(EVENTS, prior.name, 'merge', { count: prior.count + 1, lastTimestamp: now }, { namespace });
        prior.count++;
        return;
      } catch (e) {
        if (!isApiError(e, 'NotFound')) throw e;
        this.seen.delete(key);
      }
    }
    const ev: Event = {
      apiVersion: 'v1',
      kind: 'Event',
      metadata: { name: '', namespace },
      involvedObject: {
        apiVersion: obj.apiVersion,
        kind: obj.kind,
        name: meta.name,
        namespace: meta.namespace,
        uid: meta.uid,
        resourceVersion: meta.resourceVersion,
        ...(fieldPath ? { fieldPath } : {}),
      },
      reason,
      message,
      type,
      source: { component: this.source.component, ...(this.source.host ? { host: this.source.host } : {}) },
      firstTimestamp: now,
      lastTimestamp: now,
      count: 1,
      reportingComponent: this.source.component,
      reportingInstance: this.source.host ?? '',
    };
    // Two recorders can stamp the same instant: the next suffix up is as good a name.
    for (;;) {
      const name = `${meta.name}.${this.uniqueSuffix()}`;
      try {
        this.client.create(EVENTS, { ...ev, metadata: { name, namespace } }, { namespace });
        this.remember(key, { namespace, name, count: 1 });
        return;
      } catch (e) {
        if (!isApiError(e, 'AlreadyExists')) throw e;
      }
    }
  }

  /** Like client-go's LRU: the newest few thousand events can still be aggregated. */
  private remember(key: string, entry: { namespace: string; name: string; count: number }): void {
    this.seen.set(key, entry);
    if (this.seen.size > 4096) this.seen.delete(this.seen.keys().next().value!);
  }

  /** Event names end in the creation time in hex nanoseconds, as the real recorder's do. */
  private uniqueSuffix(): string {
    return (BigInt(Math.floor(this.clock.now())) * 1_000_000n + BigInt(this.seq++ % 1_000_000)).toString(16);
  }
}
