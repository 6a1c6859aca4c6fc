/**
 * The `--from-literal`, `--from-file` and `--from-env-file` sources that ConfigMaps and Secrets
 * share (pkg/cmd/util/hash and create_configmap.go), read through the virtual filesystem.
 */
import type { KubectlContext } from '../context';
import { KubectlError } from '../cmdutil/errors';
import { messages } from '../messages';

export interface DataSources {
  literals: string[];
  files: string[];
  envFiles: string[];
}

/** Called once per key; it rejects duplicates with the wording of the kind being built. */
export type AddKey = (key: string, value: string) => void;

export type DataKind = 'ConfigMap' | 'Secret';

const ENV_NAME = /^[-._a-zA-Z][-._a-zA-Z0-9]*$/;
const CONFIG_KEY = /^[-._a-zA-Z0-9]+$/;

function validateKey(kind: DataKind, key: string): void {
  if (!CONFIG_KEY.test(key) || key.length > 253) throw new KubectlError(messages.invalidDataKey(kind, key));
}

function addLiterals(kind: DataKind, literals: readonly string[], add: AddKey): void {
  for (const literal of literals) {
    const eq = literal.indexOf('=');
    if (eq <= 0) throw new KubectlError(messages.literalFormat(literal));
    const key = literal.slice(0, eq);
    validateKey(kind, key);
    add(key, literal.slice(eq + 1));
  }
}

function addFiles(ctx: KubectlContext, kind: DataKind, files: readonly string[], add: AddKey): void {
  for (const source of files) {
    const eq = source.indexOf('=');
    const key = eq > 0 ? source.slice(0, eq) : undefined;
    const path = eq > 0 ? source.slice(eq + 1) : source;
    const entries = ctx.listDir?.(path);
    if (entries) {
      if (key) throw new KubectlError(messages.keyForDirectory);
      for (const entry of [...entries].sort()) {
        const text = ctx.readFile(`${path.replace(/\/$/, '')}/${entry}`);
        if (text !== undefined) add(entry, text);
      }
      continue;
    }
    const text = ctx.readFile(path);
    if (text === undefined) throw new KubectlError(messages.fileNotFound(path));
    const name = key ?? path.split('/').pop() ?? path;
    validateKey(kind, name);
    add(name, text);
  }
}

/** godotenv-like rules of kubectl's env files: `KEY=VALUE`, `#` comments, blank lines skipped. */
function addEnvFiles(ctx: KubectlContext, files: readonly string[], add: AddKey): void {
  for (const path of files) {
    const text = ctx.readFile(path);
    if (text === undefined) throw new KubectlError(messages.fileNotFound(path));
    for (const raw of text.split('\n')) {
      const line = raw.replace(/^\uFEFF/, '').trimStart();
      if (line === '' || line.startsWith('#')) continue;
      const eq = line.indexOf('=');
      const key = eq < 0 ? line.trimEnd() : line.slice(0, eq);
      if (!ENV_NAME.test(key)) throw new KubectlError(messages.envFileKey(key));
      add(key, eq < 0 ? '' : line.slice(eq + 1));
    }
  }
}

export function readDataSources(ctx: KubectlContext, kind: DataKind, s: DataSources, add: AddKey): void {
  if (s.envFiles.length && (s.files.length || s.literals.length)) throw new KubectlError(messages.fromEnvFileSingle);
  addFiles(ctx, kind, s.files, add);
  addLiterals(kind, s.literals, add);
  addEnvFiles(ctx, s.envFiles, add);
}
