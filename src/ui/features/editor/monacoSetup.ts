/**
 * Monaco with monaco-yaml and the Kubernetes schemas. Only ever reached through a dynamic
 * import (YamlEditor), so none of it is in the entry chunk. The schema follows the document:
 * whenever its apiVersion/kind changes, the editor's file is associated with that kind's schema.
 */
import 'monaco-editor/esm/vs/editor/editor.all.js';
import 'monaco-editor/esm/vs/basic-languages/yaml/yaml.contribution.js';
import * as monaco from 'monaco-editor/esm/vs/editor/editor.api.js';
import EditorWorker from 'monaco-editor/esm/vs/editor/editor.worker.js?worker';
import { configureMonacoYaml, type MonacoYaml } from 'monaco-yaml';
import YamlWorker from 'monaco-yaml/yaml.worker.js?worker';
import { loadK8sSchema } from '../../../bridge/main/k8sSchema';
import { documentKind, kindSchema, pickKindSchema, type CompactSchema, type JsonSchema } from './k8sJsonSchema';

export type Monaco = typeof monaco;

self.MonacoEnvironment = {
  getWorker: (_id: string, label: string) => (label === 'yaml' ? new YamlWorker() : new EditorWorker()),
};

let yaml: MonacoYaml | undefined;
let compact: CompactSchema | undefined;

async function setup(): Promise<void> {
  compact ??= (await loadK8sSchema()) as CompactSchema;
  yaml ??= configureMonacoYaml(monaco, { enableSchemaRequest: false, isKubernetes: true, format: false, schemas: [] });
}

/** The schema for `text`'s kind, keyed so an unchanged kind costs nothing. */
function schemaFor(text: string): { key: string; schema: JsonSchema } {
  const k = documentKind(text);
  const known = k && kindSchema(compact!, k.apiVersion, k.kind);
  return known ? { key: `${k.apiVersion}/${k.kind}`, schema: known } : { key: '', schema: pickKindSchema(compact!) };
}

export interface YamlEditorHandle {
  getText(): string;
  setText(text: string): void;
  setTheme(dark: boolean): void;
  /** Problems currently marked (schema and syntax), for tests and the status line. */
  markerCount(): number;
  onMarkers(fn: (count: number) => void): void;
  /** The learner changed the text (typing, paste, undo); not called for setText. */
  onText(fn: (text: string) => void): void;
  focus(): void;
  dispose(): void;
}

let models = 0;

export async function createYamlEditor(host: HTMLElement, text: string, dark: boolean): Promise<YamlEditorHandle> {
  await setup();
  // Each editor gets its own file name, so the schema association is per editor.
  const uri = monaco.Uri.parse(`file:///playground/editor-${++models}.yaml`);
  const model = monaco.editor.createModel(text, 'yaml', uri);
  const editor = monaco.editor.create(host, {
    model,
    theme: dark ? 'vs-dark' : 'vs',
    automaticLayout: true,
    minimap: { enabled: false },
    fontSize: 13,
    tabSize: 2,
    scrollBeyondLastLine: false,
    quickSuggestions: { other: true, comments: false, strings: true },
    fixedOverflowWidgets: true,
  });
  let currentKey: string | undefined;
  const follow = () => {
    const { key, schema } = schemaFor(model.getValue());
    if (key === currentKey) return;
    currentKey = key;
    void yaml!.update({ enableSchemaRequest: false, isKubernetes: true, format: false, schemas: [{ uri: `k8s://schemas/${key || 'any'}.json`, fileMatch: [uri.toString()], schema: schema as never }] });
  };
  follow();
  const textListeners: ((text: string) => void)[] = [];
  let settingText = false;
  const changes = model.onDidChangeContent(() => {
    follow();
    if (!settingText) for (const l of textListeners) l(model.getValue());
  });
  const markerListeners: ((n: number) => void)[] = [];
  const markerCount = () => monaco.editor.getModelMarkers({ resource: uri }).length;
  const markers = monaco.editor.onDidChangeMarkers((uris) => {
    if (uris.some((u) => u.toString() === uri.toString())) for (const l of markerListeners) l(markerCount());
  });
  return {
    getText: () => model.getValue(),
    setText: (t) => {
      settingText = true;
      try {
        model.setValue(t);
      } finally {
        settingText = false;
      }
    },
    setTheme: (d) => monaco.editor.setTheme(d ? 'vs-dark' : 'vs'),
    markerCount,
    onMarkers: (fn) => markerListeners.push(fn),
    onText: (fn) => textListeners.push(fn),
    focus: () => editor.focus(),
    dispose: () => {
      changes.dispose();
      markers.dispose();
      editor.dispose();
      model.dispose();
    },
  };
}
