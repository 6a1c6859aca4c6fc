/**
 * Containers and init containers of a pod spec (validateContainers / validateInitContainers):
 * names unique across both lists, image, ports, env, mounts, pull policy, resources, probes.
 */
import type { Container, ContainerPort, EnvVar } from 'kubernetes-types/core/v1';
import { duplicate, forbidden, invalid, notSupported, required, type FieldError } from '../../api/fieldErrors';
import { isConfigMapKey, isDNS1123Label, isRelaxedEnvVarName, isValidPortName, isValidPortNum } from './names';
import { validateLifecycle, validateProbe } from './probes';
import { validateResourceRequirements } from './resources';
import { validateVolumeMounts } from './volumes';

const PROTOCOLS = ['SCTP', 'TCP', 'UDP'];
const INIT_ONLY_WITH_ALWAYS = 'may not be set for init containers without restartPolicy=Always';

function validateContainerPorts(ports: ContainerPort[] | undefined, path: string): FieldError[] {
  const errs: FieldError[] = [];
  const names = new Set<string>();
  (ports ?? []).forEach((port, i) => {
    const p = `${path}[${i}]`;
    if (port.name) {
      const msgs = isValidPortName(port.name);
      if (msgs.length) errs.push(...msgs.map((msg) => invalid(`${p}.name`, port.name, msg)));
      else if (names.has(port.name)) errs.push(duplicate(`${p}.name`, port.name));
      else names.add(port.name);
    }
    if (!port.containerPort) errs.push(required(`${p}.containerPort`));
    else errs.push(...isValidPortNum(port.containerPort).map((msg) => invalid(`${p}.containerPort`, port.containerPort, msg)));
    if (port.hostPort) errs.push(...isValidPortNum(port.hostPort).map((msg) => invalid(`${p}.hostPort`, port.hostPort, msg)));
    if (!port.protocol) errs.push(required(`${p}.protocol`));
    else if (!PROTOCOLS.includes(port.protocol)) errs.push(notSupported(`${p}.protocol`, port.protocol, PROTOCOLS));
  });
  return errs;
}

function validateEnvVarValueFrom(ev: EnvVar, path: string): FieldError[] {
  const from = ev.valueFrom;
  if (!from) return [];
  const errs: FieldError[] = [];
  const refs = [from.fieldRef, from.resourceFieldRef, from.configMapKeyRef, from.secretKeyRef].filter((r) => r !== undefined);
  for (const [kind, ref] of [['configMapKeyRef', from.configMapKeyRef], ['secretKeyRef', from.secretKeyRef]] as const) {
    if (!ref) continue;
    if (!ref.name) errs.push(required(`${path}.${kind}.name`));
    if (!ref.key) errs.push(required(`${path}.${kind}.key`));
    else errs.push(...isConfigMapKey(ref.key).map((msg) => invalid(`${path}.${kind}.key`, ref.key, msg)));
  }
  if (from.fieldRef && !from.fieldRef.fieldPath) errs.push(required(`${path}.fieldRef.fieldPath`));
  if (from.resourceFieldRef && !from.resourceFieldRef.resource) errs.push(required(`${path}.resourceFieldRef.resource`));
  if (refs.length === 0) errs.push(invalid(path, '', 'must specify one of: `fieldRef`, `resourceFieldRef`, `configMapKeyRef` or `secretKeyRef`'));
  else if (refs.length > 1) errs.push(invalid(path, '', 'may not have more than one field specified at a time'));
  if (ev.value) errs.push(invalid(path, '', 'may not be specified when `value` is not empty'));
  return errs;
}

function validateEnv(env: EnvVar[] | undefined, path: string): FieldError[] {
  const errs: FieldError[] = [];
  (env ?? []).forEach((ev, i) => {
    const p = `${path}[${i}]`;
    if (!ev.name) errs.push(required(`${p}.name`));
    else errs.push(...isRelaxedEnvVarName(ev.name).map((msg) => invalid(`${p}.name`, ev.name, msg)));
    errs.push(...validateEnvVarValueFrom(ev, `${p}.valueFrom`));
  });
  return errs;
}

function validateEnumField(value: string | undefined, path: string, supported: string[]): FieldError[] {
  if (!value) return [required(path)];
  return supported.includes(value) ? [] : [notSupported(path, value, supported)];
}

/** What applies to every kind of container. */
function validateContainerCommon(c: Container, volumes: Set<string>, path: string): FieldError[] {
  const errs: FieldError[] = [];
  if (!c.name) errs.push(required(`${path}.name`));
  else errs.push(...isDNS1123Label(c.name).map((msg) => invalid(`${path}.name`, c.name, msg)));
  if (!c.image) errs.push(required(`${path}.image`));
  errs.push(...validateEnumField(c.terminationMessagePolicy, `${path}.terminationMessagePolicy`, ['File', 'FallbackToLogsOnError']));
  errs.push(...validateContainerPorts(c.ports, `${path}.ports`));
  errs.push(...validateEnv(c.env, `${path}.env`));
  errs.push(...validateVolumeMounts(c.volumeMounts, volumes, `${path}.volumeMounts`));
  errs.push(...validateEnumField(c.imagePullPolicy, `${path}.imagePullPolicy`, ['Always', 'IfNotPresent', 'Never']));
  errs.push(...validateResourceRequirements(c.resources, `${path}.resources`));
  return errs;
}

function validateProbesAndHooks(c: Container, path: string): FieldError[] {
  return [
    ...(c.lifecycle ? validateLifecycle(c.lifecycle, `${path}.lifecycle`) : []),
    ...validateProbe('livenessProbe', c.livenessProbe, `${path}.livenessProbe`),
    ...validateProbe('readinessProbe', c.readinessProbe, `${path}.readinessProbe`),
    ...validateProbe('startupProbe', c.startupProbe, `${path}.startupProbe`),
  ];
}

/** Host ports must not collide between containers that run at the same time. */
function validateUniqueHostPorts(containers: Container[], path: string): FieldError[] {
  const seen = new Set<string>();
  const errs: FieldError[] = [];
  containers.forEach((c, ci) =>
    (c.ports ?? []).forEach((port, pi) => {
      if (!port.hostPort) return;
      const key = `${port.hostIP ?? ''}/${port.protocol ?? ''}/${port.hostPort}`;
      if (seen.has(key)) errs.push(duplicate(`${path}[${ci}].ports[${pi}].hostPort`, key));
      seen.add(key);
    }),
  );
  return errs;
}

export function validateContainers(containers: Container[] | undefined, volumes: Set<string>, path: string): FieldError[] {
  if (!containers?.length) return [required(path)];
  const errs: FieldError[] = [];
  const names = new Set<string>();
  containers.forEach((c, i) => {
    const p = `${path}[${i}]`;
    errs.push(...validateContainerCommon(c, volumes, p));
    if (names.has(c.name)) errs.push(duplicate(`${p}.name`, c.name));
    else names.add(c.name);
    errs.push(...validateProbesAndHooks(c, p));
    if (c.restartPolicy !== undefined) errs.push(forbidden(`${p}.restartPolicy`, 'may not be set for non-init containers'));
  });
  errs.push(...validateUniqueHostPorts(containers, path));
  return errs;
}

export function validateInitContainers(inits: Container[] | undefined, regular: Container[] | undefined, volumes: Set<string>, path: string): FieldError[] {
  const errs: FieldError[] = [];
  const names = new Set((regular ?? []).map((c) => c.name));
  (inits ?? []).forEach((c, i) => {
    const p = `${path}[${i}]`;
    errs.push(...validateContainerCommon(c, volumes, p));
    if (c.restartPolicy !== undefined && c.restartPolicy !== 'Always') errs.push(notSupported(`${p}.restartPolicy`, c.restartPolicy, ['Always']));
    if (names.has(c.name)) errs.push(duplicate(`${p}.name`, c.name));
    else if (c.name) names.add(c.name);
    errs.push(...validateUniqueHostPorts([c], path));
    if (c.restartPolicy === 'Always') {
      errs.push(...validateProbesAndHooks(c, p));
      return;
    }
    for (const f of ['lifecycle', 'livenessProbe', 'readinessProbe', 'startupProbe'] as const) {
      if (c[f] !== undefined) errs.push(forbidden(`${p}.${f}`, INIT_ONLY_WITH_ALWAYS));
    }
  });
  return errs;
}
