/** The small formatting helpers describers share (describe.go's print*Multiline family). */
import type { Taint, Toleration, TopologySpreadConstraint } from 'kubernetes-types/core/v1';
import { formatLabelSelector } from '../printers/labels';
import { parseTime } from '../../common/time';
import { LEVEL_0, type PrefixWriter } from './prefixWriter';

const MAX_ANNOTATION_LEN = 140;
const SKIPPED_ANNOTATIONS = new Set(['kubectl.kubernetes.io/last-applied-configuration']);
const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/**
 * time.RFC1123Z (`Mon, 02 Jan 2006 15:04:05 -0700`). kubectl prints the viewer's local zone;
 * the playground's viewer lives in UTC. A missing timestamp prints Go's zero time.
 */
export function rfc1123z(timestamp: string | null | undefined): string {
  const ms = parseTime(timestamp ?? undefined);
  if (ms === undefined) return 'Mon, 01 Jan 0001 00:00:00 +0000';
  const d = new Date(ms);
  const pad = (n: number) => String(n).padStart(2, '0');
  return (
    `${DAYS[d.getUTCDay()]}, ${pad(d.getUTCDate())} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()} ` +
    `${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())} +0000`
  );
}

export function printBool(value: boolean | undefined): string {
  return value ? 'True' : 'False';
}

/** `title:\tk=v` then one aligned line per further label, sorted; `<none>` if empty. */
export function printLabelsMultiline(
  w: PrefixWriter,
  title: string,
  labels: Record<string, string> | null | undefined,
  initialIndent = '',
): void {
  w.write(LEVEL_0, `${initialIndent}${title}:\t`);
  const keys = Object.keys(labels ?? {}).sort();
  if (keys.length === 0) {
    w.writeLine('<none>');
    return;
  }
  keys.forEach((key, i) => {
    if (i !== 0) w.write(LEVEL_0, `${initialIndent}\t`);
    w.write(LEVEL_0, `${key}=${labels![key]}\n`);
  });
}

/** Annotations sorted, long or multi-line values on their own shortened lines. */
export function printAnnotationsMultiline(w: PrefixWriter, title: string, annotations: Record<string, string> | null | undefined): void {
  w.write(LEVEL_0, `${title}:\t`);
  const keys = Object.keys(annotations ?? {})
    .filter((k) => !SKIPPED_ANNOTATIONS.has(k))
    .sort();
  if (keys.length === 0) {
    w.writeLine('<none>');
    return;
  }
  keys.forEach((key, i) => {
    if (i !== 0) w.write(LEVEL_0, '\t');
    const value = annotations![key].replace(/\n$/, '');
    if (value.length + key.length + 2 > MAX_ANNOTATION_LEN || value.includes('\n')) {
      w.write(LEVEL_0, `${key}:\n`);
      for (const line of value.split('\n')) w.write(LEVEL_0, `\t  ${shorten(line, MAX_ANNOTATION_LEN - 2)}\n`);
    } else {
      w.write(LEVEL_0, `${key}: ${value}\n`);
    }
  });
}

function shorten(s: string, max: number): string {
  return s.length > max ? `${s.slice(0, max)}...` : s;
}

/** Taints sorted by effect then key, as `key=value:Effect`. */
export function printTaintsMultiline(w: PrefixWriter, title: string, taints: Taint[] | undefined): void {
  w.write(LEVEL_0, `${title}:\t`);
  const sorted = [...(taints ?? [])].sort((a, b) => compare(`${a.effect},${a.key}`, `${b.effect},${b.key}`));
  if (sorted.length === 0) {
    w.writeLine('<none>');
    return;
  }
  sorted.forEach((taint, i) => {
    if (i !== 0) w.write(LEVEL_0, '\t');
    w.write(LEVEL_0, `${taintToString(taint)}\n`);
  });
}

export function taintToString(taint: Taint): string {
  const value = taint.value ? `=${taint.value}` : '';
  return `${taint.key}${value}:${taint.effect}`;
}

/** Tolerations sorted by key: `key=value:Effect op=Exists for 300s`. */
export function printTolerationsMultiline(w: PrefixWriter, title: string, tolerations: Toleration[] | undefined, initialIndent = ''): void {
  w.write(LEVEL_0, `${initialIndent}${title}:\t`);
  const sorted = [...(tolerations ?? [])].sort((a, b) => compare(a.key ?? '', b.key ?? ''));
  if (sorted.length === 0) {
    w.writeLine('<none>');
    return;
  }
  sorted.forEach((t, i) => {
    if (i !== 0) w.write(LEVEL_0, `${initialIndent}\t`);
    let text = t.key ?? '';
    if (t.value) text += `=${t.value}`;
    if (t.effect) text += `:${t.effect}`;
    if (t.operator === 'Exists' && !t.value) text += t.key || t.effect ? ' op=Exists' : 'op=Exists';
    if (t.tolerationSeconds != null) text += ` for ${t.tolerationSeconds}s`;
    w.write(LEVEL_0, `${text}\n`);
  });
}

export function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** describe's stringOrNone. */
export function stringOrNone(s: string | undefined): string {
  return s ? s : '<none>';
}

/** `key:Effect when max skew N is exceeded for selector s`, sorted by topology key. */
export function describeTopologySpreadConstraints(w: PrefixWriter, constraints: TopologySpreadConstraint[] | undefined, space: string): void {
  const sorted = [...(constraints ?? [])].sort((a, b) => compare(a.topologyKey, b.topologyKey));
  if (sorted.length === 0) return;
  w.write(LEVEL_0, `${space}Topology Spread Constraints:\t`);
  sorted.forEach((c, i) => {
    if (i !== 0) w.write(LEVEL_0, `${space}\t`);
    const selector = c.labelSelector ? ` for selector ${formatLabelSelector(c.labelSelector)}` : '';
    w.write(LEVEL_0, `${c.topologyKey}:${c.whenUnsatisfiable} when max skew ${c.maxSkew} is exceeded${selector}\n`);
  });
}
