/**
 * Generates the enum overlay of the API schema (src/sim/api/schema/k8s-enums.json): which string
 * fields the v1.32 OpenAPI marks with `enum`, their values, and the "Possible enum values" text the
 * server appends to their descriptions. kubernetes-types drops both, so they come from the Go
 * sources of k8s.io/api, read the way kube-openapi's enum generator reads them: a `+enum` string
 * type, its typed constants (value, doc comment with the constant's name trimmed), values sorted.
 *
 * Run: `npx tsx src/cli/genEnums.ts <k8s.io/api checkout at v0.32.x>`. The output is committed.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ApiSchema } from '../sim';
import type { ApiEnums } from '../sim/api/apiEnums';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const ENUMS_FILE = join(root, 'src', 'sim', 'api', 'schema', 'k8s-enums.json');

interface GoFile {
  /** `apps/v1`: the package's path under k8s.io/api. */
  pkg: string;
  text: string;
}

interface EnumConst {
  name: string;
  value: string;
  comment: string;
}

/** A declared field: the definition's JSON name and the Go type it has (package-qualified). */
interface FieldDecl {
  definition: string;
  json: string;
  type: string;
}

/** A struct embedded with `json:",inline"`: its fields are the definition's own. */
interface Inline {
  definition: string;
  embedded: string;
}

const definitionName = (pkg: string, type: string) => `io.k8s.api.${pkg.replace(/\//g, '.')}.${type}`;

/** Go's CommentGroup.Text, per line: markers and the first space gone. */
const commentLine = (line: string) => line.replace(/^\s*\/\/ ?/, '').trimEnd();

/** `alias → package` from a file's imports of k8s.io/api packages. */
function imports(text: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const m of text.matchAll(/^\s*(\w+)?\s*"k8s\.io\/api\/([\w/]+)"/gm)) {
    out.set(m[1] ?? m[2].split('/').slice(-2, -1)[0], m[2]);
  }
  return out;
}

function qualify(type: string, file: GoFile, aliases: Map<string, string>): string {
  const bare = type.replace(/^\*/, '');
  const dot = bare.indexOf('.');
  if (dot < 0) return `${file.pkg}.${bare}`;
  const pkg = aliases.get(bare.slice(0, dot));
  return pkg ? `${pkg}.${bare.slice(dot + 1)}` : bare;
}

/** Walks one file's lines, keeping the doc comment that precedes each declaration. */
function scan(file: GoFile, enumTypes: Set<string>, consts: Map<string, EnumConst[]>, fields: FieldDecl[], inlines: Inline[]): void {
  const aliases = imports(file.text);
  let doc: string[] = [];
  let struct: string | undefined;
  let inConst = false;
  for (const raw of file.text.split('\n')) {
    const line = raw.trim();
    if (line.startsWith('//')) {
      doc.push(commentLine(line));
      continue;
    }
    const typeDecl = /^type (\w+) (string|struct \{)/.exec(line);
    if (typeDecl) {
      if (typeDecl[2] === 'string' && doc.some((l) => /^\+enum\b/.test(l))) enumTypes.add(`${file.pkg}.${typeDecl[1]}`);
      if (typeDecl[2] !== 'string') struct = typeDecl[1];
    } else if (line === 'const (') inConst = true;
    else if (line === ')' || line === '}') {
      inConst = false;
      struct = undefined;
    } else if (inConst || line.startsWith('const ')) {
      const c = /^(?:const )?(\w+)\s+(?:([\w.*]+)\s*=\s*"([^"]*)"|=\s*([\w.]+)\("([^"]*)"\))/.exec(line);
      if (c) {
        const type = qualify(c[2] ?? c[4], file, aliases);
        const list = consts.get(type) ?? [];
        list.push({ name: c[1], value: c[3] ?? c[5], comment: doc.join(' ') });
        consts.set(type, list);
      }
    } else if (struct) {
      const f = /^(\w+)\s+(\*?[\w.]+)\s+`json:"(\w+)/.exec(line);
      if (f) fields.push({ definition: definitionName(file.pkg, struct), json: f[3], type: qualify(f[2], file, aliases) });
      const inline = /^(\w+)\s+`json:",inline"/.exec(line);
      if (inline) inlines.push({ definition: definitionName(file.pkg, struct), embedded: definitionName(file.pkg, inline[1]) });
    }
    doc = [];
  }
}

/** kube-openapi's enumValue.Description: the comment without the constant's name, spaces collapsed. */
function describe(c: EnumConst): string {
  const comment = c.comment.trim().replace(new RegExp(`^${c.name}`), '').trim().replace(/\s+/g, ' ');
  return ` - \`${JSON.stringify(c.value)}\` ${comment}`;
}

function enumOf(values: EnumConst[]): { values: string[]; descriptionSuffix: string } {
  const unique = values.filter((v, i) => values.findIndex((w) => w.value === v.value) === i);
  const lines = unique.map(describe).sort(byteOrder);
  const quoted = unique.map((v) => JSON.stringify(v.value)).sort(byteOrder);
  return { values: quoted.map((q) => JSON.parse(q) as string), descriptionSuffix: `\n\nPossible enum values:\n${lines.join('\n')}` };
}

/** The overlay for the fields `schema` has: string fields whose Go type is an enum. */
export function generateEnums(files: readonly GoFile[], schema: ApiSchema): ApiEnums {
  const enumTypes = new Set<string>();
  const consts = new Map<string, EnumConst[]>();
  const fields: FieldDecl[] = [];
  const inlines: Inline[] = [];
  for (const file of files) scan(file, enumTypes, consts, fields, inlines);
  for (const { definition, embedded } of inlines) {
    for (const f of fields.filter((g) => g.definition === embedded)) fields.push({ ...f, definition });
  }
  const out: ApiEnums = { types: {}, fields: {} };
  for (const f of fields) {
    const values = consts.get(f.type);
    const field = schema.definitions[f.definition]?.p[f.json];
    if (!enumTypes.has(f.type) || !values?.length || field?.t !== 'string') continue;
    out.types[f.type] ??= enumOf(values);
    out.fields[`${f.definition}.${f.json}`] = f.type;
  }
  return sortKeys(out);
}

function sortKeys(e: ApiEnums): ApiEnums {
  const sorted = <T>(r: Record<string, T>) => Object.fromEntries(Object.entries(r).sort(([a], [b]) => byteOrder(a, b)));
  return { types: sorted(e.types), fields: sorted(e.fields) };
}

function byteOrder(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function readGoFiles(apiDir: string): GoFile[] {
  const out: GoFile[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name === 'types.go' || /^types_\w+\.go$/.test(entry.name)) {
        out.push({ pkg: relative(apiDir, dir), text: readFileSync(full, 'utf8') });
      }
    }
  };
  walk(apiDir);
  return out.sort((a, b) => byteOrder(a.pkg, b.pkg));
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const apiDir = process.argv[2];
  if (!apiDir) throw new Error('usage: tsx src/cli/genEnums.ts <k8s.io/api checkout>');
  const schema = JSON.parse(readFileSync(join(root, 'src', 'sim', 'api', 'schema', 'k8s-schema.json'), 'utf8')) as ApiSchema;
  writeFileSync(ENUMS_FILE, `${JSON.stringify(generateEnums(readGoFiles(apiDir), schema))}\n`);
  process.stdout.write(`wrote ${relative(root, ENUMS_FILE)}\n`);
}
