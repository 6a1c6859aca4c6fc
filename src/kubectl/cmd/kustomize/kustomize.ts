/**
 * `kubectl kustomize [DIR]`: prints what `kustomize build` makes of a kustomization, without
 * a cluster. Failures are logged through klog like the real command's, not `error: …`.
 */
import type { Command, Invocation } from '../../cmdutil/command';
import { kustomizeBuild } from '../../kustomize/build';
import { KustomizeError } from '../../kustomize/errors';
import { kustomizeFs } from '../../kustomize/fileSystem';
import { kustomizeMessages } from '../../kustomize/messages';
import { printObjects } from '../../kustomize/print';
import { discovery } from '../../resource/builder';
import { klogCommandFailed } from './klogError';

function runKustomize(inv: Invocation): number {
  const fail = (message: string) => {
    inv.ctx.stderr.write(klogCommandFailed(inv.ctx.now(), message));
    return 1;
  };
  if (inv.args.length > 1) return fail(kustomizeMessages.specifyOnePath);
  try {
    const { objects, warnings } = kustomizeBuild(kustomizeFs(inv.ctx), inv.args[0] ?? '.', discovery(inv.ctx));
    for (const w of warnings) inv.ctx.stderr.write(`${w}\n`);
    inv.ctx.stdout.write(printObjects(objects));
    return 0;
  } catch (e) {
    if (e instanceof KustomizeError) return fail(e.message);
    throw e;
  }
}

const unavailable = (name: string, type: 'bool' | 'string' | 'stringSlice' = 'bool', shorthand?: string) => ({ name, type, shorthand, unavailable: true }) as const;

export const kustomizeCommand: Command = {
  name: 'kustomize',
  short: 'Print the manifests a kustomization builds',
  flags: [
    unavailable('as-current-user'),
    unavailable('enable-alpha-plugins'),
    unavailable('enable-helm'),
    unavailable('env', 'stringSlice', 'e'),
    unavailable('helm-api-versions', 'stringSlice'),
    unavailable('helm-command', 'string'),
    unavailable('helm-debug'),
    unavailable('helm-kube-version', 'string'),
    { name: 'load-restrictor', type: 'string', default: 'LoadRestrictionsRootOnly', unavailable: true },
    unavailable('mount', 'stringSlice'),
    unavailable('network'),
    unavailable('network-name', 'string'),
    unavailable('output', 'string', 'o'),
  ],
  run: runKustomize,
};
