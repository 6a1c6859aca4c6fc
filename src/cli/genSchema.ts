/**
 * Generates the API schema the simulation uses — field names, types, required fields and
 * descriptions of every served kind — from the `kubernetes-types` package (the real API's
 * OpenAPI, as TypeScript declarations with their doc comments). Run: `npm run gen:schema`.
 * The output is committed; a test checks it is what this generator produces.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { buildSchema } from './schemaFromDeclarations';
import { applyV132Overlay } from './schemaOverlay';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const typesDir = join(root, 'node_modules', 'kubernetes-types');
export const SCHEMA_FILE = join(root, 'src', 'sim', 'api', 'schema', 'k8s-schema.json');
/** The same without descriptions: what strict decoding needs, small enough for the Worker bundle. */
export const FIELDS_FILE = join(root, 'src', 'sim', 'api', 'schema', 'k8s-fields.json');

export function generate(withDescriptions: boolean): string {
  const files: { path: string; source: ts.SourceFile }[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name.endsWith('.d.ts') && entry.name !== 'index.d.ts') {
        files.push({ path: relative(typesDir, full).replace(/\.d\.ts$/, ''), source: ts.createSourceFile(full, readFileSync(full, 'utf8'), ts.ScriptTarget.Latest, true) });
      }
    }
  };
  walk(typesDir);
  files.sort((a, b) => a.path.localeCompare(b.path));
  const schema = buildSchema(files);
  applyV132Overlay(schema);
  const text = JSON.stringify(schema, withDescriptions ? undefined : (key, value) => (key === 'd' ? undefined : value));
  return `${text}\n`;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  writeFileSync(SCHEMA_FILE, generate(true));
  writeFileSync(FIELDS_FILE, generate(false));
  process.stdout.write(`wrote ${relative(root, SCHEMA_FILE)} and ${relative(root, FIELDS_FILE)}\n`);
}
