/**
 * SetDefaults_Container and what the generated defaulters apply inside a container: pull policy
 * from the image tag, the termination message, port protocols, probe timings, handler schemes,
 * and the field selectors of env vars.
 */
import type { Container, EnvVar, LifecycleHandler, Probe } from 'kubernetes-types/core/v1';

/** The tag as the image reference parser sees it: none means `latest`, a digest alone means none. */
export function imageTag(image: string): string {
  const at = image.indexOf('@');
  const name = at >= 0 ? image.slice(0, at) : image;
  const lastPart = name.slice(name.lastIndexOf('/') + 1);
  const colon = lastPart.lastIndexOf(':');
  if (colon >= 0) return lastPart.slice(colon + 1);
  return at >= 0 ? '' : 'latest';
}

export function defaultImagePullPolicy(image: string): 'Always' | 'IfNotPresent' {
  return imageTag(image) === 'latest' ? 'Always' : 'IfNotPresent';
}

type Handler = Pick<Probe, 'httpGet' | 'grpc'> & Partial<Pick<LifecycleHandler, 'sleep'>>;

function setDefaultsHandler(h: Handler): void {
  if (h.httpGet) {
    h.httpGet.path ||= '/';
    h.httpGet.scheme ||= 'HTTP';
  }
  if (h.grpc) h.grpc.service ??= '';
}

export function setDefaultsProbe(probe: Probe | undefined): void {
  if (!probe) return;
  probe.timeoutSeconds ||= 1;
  probe.periodSeconds ||= 10;
  probe.successThreshold ||= 1;
  probe.failureThreshold ||= 3;
  setDefaultsHandler(probe);
}

function setDefaultsEnv(env: EnvVar[] | undefined): void {
  for (const ev of env ?? []) {
    const from = ev.valueFrom;
    if (from?.fieldRef) from.fieldRef.apiVersion ||= 'v1';
    // divisor is a non-pointer Quantity: the server always writes it, as "0" when unset.
    if (from?.resourceFieldRef) from.resourceFieldRef.divisor ??= '0';
  }
}

export function setDefaultsContainer(c: Container): void {
  if (!c.imagePullPolicy) c.imagePullPolicy = defaultImagePullPolicy(c.image ?? '');
  c.terminationMessagePath ||= '/dev/termination-log';
  c.terminationMessagePolicy ||= 'File';
  // resources is a struct, not a pointer: it is always serialized, empty or not.
  c.resources ??= {};
  for (const port of c.ports ?? []) port.protocol ||= 'TCP';
  setDefaultsEnv(c.env);
  setDefaultsProbe(c.livenessProbe);
  setDefaultsProbe(c.readinessProbe);
  setDefaultsProbe(c.startupProbe);
  if (c.lifecycle?.postStart) setDefaultsHandler(c.lifecycle.postStart);
  if (c.lifecycle?.preStop) setDefaultsHandler(c.lifecycle.preStop);
}
