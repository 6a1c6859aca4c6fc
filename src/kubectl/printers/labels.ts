/** labels.FormatLabels and metav1.FormatLabelSelector, as printed in tables and describe. */
import type { LabelSelector } from 'kubernetes-types/meta/v1';

/** Sorted `k=v` pairs joined by commas; `<none>` for no labels. */
export function formatLabels(labels: Record<string, string> | null | undefined): string {
  const keys = Object.keys(labels ?? {}).sort();
  if (keys.length === 0) return '<none>';
  return keys.map((k) => `${k}=${labels![k]}`).join(',');
}

/**
 * metav1.FormatLabelSelector: matchLabels as `k=v` and expressions in their selector syntax,
 * in the order labels.Selector sorts requirements (by key).
 */
export function formatLabelSelector(selector: LabelSelector | null | undefined): string {
  return labelSelectorString(selector) || '<none>';
}

/** labels.Selector.String(): empty for a missing or empty selector. */
export function labelSelectorString(selector: LabelSelector | null | undefined): string {
  if (!selector) return '';
  const requirements: { key: string; text: string }[] = [];
  for (const [key, value] of Object.entries(selector.matchLabels ?? {})) {
    requirements.push({ key, text: `${key}=${value}` });
  }
  for (const expr of selector.matchExpressions ?? []) {
    requirements.push({ key: expr.key, text: formatRequirement(expr.key, expr.operator, expr.values ?? []) });
  }
  requirements.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  return requirements.map((r) => r.text).join(',');
}

function formatRequirement(key: string, operator: string, values: string[]): string {
  const sorted = [...values].sort();
  switch (operator) {
    case 'In':
      return `${key} in (${sorted.join(',')})`;
    case 'NotIn':
      return `${key} notin (${sorted.join(',')})`;
    case 'Exists':
      return key;
    case 'DoesNotExist':
      return `!${key}`;
    default:
      return `${key} ${operator} (${sorted.join(',')})`;
  }
}
