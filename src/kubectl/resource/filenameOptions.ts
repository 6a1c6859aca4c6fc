/**
 * cli-runtime's FilenameOptions: what `-f`, `-k` and `-R` ask a command to read. `-k DIR` runs a
 * kustomize build and hands its objects on as if they came from a file named DIR.
 */
import type { KubectlContext } from '../context';
import type { FlagSpec, Flags } from '../cmdutil/flags';
import { KubectlError } from '../cmdutil/errors';
import { kustomizeBuild } from '../kustomize/build';
import { kustomizeFs } from '../kustomize/fileSystem';
import { kustomizeMessages } from '../kustomize/messages';
import { discovery, readManifests } from './builder';
import { mapObjects, type DecodeResult } from './manifest';

export interface FilenameOptions {
  filenames: readonly string[];
  kustomize: string;
  recursive: boolean;
}

/** Reads the three flags and refuses the combinations kubectl refuses. */
export function filenameOptions(flags: Flags): FilenameOptions {
  const o = { filenames: flags.strings('filename'), kustomize: flags.string('kustomize'), recursive: flags.bool('recursive') };
  if (o.filenames.length > 0 && o.kustomize) throw new KubectlError(kustomizeMessages.onlyOneOfFilenameOrKustomize);
  if (o.kustomize && o.recursive) throw new KubectlError(kustomizeMessages.kustomizeWithRecursive);
  return o;
}

export const hasFilenames = (o: FilenameOptions): boolean => o.filenames.length > 0 || o.kustomize !== '';

/** The objects `-f` or `-k` name; kustomize's deprecation warnings go to stderr first. */
export function readFilenameOptions(ctx: KubectlContext, o: FilenameOptions): DecodeResult {
  if (!o.kustomize) return readManifests(ctx, o.filenames, o.recursive);
  const { objects, warnings } = kustomizeBuild(kustomizeFs(ctx), o.kustomize, discovery(ctx));
  for (const w of warnings) ctx.stderr.write(`${w}\n`);
  return mapObjects(objects, o.kustomize, discovery(ctx));
}

export const KUSTOMIZE_FLAG: FlagSpec = {
  name: 'kustomize',
  shorthand: 'k',
  type: 'string',
  usage: 'Build the kustomization in this folder and use the result; not combinable with -f or -R.',
};
