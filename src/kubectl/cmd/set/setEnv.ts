/**
 * `kubectl set env RESOURCE/NAME KEY_1=VAL_1 … KEY_N-`: sets, replaces or removes container
 * environment variables (`-e` as a flag too), imports every key of a ConfigMap or Secret as
 * `valueFrom` references with `--from`, and prints them with `--list`.
 */
import type { ConfigMap, Container, EnvVar, EnvVarSource, PodSpec, Secret } from 'kubernetes-types/core/v1';
import type { Command, Invocation } from '../../cmdutil/command';
import { KubectlError, aggregate } from '../../cmdutil/errors';
import { messages } from '../../messages';
import { ALL, DRY_RUN, FIELD_MANAGER, FILENAME, KUSTOMIZE, LOCAL, PRINT_FLAGS, RECURSIVE, SELECTOR } from '../shared/commonFlags';
import { fetchObjects } from '../shared/fetch';
import { podSpecOf } from '../shared/podSpec';
import { containerMatcher, updatePodTemplates } from './podTemplateUpdate';

const ENV_NAME = /^[-._a-zA-Z][-._a-zA-Z0-9]*$/;
const isEnvArg = (arg: string) => arg.includes('=') || arg.endsWith('-');

/** envutil.SplitEnvironmentFromResources: resources first, then changes. */
function splitArgs(args: readonly string[]): { resources: string[]; envArgs: string[] } {
  const first = args.findIndex(isEnvArg);
  if (first < 0) return { resources: [...args], envArgs: [] };
  if (args.slice(first).some((a) => !isEnvArg(a))) throw new KubectlError(messages.envResourcesFirst(args.join(' ')));
  return { resources: args.slice(0, first), envArgs: args.slice(first) };
}

/** envutil.ParseEnv. */
function parseEnv(specs: readonly string[]): { env: EnvVar[]; remove: string[] } {
  const env: EnvVar[] = [];
  const remove: string[] = [];
  for (const spec of specs) {
    const eq = spec.indexOf('=');
    if (eq >= 0) {
      const name = spec.slice(0, eq);
      if (!ENV_NAME.test(name)) throw new KubectlError(messages.envFileKey(name));
      env.push({ name, value: spec.slice(eq + 1) });
    } else if (spec.endsWith('-')) remove.push(spec.slice(0, -1));
    else throw new KubectlError(messages.envUnknown(spec));
  }
  return { env, remove };
}

/** Every key of the `--from` ConfigMaps/Secrets as a reference, upper-cased into an env name. */
function envFrom(inv: Invocation): EnvVar[] {
  const from = inv.flags.string('from');
  if (!from) return [];
  const keys = inv.flags.strings('keys');
  const prefix = inv.flags.string('prefix');
  const result = fetchObjects({ ...inv, args: [from] }, {});
  aggregate(result.errors);
  const out: EnvVar[] = [];
  for (const { object } of result.found) {
    if (object.kind !== 'ConfigMap' && object.kind !== 'Secret') throw new KubectlError(messages.envFromUnsupported(object.kind ?? ''));
    const data = (object as ConfigMap | Secret).data ?? {};
    for (const key of Object.keys(data).sort()) {
      if (keys.length && !keys.includes(key)) continue;
      const envName = key.replace(/[^A-Za-z0-9_]/g, '_').toUpperCase();
      if (envName !== key) inv.ctx.stderr.write(`${messages.envKeyTransferred(key, envName)}\n`);
      const ref = { name: object.metadata.name, key };
      const valueFrom: EnvVarSource = object.kind === 'ConfigMap' ? { configMapKeyRef: ref } : { secretKeyRef: ref };
      out.push({ name: prefix + envName, valueFrom });
    }
  }
  return out;
}

/** set_env.go's updateEnv: replace in place, append the new, drop the removed (removal wins). */
function updateEnv(container: Container, env: EnvVar[], remove: string[], overwrite: boolean): void {
  const existing = container.env ?? [];
  if (!overwrite) {
    for (const e of env) {
      const current = existing.find((x) => x.name === e.name);
      if (current && current.value !== e.value) throw new KubectlError(messages.alreadyHasValue(current.name, current.value ?? ''));
    }
  }
  const covered = new Set(remove);
  const out: EnvVar[] = [];
  for (const e of existing) {
    if (covered.has(e.name)) continue;
    const newer = env.find((x) => x.name === e.name);
    if (newer) covered.add(e.name);
    out.push(newer ?? e);
  }
  for (const e of env) {
    if (covered.has(e.name)) continue;
    covered.add(e.name);
    out.push(e);
  }
  if (out.length) container.env = out;
  else delete container.env;
}

function refString(from: EnvVarSource): string {
  if (from.configMapKeyRef) return `configmap ${from.configMapKeyRef.name}, key ${from.configMapKeyRef.key}`;
  if (from.secretKeyRef) return `secret ${from.secretKeyRef.name}, key ${from.secretKeyRef.key}`;
  if (from.fieldRef) return `field path ${from.fieldRef.fieldPath}`;
  if (from.resourceFieldRef) return `resource field ${from.resourceFieldRef.containerName ? `${from.resourceFieldRef.containerName}/` : ''}${from.resourceFieldRef.resource}`;
  return 'invalid source';
}

function listEnv(inv: Invocation, resources: string[]): number {
  const matches = containerMatcher(inv.flags.string('containers'));
  const result = fetchObjects({ ...inv, args: resources }, { labelSelector: inv.flags.string('selector') });
  for (const { object } of result.found) {
    const spec: PodSpec | undefined = podSpecOf(object);
    for (const c of [...(spec?.initContainers ?? []), ...(spec?.containers ?? [])].filter((c) => matches(c.name))) {
      let out = `${messages.envListHeader(object.kind ?? '', object.metadata.name, c.name)}\n`;
      for (const e of c.env ?? []) out += e.valueFrom ? `# ${e.name} from ${refString(e.valueFrom)}\n` : `${e.name}=${e.value ?? ''}\n`;
      inv.ctx.stdout.write(out);
    }
  }
  aggregate(result.errors);
  return 0;
}

function runSetEnv(inv: Invocation): number {
  const { resources, envArgs } = splitArgs(inv.args);
  if (resources.length === 0 && inv.flags.strings('filename').length === 0) throw new KubectlError(messages.labelRequiresResources);
  if (inv.flags.bool('list') && inv.flags.string('output')) throw new KubectlError(messages.envListAndOutput);
  if (inv.flags.strings('keys').length && !inv.flags.string('from')) throw new KubectlError(messages.envKeysWithoutFrom);
  const { env, remove } = parseEnv([...inv.flags.strings('env'), ...envArgs]);
  if (inv.flags.bool('list')) return listEnv(inv, resources);
  const all = [...envFrom(inv), ...env];
  const selector = inv.flags.string('containers');
  const matches = containerMatcher(selector);
  return updatePodTemplates(inv, resources, 'env updated', (spec, object) => {
    const containers = [...(spec.initContainers ?? []), ...(spec.containers ?? [])].filter((c) => matches(c.name));
    if (containers.length === 0) {
      inv.ctx.stderr.write(`${messages.envNoContainers(object.kind ?? '', object.metadata?.name ?? '', selector)}\n`);
      return false;
    }
    for (const c of containers) updateEnv(c, all, remove, inv.flags.bool('overwrite'));
  });
}

export const setEnvCommand: Command = {
  name: 'env',
  short: 'Change environment variables of pod templates',
  flags: [
    FILENAME,
    KUSTOMIZE,
    RECURSIVE,
    SELECTOR,
    ALL,
    LOCAL,
    DRY_RUN,
    ...PRINT_FLAGS,
    FIELD_MANAGER('kubectl-set'),
    { name: 'containers', shorthand: 'c', type: 'string', default: '*', usage: 'Containers to change, by name; * and ? wildcards allowed.' },
    { name: 'env', shorthand: 'e', type: 'stringArray', usage: 'A variable to set, as NAME=value; repeat the flag for more.' },
    { name: 'from', type: 'string', usage: 'Copy the keys of this config map or secret (configmap/NAME, secret/NAME) into the environment.' },
    { name: 'keys', type: 'stringSlice', usage: 'Only these keys of --from, separated by commas.' },
    { name: 'list', type: 'bool', usage: 'Print the environment of each container instead of changing it.' },
    { name: 'overwrite', type: 'bool', default: true, usage: 'Allow changing variables that are already set; false refuses.' },
    { name: 'prefix', type: 'string', usage: 'Put this in front of the names of variables taken from --from.' },
    { name: 'resolve', type: 'bool', unavailable: true },
  ],
  run: runSetEnv,
};
