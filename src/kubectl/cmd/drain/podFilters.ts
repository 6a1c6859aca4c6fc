/**
 * pkg/drain's pod filters: which pods on a node drain may evict, which it skips, and which stop
 * it (DaemonSet pods, pods with emptyDir data, pods without a controller) unless a flag allows.
 */
import type { Pod } from 'kubernetes-types/core/v1';
import { messages } from '../../messages';

export interface DrainFlags {
  ignoreDaemonSets: boolean;
  deleteEmptyDirData: boolean;
  force: boolean;
}

type Reason = 'daemonSet' | 'localStorage' | 'unmanaged';

export interface PodDeleteList {
  /** Pods to evict, in list order. */
  evict: Pod[];
  /** `cannot delete …` errors, one per reason. */
  errors: string[];
  /** `Warning: …` text, or '' when there is nothing to warn about. */
  warnings: string;
}

const MIRROR_ANNOTATION = 'kubernetes.io/config.mirror';
const REASONS: Reason[] = ['daemonSet', 'localStorage', 'unmanaged'];

const finished = (p: Pod) => p.status?.phase === 'Succeeded' || p.status?.phase === 'Failed';
const controllerOf = (p: Pod) => p.metadata?.ownerReferences?.find((o) => o.controller);
const podKey = (p: Pod) => `${p.metadata?.namespace}/${p.metadata?.name}`;

/** One pod's verdict: evict, skip silently, or a (fatal or warning) reason. */
function verdict(p: Pod, f: DrainFlags): { evict: boolean; reason?: Reason; fatal?: boolean } {
  if (p.metadata?.annotations?.[MIRROR_ANNOTATION]) return { evict: false };
  if (controllerOf(p)?.kind === 'DaemonSet') return f.ignoreDaemonSets ? { evict: false, reason: 'daemonSet' } : { evict: false, reason: 'daemonSet', fatal: true };
  if (!finished(p) && p.spec?.volumes?.some((v) => v.emptyDir)) {
    if (!f.deleteEmptyDirData) return { evict: false, reason: 'localStorage', fatal: true };
    if (controllerOf(p)) return { evict: true, reason: 'localStorage' };
  }
  if (!finished(p) && !controllerOf(p)) return f.force ? { evict: true, reason: 'unmanaged' } : { evict: false, reason: 'unmanaged', fatal: true };
  return { evict: true };
}

export function podsForDeletion(pods: readonly Pod[], f: DrainFlags): PodDeleteList {
  const fatal = new Map<Reason, string[]>();
  const warn = new Map<Reason, string[]>();
  const evict: Pod[] = [];
  for (const p of pods) {
    const v = verdict(p, f);
    if (v.evict) evict.push(p);
    if (!v.reason) continue;
    const into = v.fatal ? fatal : warn;
    into.set(v.reason, [...(into.get(v.reason) ?? []), podKey(p)]);
  }
  const errors = REASONS.filter((r) => fatal.has(r)).map((r) => messages.cannotDelete(messages.drainFatal[r], fatal.get(r) ?? []));
  const warnings = REASONS.filter((r) => warn.has(r))
    .map((r) => `${messages.drainWarning[r]}: ${(warn.get(r) ?? []).join(', ')}`)
    .join('; ');
  return { evict: errors.length ? [] : evict, errors, warnings };
}
