/**
 * Tracks which pods are mid-transition (ContainerCreating, Terminating, not yet scheduled …),
 * incrementally from the pod informer, so "is the cluster quiet?" costs O(1) at any size.
 */
import type { Pod } from 'kubernetes-types/core/v1';
import { PODS } from '../api/resources';
import { keyOf, type SharedInformerFactory } from '../client/informer';
import { podIsTransitional } from './quiet';

export class TransitionTracker {
  private readonly busy = new Set<string>();

  constructor(informers: SharedInformerFactory) {
    const update = (p: Pod) => {
      const key = keyOf(p);
      if (podIsTransitional(p)) this.busy.add(key);
      else this.busy.delete(key);
    };
    informers.for<Pod>(PODS).addHandler({ onAdd: update, onUpdate: (_o, p) => update(p), onDelete: (p) => this.busy.delete(keyOf(p)) });
  }

  isBusy(): boolean {
    return this.busy.size > 0;
  }

  busyPods(): string[] {
    return [...this.busy];
  }
}
