import type { CheckContext } from './checkContext';
import { evaluateCheck } from './evaluateCheck';
import { findObjects } from './findObjects';
import { evaluateJsonPath, printJsonPathValues } from './jsonPath';
import type { HintSpec } from './types';

export interface HintView {
  id: string;
  /** Offered now: its delay has passed and its `when` (if any) holds. */
  available: boolean;
  /** Seconds on the step until it is offered by time (0 once it is). */
  dueIn: number;
  /** Markdown with `{{var}}` filled in from the cluster. */
  text: string;
}

/** Fills `{{name}}` from the cluster; a value that cannot be read becomes empty. */
export function fillHint(text: string, vars: HintSpec['vars'], ctx: CheckContext): string {
  return text.replace(/\{\{\s*([\w-]+)\s*\}\}/g, (whole, name: string) => {
    const ref = vars[name];
    if (!ref) return whole;
    const values = findObjects(ctx.client, ref).flatMap((o) => evaluateJsonPath(o, ref.path));
    return printJsonPathValues(values);
  });
}

/** The step's hints as they stand now (`nowMs` virtual): static ones by delay, computed ones by state. */
export function hintViews(hints: (HintSpec & { text: string })[], ctx: CheckContext, nowMs: number): HintView[] {
  const onStep = (nowMs - ctx.stepStartMs) / 1000;
  return hints.map((h) => {
    const dueIn = Math.max(0, h.after - onStep);
    const available = dueIn === 0 && (h.when === undefined || evaluateCheck(h.when, ctx).passed);
    return { id: h.id, available, dueIn, text: available ? fillHint(h.text, h.vars, ctx) : h.text };
  });
}
