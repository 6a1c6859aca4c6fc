import { EVENTS_RESOURCE, podIsReady } from './podState';
import type { CheckContext } from './checkContext';
import type { Check, CheckResult, CommandCheck, CountCheck, EndpointsCheck, EventCheck, FileCheck, PodsCheck, ValueCheck } from './checkTypes';
import { compareCount, describeCount } from './countSpec';
import { describeSelector, findObjects } from './findObjects';
import { evaluateJsonPath, printJsonPathValues } from './jsonPath';
import type { KubeObject } from '../sim';

const result = (passed: boolean, detail: string): CheckResult => ({ passed, detail });

function valueCheck({ value: v }: ValueCheck, ctx: CheckContext): CheckResult {
  const objects = findObjects(ctx.client, v);
  const where = describeSelector(v);
  if (objects.length === 0) return result(false, `no ${where}`);
  const printed = printJsonPathValues(objects.flatMap((o) => evaluateJsonPath(o, v.path)));
  const shown = `${v.path} of ${where} is "${printed}"`;
  if (v.equals !== undefined) return result(printed === String(v.equals), `${shown}, want "${v.equals}"`);
  if (v.contains !== undefined) return result(printed.includes(v.contains), `${shown}, want it to contain "${v.contains}"`);
  if (v.matches !== undefined) return result(new RegExp(v.matches).test(printed), `${shown}, want it to match /${v.matches}/`);
  if (v.compare !== undefined) return result(printed !== '' && compareCount(Number(printed), v.compare), `${shown}, want ${describeCount(v.compare)}`);
  return result(printed !== '', printed === '' ? `${v.path} of ${where} is empty` : shown);
}

function countCheck({ count: c }: CountCheck, ctx: CheckContext): CheckResult {
  const n = findObjects(ctx.client, c).length;
  return result(compareCount(n, c.is), `${n} ${describeSelector(c)}, want ${describeCount(c.is)}`);
}

function podsCheck({ pods: p }: PodsCheck, ctx: CheckContext): CheckResult {
  const pods = findObjects(ctx.client, { ...p, resource: 'pods' }) as KubeObject[];
  const running = pods.filter((o) => (o as { status?: { phase?: string } }).status?.phase === 'Running' && !o.metadata?.deletionTimestamp).length;
  const ready = pods.filter((o) => podIsReady(o) && !o.metadata?.deletionTimestamp).length;
  const where = describeSelector({ ...p, resource: 'pods' });
  const parts: CheckResult[] = [];
  if (p.running !== undefined) parts.push(result(compareCount(running, p.running), `${running} Running ${where}, want ${describeCount(p.running)}`));
  if (p.ready !== undefined) parts.push(result(compareCount(ready, p.ready), `${ready} Ready ${where}, want ${describeCount(p.ready)}`));
  if (parts.length === 0) parts.push(result(running > 0, `${running} Running ${where}`));
  return result(parts.every((r) => r.passed), parts.map((r) => r.detail).join('; '));
}

function eventTime(e: KubeObject): number {
  const ev = e as { lastTimestamp?: string; eventTime?: string; metadata?: { creationTimestamp?: string } };
  const t = ev.lastTimestamp ?? ev.eventTime ?? ev.metadata?.creationTimestamp;
  return t ? Date.parse(t) : 0;
}

function eventCheck({ event: e }: EventCheck, ctx: CheckContext): CheckResult {
  // Event timestamps have one-second precision: compare at that precision.
  const since = Math.floor((e.since === 'step' ? ctx.stepStartMs : ctx.lessonStartMs) / 1000) * 1000;
  const events = findObjects(ctx.client, { resource: EVENTS_RESOURCE, namespace: e.namespace, fieldSelector: `reason=${e.reason}` }).filter((ev) => {
    const io = (ev as { involvedObject?: { kind?: string; name?: string } }).involvedObject ?? {};
    return (e.kind === undefined || io.kind === e.kind) && (e.name === undefined || io.name === e.name) && eventTime(ev) >= since;
  });
  const about = [e.kind, e.name].filter(Boolean).join(' ');
  return result(events.length > 0, `${events.length} ${e.reason} events${about ? ` for ${about}` : ''} since the ${e.since ?? 'lesson'} began`);
}

function commandCheck({ command: c }: CommandCheck, ctx: CheckContext): CheckResult {
  const re = new RegExp(c.matches);
  const from = c.since === 'step' ? ctx.stepHistoryStart : 0;
  const hit = ctx.history.slice(from).find((line) => re.test(line));
  return result(hit !== undefined, hit !== undefined ? `ran "${hit}"` : `no command matching /${c.matches}/ since the ${c.since ?? 'lesson'} began`);
}

function fileCheck({ file: f }: FileCheck, ctx: CheckContext): CheckResult {
  const text = ctx.readFile(f.path);
  if (text === undefined) return result(false, `${f.path} does not exist`);
  if (f.contains !== undefined) return result(text.includes(f.contains), `${f.path} ${text.includes(f.contains) ? 'contains' : 'does not contain'} "${f.contains}"`);
  if (f.matches !== undefined) return result(new RegExp(f.matches, 'm').test(text), `${f.path} ${new RegExp(f.matches, 'm').test(text) ? 'matches' : 'does not match'} /${f.matches}/`);
  return result(true, `${f.path} exists`);
}

function endpointsCheck({ endpoints: e }: EndpointsCheck, ctx: CheckContext): CheckResult {
  const [ep] = findObjects(ctx.client, { resource: 'endpoints', name: e.service, namespace: e.namespace });
  const subsets = ((ep as { subsets?: { addresses?: unknown[] }[] } | undefined)?.subsets ?? []) as { addresses?: unknown[] }[];
  const ready = subsets.reduce((n, s) => n + (s.addresses?.length ?? 0), 0);
  const want = e.ready ?? '>= 1';
  if (!ep) return result(false, `service ${e.service} has no Endpoints object`);
  return result(compareCount(ready, want), `service ${e.service} has ${ready} ready endpoints, want ${describeCount(want)}`);
}

/** Evaluates a check against the cluster and the session: a pure function of `ctx`. */
export function evaluateCheck(check: Check, ctx: CheckContext): CheckResult {
  if ('exists' in check) {
    const n = findObjects(ctx.client, check.exists).length;
    return result(n > 0, `${describeSelector(check.exists)}: ${n > 0 ? 'found' : 'not found'}`);
  }
  if ('absent' in check) {
    const n = findObjects(ctx.client, check.absent).length;
    return result(n === 0, `${describeSelector(check.absent)}: ${n > 0 ? `${n} still there` : 'none'}`);
  }
  if ('value' in check) return valueCheck(check, ctx);
  if ('count' in check) return countCheck(check, ctx);
  if ('pods' in check) return podsCheck(check, ctx);
  if ('event' in check) return eventCheck(check, ctx);
  if ('command' in check) return commandCheck(check, ctx);
  if ('file' in check) return fileCheck(check, ctx);
  if ('endpoints' in check) return endpointsCheck(check, ctx);
  if ('all' in check) {
    const rs = check.all.map((c) => evaluateCheck(c, ctx));
    const failed = rs.filter((r) => !r.passed);
    return result(failed.length === 0, (failed.length ? failed : rs).map((r) => r.detail).join('; '));
  }
  if ('any' in check) {
    const rs = check.any.map((c) => evaluateCheck(c, ctx));
    const hit = rs.find((r) => r.passed);
    return result(hit !== undefined, hit ? hit.detail : rs.map((r) => r.detail).join('; or '));
  }
  const inner = evaluateCheck(check.not, ctx);
  return result(!inner.passed, `not (${inner.detail})`);
}
