/** Pod tolerations and node taints: qualified keys, operators, effects. */
import type { Taint, Toleration } from 'kubernetes-types/core/v1';
import { duplicate, invalid, notSupported, required, type FieldError } from '../../api/fieldErrors';
import { goSyntax } from './goSyntax';
import { isQualifiedName, isValidLabelValue } from './names';

const TOLERATION_EFFECTS = ['NoSchedule', 'PreferNoSchedule', 'NoExecute'];

/** Go prints the whole Toleration struct here; for a set tolerationSeconds, a pointer address, which any fixed one stands in for. */
function goToleration(t: Toleration): string {
  const secs = t.tolerationSeconds === undefined ? '(*int64)(nil)' : `(*int64)(0xc000a1b2c8)`;
  return `core.Toleration{Key:${JSON.stringify(t.key ?? '')}, Operator:${JSON.stringify(t.operator ?? '')}, Value:${JSON.stringify(t.value ?? '')}, Effect:${JSON.stringify(t.effect ?? '')}, TolerationSeconds:${secs}}`;
}

export function validateTolerations(tolerations: Toleration[] | undefined, path: string): FieldError[] {
  const errs: FieldError[] = [];
  (tolerations ?? []).forEach((t, i) => {
    const p = `${path}[${i}]`;
    if (t.key) errs.push(...isQualifiedName(t.key).map((msg) => invalid(`${p}.key`, t.key, msg)));
    if (!t.key && t.operator !== 'Exists') {
      errs.push(invalid(`${p}.operator`, t.operator ?? '', 'operator must be Exists when `key` is empty, which means "match all values and all keys"'));
    }
    if (t.tolerationSeconds !== undefined && t.effect !== 'NoExecute') {
      errs.push(invalid(`${p}.effect`, t.effect ?? '', "effect must be 'NoExecute' when `tolerationSeconds` is set"));
    }
    if (!t.operator || t.operator === 'Equal') {
      const msgs = isValidLabelValue(t.value ?? '');
      if (msgs.length) errs.push(invalid(`${p}.operator`, t.value ?? '', msgs.join(';')));
    } else if (t.operator === 'Exists') {
      if (t.value) errs.push(invalid(`${p}.operator`, goSyntax(goToleration(t)), "value must be empty when `operator` is 'Exists'"));
    } else {
      errs.push(notSupported(`${p}.operator`, t.operator, ['Equal', 'Exists']));
    }
    if (t.effect && !TOLERATION_EFFECTS.includes(t.effect)) errs.push(notSupported(`${p}.effect`, t.effect, TOLERATION_EFFECTS));
  });
  return errs;
}

export function validateTaints(taints: Taint[] | undefined, path: string): FieldError[] {
  const errs: FieldError[] = [];
  const seen = new Set<string>();
  (taints ?? []).forEach((t, i) => {
    const p = `${path}[${i}]`;
    errs.push(...isQualifiedName(t.key ?? '').map((msg) => invalid(`${p}.key`, t.key ?? '', msg)));
    if (t.value) errs.push(...isValidLabelValue(t.value).map((msg) => invalid(`${p}.value`, t.value, msg)));
    if (!t.effect) errs.push(required(`${p}.effect`));
    else if (!TOLERATION_EFFECTS.includes(t.effect)) errs.push(notSupported(`${p}.effect`, t.effect, TOLERATION_EFFECTS));
    const key = `${t.key}:${t.effect}`;
    if (seen.has(key)) {
      const goTaint = `core.Taint{Key:${JSON.stringify(t.key ?? '')}, Value:${JSON.stringify(t.value ?? '')}, Effect:${JSON.stringify(t.effect ?? '')}, TimeAdded:<nil>}`;
      errs.push({ ...duplicate(p, goSyntax(goTaint)), detail: 'taints must be unique by key and effect pair' });
    }
    seen.add(key);
  });
  return errs;
}
