/**
 * The Pod `kubectl run NAME --image=…` builds (pkg/cmd/run + generate/versioned BasicPod): one
 * container named like the pod, label `run=NAME` unless `--labels`, DNS policy ClusterFirst.
 */
import type { Pod, Container, EnvVar } from 'kubernetes-types/core/v1';
import { KubectlError } from '../cmdutil/errors';
import { messages } from '../messages';
import { ZERO_TIME } from './meta';

export interface RunParams {
  name: string;
  image: string;
  /** `--labels=a=b,c=d`, empty for the default `run=NAME`. */
  labels: string;
  annotations: string[];
  env: string[];
  /** -1 when `--port` was not given. */
  port: number;
  restart: string;
  command: boolean;
  args: string[];
  imagePullPolicy: string;
  stdin: boolean;
  tty: boolean;
  namespace?: string;
}

export const RESTART_POLICIES = ['Always', 'OnFailure', 'Never'];

/** `a=b,c=d` as kubectl's generate.ParseLabels reads it. */
export function parseRunLabels(spec: string): Record<string, string> {
  const labels: Record<string, string> = {};
  for (const pair of spec.split(',')) {
    const kv = pair.split('=');
    if (kv.length !== 2) throw new KubectlError(messages.runUnexpectedLabel(pair));
    labels[kv[0]] = kv[1];
  }
  return labels;
}

function parseEnv(env: readonly string[]): EnvVar[] {
  return env.map((e) => {
    const eq = e.indexOf('=');
    if (eq <= 0) throw new KubectlError(messages.runInvalidEnv(e));
    return { name: e.slice(0, eq), value: e.slice(eq + 1) };
  });
}

function annotationsOf(list: readonly string[]): Record<string, string> | undefined {
  if (list.length === 0) return undefined;
  return Object.fromEntries(list.map((a) => [a.slice(0, a.indexOf('=')), a.slice(a.indexOf('=') + 1)]));
}

export function generatePod(p: RunParams): Pod {
  const container: Container = { name: p.name, image: p.image, resources: {} };
  if (p.args.length) {
    if (p.command) container.command = p.args;
    else container.args = p.args;
  }
  if (p.env.length) container.env = parseEnv(p.env);
  if (p.imagePullPolicy) container.imagePullPolicy = p.imagePullPolicy;
  if (p.port >= 0) container.ports = [{ containerPort: p.port }];
  if (p.stdin) {
    container.stdin = true;
    container.stdinOnce = true;
  }
  if (p.tty) container.tty = true;
  const annotations = annotationsOf(p.annotations);
  return {
    apiVersion: 'v1',
    kind: 'Pod',
    metadata: {
      name: p.name,
      labels: p.labels ? parseRunLabels(p.labels) : { run: p.name },
      ...(annotations ? { annotations } : {}),
      ...(p.namespace ? { namespace: p.namespace } : {}),
      creationTimestamp: ZERO_TIME,
    },
    spec: {
      containers: [container],
      dnsPolicy: 'ClusterFirst',
      restartPolicy: p.restart,
    },
    status: {},
  };
}
