/**
 * `kubectl create <kind> NAME …` commands all follow one flow: exactly one NAME, build the object
 * client-side with a generator, then create it. Each subcommand supplies its flags and builder.
 */
import { findByKind, type KubeObject } from '../../sim';
import type { Command, Invocation } from '../../cmdutil/command';
import type { FlagSpec } from '../../cmdutil/flags';
import { KubectlError } from '../../cmdutil/errors';
import { discovery } from '../../resource/builder';
import { DRY_RUN, FIELD_MANAGER, PRINT_FLAGS, SAVE_CONFIG, VALIDATE } from '../shared/commonFlags';
import { dryRunStrategy } from '../shared/dryRun';
import { checkOutputFormat } from '../shared/output';
import { exactlyOneName } from '../shared/usage';
import { createObject } from './createObject';

export interface GeneratorSpec {
  name: string;
  aliases?: string[];
  short: string;
  flags: readonly FlagSpec[];
  /** Returns a typed object (kubernetes-types); sent as is. */
  build(inv: Invocation, name: string): object;
}

export function generatorCommand(spec: GeneratorSpec): Command {
  return {
    name: spec.name,
    aliases: spec.aliases,
    short: spec.short,
    flags: [...spec.flags, DRY_RUN, ...PRINT_FLAGS, FIELD_MANAGER('kubectl-create'), SAVE_CONFIG, VALIDATE],
    run(inv) {
      const name = exactlyOneName(inv.commandPath, inv.args.slice(0, inv.argsLenAtDash < 0 ? undefined : inv.argsLenAtDash));
      const dryRun = dryRunStrategy(inv);
      checkOutputFormat(inv.flags.string('output'));
      const obj = spec.build(inv, name) as KubeObject;
      const info = findByKind(discovery(inv.ctx), obj.apiVersion ?? '', obj.kind ?? '');
      if (!info) throw new KubectlError(`the server doesn't have a resource type "${(obj.kind ?? '').toLowerCase()}"`);
      createObject(inv, info, obj, dryRun, inv.flags.string('field-manager'));
      return 0;
    },
  };
}
