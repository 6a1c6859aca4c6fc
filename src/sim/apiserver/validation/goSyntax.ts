/**
 * Bad values as the real API server prints them. field.Error renders structs and maps with Go's
 * `%#v` (`map[string]string{"app":"web"}`, `v1.LabelSelector{…}`), which JSON cannot imitate, so
 * such values travel as a `GoSyntax` whose text the formatter prints verbatim.
 */
import type { LabelSelector, LabelSelectorRequirement } from 'kubernetes-types/meta/v1';

export interface GoSyntax {
  goSyntax: string;
}

export const goSyntax = (text: string): GoSyntax => ({ goSyntax: text });

const quote = (s: string) => JSON.stringify(s);

function sortedEntries(m: Record<string, string>): [string, string][] {
  return Object.entries(m).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
}

export function goStringMap(m: Record<string, string> | undefined): string {
  if (m === undefined || m === null) return 'map[string]string(nil)';
  return `map[string]string{${sortedEntries(m)
    .map(([k, v]) => `${quote(k)}:${quote(v)}`)
    .join(', ')}}`;
}

export function goStringSlice(values: string[] | undefined): string {
  if (values === undefined || values === null) return '[]string(nil)';
  return `[]string{${values.map(quote).join(', ')}}`;
}

function goRequirement(r: LabelSelectorRequirement): string {
  return `v1.LabelSelectorRequirement{Key:${quote(r.key)}, Operator:${quote(r.operator)}, Values:${goStringSlice(r.values)}}`;
}

export function goLabelSelector(s: LabelSelector): string {
  const exprs = s.matchExpressions
    ? `[]v1.LabelSelectorRequirement{${s.matchExpressions.map(goRequirement).join(', ')}}`
    : '[]v1.LabelSelectorRequirement(nil)';
  return `v1.LabelSelector{MatchLabels:${goStringMap(s.matchLabels)}, MatchExpressions:${exprs}}`;
}

export function goIntOrString(v: number | string | undefined): string {
  if (typeof v === 'string') return `intstr.IntOrString{Type:1, IntVal:0, StrVal:${quote(v)}}`;
  return `intstr.IntOrString{Type:0, IntVal:${v ?? 0}, StrVal:""}`;
}
