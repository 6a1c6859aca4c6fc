/**
 * Turns kubernetes-types declaration files into a compact schema:
 * `definitions[name] = { d: description, p: { field: { t: type, d, r?: required, i?: items, $?: ref } } }`
 * where names follow the OpenAPI definition names (`io.k8s.api.core.v1.Pod`).
 */
import ts from 'typescript';

export interface FieldSchema {
  /** string | integer | boolean | object | array | map | int-or-string | ref | any */
  t: string;
  d?: string;
  r?: 1;
  /** Referenced definition for `ref`, or the item/value schema for arrays and maps. */
  $?: string;
  i?: FieldSchema;
}

export interface DefinitionSchema {
  d?: string;
  p: Record<string, FieldSchema>;
}

export interface ApiSchema {
  definitions: Record<string, DefinitionSchema>;
  /** `apps/v1/Deployment` → definition name. */
  kinds: Record<string, string>;
}

/** `core/v1` → `io.k8s.api.core.v1`, `meta/v1` → `io.k8s.apimachinery.pkg.apis.meta.v1`. */
export function packageOf(path: string): string {
  if (path === 'api/resource') return 'io.k8s.apimachinery.pkg.api.resource';
  if (path === 'runtime') return 'io.k8s.apimachinery.pkg.runtime';
  if (path === 'version') return 'io.k8s.apimachinery.pkg.version';
  if (path.startsWith('meta/')) return `io.k8s.apimachinery.pkg.apis.${path.replace('/', '.')}`;
  if (path.startsWith('apiextensions/')) return `io.k8s.apiextensions-apiserver.pkg.apis.${path.replace('/', '.')}`;
  if (path.startsWith('apiregistration/')) return `io.k8s.kube-aggregator.pkg.apis.${path.replace('/', '.')}`;
  return `io.k8s.api.${path.replace('/', '.')}`;
}

/** The API group of a kubernetes-types folder (`core` is the legacy group ""). */
const GROUPS: Record<string, string> = { core: '', apps: 'apps', batch: 'batch', autoscaling: 'autoscaling', policy: 'policy' };
const groupOf = (folder: string) => GROUPS[folder] ?? `${folder}.k8s.io`.replace('rbac.k8s.io', 'rbac.authorization.k8s.io').replace('flowcontrol.k8s.io', 'flowcontrol.apiserver.k8s.io');

function docOf(node: ts.Node): string | undefined {
  const docs = ts.getJSDocCommentsAndTags(node).filter(ts.isJSDoc);
  const text = docs.map((d) => (typeof d.comment === 'string' ? d.comment : (d.comment ?? []).map((c) => c.text).join(''))).join('\n');
  return text.trim() || undefined;
}

function typeOf(node: ts.TypeNode | undefined, imports: Map<string, string>, local: string): FieldSchema {
  if (!node) return { t: 'any' };
  if (ts.isUnionTypeNode(node)) {
    const kinds = node.types.map((t) => t.getText());
    if (kinds.includes('number') && kinds.includes('string')) return { t: 'int-or-string' };
    return typeOf(node.types[0], imports, local);
  }
  if (node.kind === ts.SyntaxKind.StringKeyword) return { t: 'string' };
  if (node.kind === ts.SyntaxKind.NumberKeyword) return { t: 'integer' };
  if (node.kind === ts.SyntaxKind.BooleanKeyword) return { t: 'boolean' };
  if (ts.isArrayTypeNode(node)) return { t: 'array', i: typeOf(node.elementType, imports, local) };
  if (ts.isTypeLiteralNode(node)) {
    const index = node.members.find(ts.isIndexSignatureDeclaration);
    return index ? { t: 'map', i: typeOf(index.type, imports, local) } : { t: 'object' };
  }
  if (ts.isTypeReferenceNode(node)) {
    const name = node.typeName.getText();
    if (name === 'Array' && node.typeArguments?.[0]) return { t: 'array', i: typeOf(node.typeArguments[0], imports, local) };
    if (name === 'Quantity' || name === 'Time' || name === 'MicroTime') return { t: 'string', $: `${imports.get(name) ?? local}.${name}` };
    return { t: 'ref', $: `${imports.get(name) ?? local}.${name}` };
  }
  return { t: 'any' };
}

export function buildSchema(files: { path: string; source: ts.SourceFile }[]): ApiSchema {
  const definitions: Record<string, DefinitionSchema> = {};
  const kinds: Record<string, string> = {};
  for (const { path, source } of files) {
    const pkg = packageOf(path);
    const imports = new Map<string, string>();
    for (const st of source.statements) {
      if (!ts.isImportDeclaration(st) || !st.importClause?.namedBindings || !ts.isNamedImports(st.importClause.namedBindings)) continue;
      const from = (st.moduleSpecifier as ts.StringLiteral).text.replace(/^\.\.\//, '').replace(/^\.\//, '');
      for (const el of st.importClause.namedBindings.elements) imports.set(el.name.text, packageOf(from));
    }
    for (const st of source.statements) {
      // Scalar aliases (Quantity, Time, MicroTime) keep their documentation for `kubectl explain`.
      if (ts.isTypeAliasDeclaration(st) && docOf(st)) definitions[`${pkg}.${st.name.text}`] = { d: docOf(st), p: {} };
      if (!ts.isInterfaceDeclaration(st)) continue;
      const p: Record<string, FieldSchema> = {};
      for (const m of st.members) {
        if (!ts.isPropertySignature(m) || !m.name) continue;
        const field = typeOf(m.type, imports, pkg);
        const d = docOf(m);
        p[m.name.getText().replace(/^"|"$/g, '')] = { ...field, ...(d ? { d } : {}), ...(m.questionToken ? {} : { r: 1 as const }) };
      }
      const name = `${pkg}.${st.name.text}`;
      definitions[name] = { ...(docOf(st) ? { d: docOf(st) } : {}), p };
      const [folder, version] = path.split('/');
      if (p.apiVersion && p.kind && p.metadata && version && !st.name.text.endsWith('List')) {
        const group = groupOf(folder);
        kinds[`${group ? `${group}/` : ''}${version}/${st.name.text}`] = name;
      }
    }
  }
  return { definitions, kinds };
}
