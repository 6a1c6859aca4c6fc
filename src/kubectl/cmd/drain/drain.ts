/**
 * `kubectl drain NODE`: cordon it, then evict its pods through the `eviction` subresource (so
 * PodDisruptionBudgets are honoured), wait until they are gone, and report `node/x drained`.
 */
import type { Pod } from 'kubernetes-types/core/v1';
import { isApiError, type KubeObject } from '../../sim';
import type { Command, Invocation } from '../../cmdutil/command';
import { AggregateError, KubectlError } from '../../cmdutil/errors';
import { messages } from '../../messages';
import { goDuration } from '../../cmdutil/help';
import { DRY_RUN, SELECTOR, TIMEOUT } from '../shared/commonFlags';
import { dryRunStrategy } from '../shared/dryRun';
import type { Found } from '../shared/fetch';
import { printResult } from '../shared/output';
import { PODS } from '../shared/builtins';
import { INTERRUPTED_EXIT_CODE } from '../get/watch';
import { nodeTargets, setUnschedulable } from './cordon';
import { podsForDeletion } from './podFilters';

const EVICTION_RETRY_SECONDS = 5;

function evict(inv: Invocation, pod: Pod, gracePeriod: number): boolean {
  const body = {
    apiVersion: 'policy/v1',
    kind: 'Eviction',
    metadata: { name: pod.metadata?.name, namespace: pod.metadata?.namespace },
    ...(gracePeriod >= 0 ? { deleteOptions: { gracePeriodSeconds: gracePeriod } } : {}),
  };
  try {
    inv.ctx.client.createSubresource(PODS, pod.metadata?.name ?? '', 'eviction', body, { namespace: pod.metadata?.namespace });
    return true;
  } catch (e) {
    if (isApiError(e, 'NotFound')) return true;
    if (!isApiError(e, 'TooManyRequests')) throw e;
    inv.ctx.stderr.write(`${messages.drainRetryEviction(pod.metadata?.namespace ?? '', pod.metadata?.name ?? '', e.message)}\n`);
    return false;
  }
}

const gone = (inv: Invocation, pod: Pod) => {
  try {
    return inv.ctx.client.get(PODS, pod.metadata?.name ?? '', { namespace: pod.metadata?.namespace }).metadata.uid !== pod.metadata?.uid;
  } catch (e) {
    if (isApiError(e, 'NotFound')) return true;
    throw e;
  }
};

/** Pods a budget still protects fail as the eviction loop reports it; the rest were evicted but linger. */
function timedOut(unevicted: Pod[], waiting: Pod[], timeout: number): KubectlError {
  const [refused] = unevicted;
  if (refused) return new KubectlError(messages.drainEvictionTimeout(refused.metadata?.namespace ?? '', refused.metadata?.name ?? '', goDuration(timeout)));
  return new KubectlError(messages.drainTimeout(waiting[0].metadata?.name ?? ''));
}

/** Evicts (retrying refusals every 5 s) and waits for each pod to disappear, printing `pod/x evicted`. */
async function evictAll(inv: Invocation, node: Found, pods: Pod[]): Promise<number | undefined> {
  const gracePeriod = inv.flags.int('grace-period');
  const timeout = inv.flags.int('timeout');
  const started = inv.ctx.now();
  if (timeout > 0) inv.ctx.waitUntil?.(started + timeout * 1000);
  for (const p of pods) inv.ctx.stdout.write(`${messages.drainEvicting(p.metadata?.namespace ?? '', p.metadata?.name ?? '')}\n`);
  let unevicted = pods.filter((p) => !evict(inv, p, gracePeriod));
  let waiting = pods.filter((p) => !unevicted.includes(p));
  let sinceRetry = 0;
  for (;;) {
    for (const p of waiting.filter((x) => gone(inv, x))) printResult(inv, PODS, p as KubeObject, 'evicted', 'none');
    waiting = waiting.filter((p) => !gone(inv, p));
    if (waiting.length === 0 && unevicted.length === 0) return undefined;
    if (inv.ctx.interrupt.aborted) return INTERRUPTED_EXIT_CODE;
    if (timeout > 0 && inv.ctx.now() - started >= timeout * 1000) throw timedOut(unevicted, waiting, timeout);
    await inv.ctx.sleep(1);
    if (++sinceRetry >= EVICTION_RETRY_SECONDS && unevicted.length) {
      sinceRetry = 0;
      const retried = unevicted.filter((p) => evict(inv, p, gracePeriod));
      waiting = [...waiting, ...retried];
      unevicted = unevicted.filter((p) => !retried.includes(p));
    }
  }
}

async function drainNode(inv: Invocation, node: Found): Promise<number | undefined> {
  const pods = inv.ctx.client.list<Pod>(PODS, { fieldSelector: `spec.nodeName=${node.object.metadata.name}`, labelSelector: inv.flags.string('pod-selector') || undefined }).items;
  const list = podsForDeletion(pods, { ignoreDaemonSets: inv.flags.bool('ignore-daemonsets'), deleteEmptyDirData: inv.flags.bool('delete-emptydir-data'), force: inv.flags.bool('force') });
  if (list.errors.length) throw list.errors.length === 1 ? new KubectlError(list.errors[0]) : new AggregateError(list.errors.map((m) => new KubectlError(m)));
  if (list.warnings) inv.ctx.stderr.write(`Warning: ${list.warnings}\n`);
  if (dryRunStrategy(inv) === 'none') {
    const code = await evictAll(inv, node, list.evict);
    if (code !== undefined) return code;
  } else {
    for (const p of list.evict) printResult(inv, PODS, p as KubeObject, 'evicted', dryRunStrategy(inv));
  }
  printResult(inv, node.info, node.object, 'drained', dryRunStrategy(inv));
  return undefined;
}

const aggregateText = (e: unknown) => (e instanceof AggregateError ? `[${e.errors.map((x) => (x instanceof Error ? x.message : String(x))).join(', ')}]` : e instanceof Error ? e.message : String(e));

async function runDrain(inv: Invocation): Promise<number> {
  const { nodes, errors } = nodeTargets(inv, 'drain');
  if (errors.length) throw errors[0];
  for (const [i, node] of nodes.entries()) {
    setUnschedulable(inv, node, true);
    try {
      const code = await drainNode(inv, node);
      if (code !== undefined) return code;
    } catch (e) {
      inv.ctx.stderr.write(`${messages.drainUnable(node.object.metadata.name, aggregateText(e))}\n`);
      inv.ctx.stderr.write(messages.drainPending(nodes.slice(i).map((n) => n.object.metadata.name)));
      throw e;
    }
  }
  return 0;
}

export const drainCommand: Command = {
  name: 'drain',
  short: 'Evict the pods of a node before maintenance',
  flags: [
    SELECTOR,
    DRY_RUN,
    TIMEOUT(0),
    { name: 'ignore-daemonsets', type: 'bool', usage: 'Go on despite daemon set pods, which are left on the node.' },
    { name: 'delete-emptydir-data', type: 'bool', usage: 'Go on despite pods with emptyDir volumes; their data is lost.' },
    { name: 'force', type: 'bool', usage: 'Also evict pods that no controller will recreate.' },
    { name: 'grace-period', type: 'int', default: -1, usage: 'Seconds each pod gets to shut down; -1 keeps the pod\'s own setting.' },
    { name: 'pod-selector', type: 'string', usage: 'Only evict the pods of the node that match this label selector.' },
    { name: 'disable-eviction', type: 'bool', unavailable: true },
    { name: 'skip-wait-for-delete-timeout', type: 'int', unavailable: true },
    { name: 'chunk-size', type: 'int', default: 500 },
  ],
  run: runDrain,
};
