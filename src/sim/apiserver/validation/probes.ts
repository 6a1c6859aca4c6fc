/** Probes and lifecycle hooks: exactly one handler, valid ports, sane thresholds. */
import type { Lifecycle, LifecycleHandler, Probe } from 'kubernetes-types/core/v1';
import { forbidden, invalid, notSupported, required, type FieldError } from '../../api/fieldErrors';
import { isValidPortName, isValidPortNum } from './names';

const NON_NEGATIVE = 'must be greater than or equal to 0';
const ONE_HANDLER = 'may not specify more than 1 handler type';

type Handler = Pick<Probe, 'exec' | 'httpGet' | 'tcpSocket' | 'grpc'> & Pick<LifecycleHandler, 'sleep'>;

/** A port given as a number or as the name of a container port. */
export function validatePortNumOrName(port: number | string | undefined, path: string): FieldError[] {
  if (typeof port === 'string') return isValidPortName(port).map((msg) => invalid(path, port, msg));
  return isValidPortNum(port ?? 0).map((msg) => invalid(path, port ?? 0, msg));
}

function validateHandlerAction(kind: keyof Handler, h: Handler, path: string): FieldError[] {
  switch (kind) {
    case 'exec':
      return h.exec?.command?.length ? [] : [required(`${path}.command`)];
    case 'httpGet': {
      const errs: FieldError[] = [];
      if (!h.httpGet?.path) errs.push(required(`${path}.path`));
      errs.push(...validatePortNumOrName(h.httpGet?.port, `${path}.port`));
      const scheme = h.httpGet?.scheme ?? '';
      if (scheme !== 'HTTP' && scheme !== 'HTTPS') errs.push(notSupported(`${path}.scheme`, scheme, ['HTTP', 'HTTPS']));
      return errs;
    }
    case 'tcpSocket':
      return validatePortNumOrName(h.tcpSocket?.port, `${path}.port`);
    case 'grpc':
      return isValidPortNum(h.grpc?.port ?? 0).map((msg) => invalid(`${path}.port`, h.grpc?.port ?? 0, msg));
    case 'sleep':
      return (h.sleep?.seconds ?? 0) < 0 ? [invalid(`${path}.seconds`, h.sleep?.seconds, NON_NEGATIVE)] : [];
  }
}

function validateHandler(h: Handler, path: string): FieldError[] {
  const errs: FieldError[] = [];
  let count = 0;
  for (const kind of ['exec', 'httpGet', 'tcpSocket', 'grpc', 'sleep'] as const) {
    if (h[kind] === undefined) continue;
    if (count > 0) errs.push(forbidden(`${path}.${kind}`, ONE_HANDLER));
    else errs.push(...validateHandlerAction(kind, h, `${path}.${kind}`));
    count++;
  }
  if (count === 0) errs.push(required(path, 'must specify a handler type'));
  return errs;
}

export type ProbeKind = 'livenessProbe' | 'readinessProbe' | 'startupProbe';

export function validateProbe(kind: ProbeKind, probe: Probe | undefined, path: string): FieldError[] {
  if (!probe) return [];
  const errs = validateHandler(probe, path);
  for (const f of ['initialDelaySeconds', 'timeoutSeconds', 'periodSeconds', 'successThreshold', 'failureThreshold'] as const) {
    const v = probe[f] ?? 0;
    if (v < 0) errs.push(invalid(`${path}.${f}`, v, NON_NEGATIVE));
  }
  const grace = probe.terminationGracePeriodSeconds;
  if (grace !== undefined && grace <= 0) errs.push(invalid(`${path}.terminationGracePeriodSeconds`, grace, 'must be greater than 0'));
  if (kind === 'readinessProbe' && grace !== undefined) errs.push(invalid(`${path}.terminationGracePeriodSeconds`, grace, 'must not be set for readinessProbes'));
  if (kind !== 'readinessProbe' && probe.successThreshold !== undefined && probe.successThreshold !== 1) {
    errs.push(invalid(`${path}.successThreshold`, probe.successThreshold, 'must be 1'));
  }
  return errs;
}

export function validateLifecycle(lifecycle: Lifecycle, path: string): FieldError[] {
  const errs: FieldError[] = [];
  if (lifecycle.postStart) errs.push(...validateHandler(lifecycle.postStart, `${path}.postStart`));
  if (lifecycle.preStop) errs.push(...validateHandler(lifecycle.preStop, `${path}.preStop`));
  return errs;
}
