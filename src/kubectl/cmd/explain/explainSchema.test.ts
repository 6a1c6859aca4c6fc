import { describe, expect, it } from 'vitest';
import type { ApiEnums, ApiSchema } from '../../sim';
import { FieldNotFound, SchemaExplainer, typeGuess } from './explainSchema';

const schema: ApiSchema = {
  kinds: { 'demo/v1/Widget': 'demo.Widget' },
  definitions: {
    'demo.Widget': {
      d: 'Widget is a demo kind.',
      p: {
        spec: { t: 'ref', $: 'demo.WidgetSpec', d: 'Spec of the widget.' },
        apiVersion: { t: 'any', d: 'APIVersion.' },
      },
    },
    'demo.WidgetSpec': {
      d: 'WidgetSpec is the desired state.',
      p: {
        size: { t: 'integer', r: 1 },
        parts: { t: 'array', i: { t: 'ref', $: 'demo.Part' }, d: 'Parts.' },
        Zeta: { t: 'string', d: 'Upper-case names sort first, as Go sorts bytes.' },
      },
    },
    'demo.Part': { d: 'A part.', p: { name: { t: 'string' }, child: { t: 'ref', $: 'demo.Part' } } },
  },
};

describe('typeGuess', () => {
  it.each([
    ['string', { t: 'string' }, 'string'],
    ['array of refs', { t: 'array', i: { t: 'ref', $: 'io.k8s.api.core.v1.Container' } }, '[]Container'],
    ['map of strings', { t: 'map', i: { t: 'string' } }, 'map[string]string'],
    ['map of quantities', { t: 'map', i: { t: 'string', $: 'io.k8s.apimachinery.pkg.api.resource.Quantity' } }, 'map[string]Quantity'],
    ['time is a string', { t: 'string', $: 'io.k8s.apimachinery.pkg.apis.meta.v1.Time' }, 'string'],
    ['int-or-string', { t: 'int-or-string' }, 'IntOrString'],
    ['object', { t: 'object' }, 'Object'],
    ['literal apiVersion', { t: 'any' }, 'string'],
  ])('%s', (_name, field, expected) => {
    expect(typeGuess(field)).toBe(expected);
  });
});

describe('SchemaExplainer', () => {
  const explainer = new SchemaExplainer(schema);
  it('prints a kind: description, then fields sorted by bytes with descriptions', () => {
    expect(explainer.explain('demo.Widget', [], false)).toBe(
      'DESCRIPTION:\n    Widget is a demo kind.\n    \nFIELDS:\n  apiVersion\t<string>\n    APIVersion.\n\n  spec\t<WidgetSpec>\n    Spec of the widget.\n\n',
    );
  });
  it('prints a field: FIELD line, both descriptions, required marker, <no description>', () => {
    expect(explainer.explain('demo.Widget', ['spec'], false)).toBe(
      'FIELD: spec <WidgetSpec>\n\n\nDESCRIPTION:\n    Spec of the widget.\n    WidgetSpec is the desired state.\n    \nFIELDS:\n' +
        '  Zeta\t<string>\n    Upper-case names sort first, as Go sorts bytes.\n\n' +
        '  parts\t<[]Part>\n    Parts.\n\n' +
        '  size\t<integer> -required-\n    <no description>\n\n',
    );
  });
  it('recursive: one line per field, nested by two spaces, a cycle printed once', () => {
    expect(explainer.explain('demo.Widget', ['spec', 'parts'], true)).toBe(
      'FIELD: parts <[]Part>\n\n\nDESCRIPTION:\n    Parts.\n    A part.\n    \nFIELDS:\n  child\t<Part>\n  name\t<string>\n',
    );
  });
  it('walks through arrays to their items', () => {
    expect(explainer.explain('demo.Widget', ['spec', 'parts', 'name'], false)).toBe('FIELD: name <string>\n\n\nDESCRIPTION:\n    <empty>\n');
  });
  it.each([
    ['unknown top-level field', ['nope'], 'nope'],
    ['names the last field of the path, as kubectl does', ['nope', 'deeper'], 'deeper'],
    ['cannot descend into a primitive', ['spec', 'size', 'x'], 'x'],
  ])('%s', (_name, path, field) => {
    expect(() => explainer.explain('demo.Widget', path, false)).toThrow(new FieldNotFound(field));
  });
});

describe('SchemaExplainer with enums', () => {
  const enumSchema: ApiSchema = {
    kinds: {},
    definitions: {
      'demo.Strategy': {
        p: {
          type: { t: 'string', d: 'Type of strategy.' },
          mode: { t: 'string', d: 'Mode.' },
        },
      },
    },
  };
  const enums: ApiEnums = {
    types: {
      Type: { values: ['Recreate', 'RollingUpdate'], descriptionSuffix: '\n\nPossible enum values:\n - `"Recreate"` Kill all.' },
      Mode: { values: ['', 'A', 'B', 'C', 'D'], descriptionSuffix: '' },
    },
    fields: { 'demo.Strategy.type': 'Type', 'demo.Strategy.mode': 'Mode' },
  };
  const explainer = new SchemaExplainer(enumSchema, enums);
  it.each([
    [
      'a field: ENUM lines, one blank line, then the description with its enum paragraph',
      ['type'],
      false,
      'FIELD: type <string>\nENUM:\n    Recreate\n    RollingUpdate\n\nDESCRIPTION:\n    Type of strategy.\n    \n    Possible enum values:\n     - `"Recreate"` Kill all.\n    \n',
    ],
    [
      'a field list: `enum:` under the field line, at most four values, the empty one as ""',
      [],
      false,
      'DESCRIPTION:\n    <empty>\nFIELDS:\n  mode\t<string>\n  enum: "", A, B, C, ....\n    Mode.\n\n' +
        '  type\t<string>\n  enum: Recreate, RollingUpdate\n    Type of strategy.\n    \n    Possible enum values:\n     - `"Recreate"` Kill all.\n\n',
    ],
    ['recursive keeps the enum line', [], true, 'DESCRIPTION:\n    <empty>\nFIELDS:\n  mode\t<string>\n  enum: "", A, B, C, ....\n  type\t<string>\n  enum: Recreate, RollingUpdate\n'],
  ])('%s', (_name, path, recursive, expected) => {
    expect(explainer.explain('demo.Strategy', path, recursive)).toBe(expected);
  });
});
