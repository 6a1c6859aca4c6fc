/**
 * `kubectl create quota|priorityclass|poddisruptionbudget`, as pkg/cmd/create/create_quota.go,
 * create_priorityclass.go and create_pdb.go build them. Quantities are canonicalised the way
 * resource.Quantity serialises (`1000m` → `1`); scopes are split on commas and kept verbatim.
 */
import type { ResourceQuota } from 'kubernetes-types/core/v1';
import type { PodDisruptionBudget } from 'kubernetes-types/policy/v1';
import type { PriorityClass } from 'kubernetes-types/scheduling/v1';
import type { LabelSelector, LabelSelectorRequirement } from 'kubernetes-types/meta/v1';
import { parseSelector, quantity } from '../sim';
import { KubectlError } from '../cmdutil/errors';
import { messages } from '../messages';
import { ZERO_TIME } from './meta';

const meta = (name: string, namespace?: string) => ({ name, ...(namespace ? { namespace } : {}), creationTimestamp: ZERO_TIME });

function hardLimits(hard: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const entry of hard.split(',')) {
    const eq = entry.indexOf('=');
    if (eq < 0) throw new KubectlError(messages.resourceListSyntax(entry));
    out[entry.slice(0, eq)] = quantity.formatQuantity(entry.slice(eq + 1));
  }
  return out;
}

export function generateQuota(name: string, hard: string, scopes: string, namespace?: string): ResourceQuota {
  return {
    apiVersion: 'v1',
    kind: 'ResourceQuota',
    metadata: meta(name, namespace),
    spec: {
      ...(hard ? { hard: hardLimits(hard) } : {}),
      ...(scopes ? { scopes: scopes.split(',') } : {}),
    },
    status: {},
  };
}

export interface PriorityClassParams {
  name: string;
  value: number;
  description: string;
  globalDefault: boolean;
  preemptionPolicy: string;
}

export function generatePriorityClass(p: PriorityClassParams): PriorityClass {
  return {
    apiVersion: 'scheduling.k8s.io/v1',
    kind: 'PriorityClass',
    metadata: meta(p.name),
    value: p.value,
    ...(p.globalDefault ? { globalDefault: true } : {}),
    ...(p.description ? { description: p.description } : {}),
    preemptionPolicy: p.preemptionPolicy,
  };
}

const OPERATORS: Record<string, string> = { in: 'In', notin: 'NotIn', exists: 'Exists', '!': 'DoesNotExist' };

/** metav1.ParseToLabelSelector: equality becomes matchLabels, the rest matchExpressions. */
export function parseToLabelSelector(selector: string): LabelSelector {
  let parsed;
  try {
    parsed = parseSelector(selector);
  } catch (e) {
    throw new KubectlError(messages.selectorParse(selector, (e as Error).message));
  }
  const matchLabels: Record<string, string> = {};
  const matchExpressions: LabelSelectorRequirement[] = [];
  for (const r of parsed.requirements) {
    if (r.operator === '=' || r.operator === '==') matchLabels[r.key] = r.values[0];
    else if (OPERATORS[r.operator]) matchExpressions.push({ key: r.key, operator: OPERATORS[r.operator], ...(r.values.length ? { values: [...r.values] } : {}) });
    else if (r.operator === 'gt' || r.operator === 'lt') throw new KubectlError(messages.unsupportedSelectorOperator(r.operator));
    else throw new KubectlError(messages.invalidSelectorOperator(r.operator));
  }
  return { ...(Object.keys(matchLabels).length ? { matchLabels } : {}), ...(matchExpressions.length ? { matchExpressions } : {}) };
}

const INT_OR_PERCENT = /^[0-9]+%?$/;
const intOrString = (v: string) => (/^\d+$/.test(v) ? Number(v) : v);

export function generatePodDisruptionBudget(name: string, selector: string, minAvailable: string, maxUnavailable: string, namespace?: string): PodDisruptionBudget {
  if (!selector) throw new KubectlError(messages.pdbSelectorRequired);
  if (!minAvailable && !maxUnavailable) throw new KubectlError(messages.pdbNeedsOne);
  if (minAvailable && maxUnavailable) throw new KubectlError(messages.pdbBoth);
  if (minAvailable && !INT_OR_PERCENT.test(minAvailable)) throw new KubectlError(messages.pdbInvalid('min-available'));
  if (maxUnavailable && !INT_OR_PERCENT.test(maxUnavailable)) throw new KubectlError(messages.pdbInvalid('max-unavailable'));
  return {
    apiVersion: 'policy/v1',
    kind: 'PodDisruptionBudget',
    metadata: meta(name, namespace),
    spec: {
      ...(minAvailable ? { minAvailable: intOrString(minAvailable) } : {}),
      ...(maxUnavailable ? { maxUnavailable: intOrString(maxUnavailable) } : {}),
      selector: parseToLabelSelector(selector),
    },
    status: { currentHealthy: 0, desiredHealthy: 0, disruptionsAllowed: 0, expectedPods: 0 },
  };
}
