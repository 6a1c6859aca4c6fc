import { describe, expect, it } from 'vitest';
import { executeJsonPath, executeJsonPathAsJson } from './evaluate';

const list = {
  apiVersion: 'v1',
  kind: 'List',
  items: [
    { metadata: { name: 'web-1', labels: { app: 'web', 'app.kubernetes.io/name': 'nginx' } }, spec: { containers: [{ name: 'nginx', image: 'nginx:1.25' }, { name: 'log', image: 'busybox' }] }, status: { phase: 'Running', restarts: 0 } },
    { metadata: { name: 'web-2', labels: { app: 'web' } }, spec: { containers: [{ name: 'nginx', image: 'nginx:1.26' }] }, status: { phase: 'Pending', restarts: 3 } },
  ],
};

describe('JSONPath', () => {
  it.each([
    ['a field', '{.kind}', 'List'],
    ['every item', '{.items[*].metadata.name}', 'web-1 web-2'],
    ['an index', '{.items[0].metadata.name}', 'web-1'],
    ['a negative index', '{.items[-1].metadata.name}', 'web-2'],
    ['a slice', '{.items[0:1].metadata.name}', 'web-1'],
    ['a quoted key with dots', "{.items[0].metadata.labels['app.kubernetes.io/name']}", 'nginx'],
    ['recursive descent', '{..image}', 'nginx:1.25 busybox nginx:1.26'],
    ['a filter', '{.items[?(@.status.phase=="Running")].metadata.name}', 'web-1'],
    ['a numeric filter', '{.items[?(@.status.restarts>1)].metadata.name}', 'web-2'],
    ['an existence filter', "{.items[?(@.metadata.labels['app.kubernetes.io/name'])].metadata.name}", 'web-1'],
    ['text around actions', 'name={.items[0].metadata.name};', 'name=web-1;'],
    ['a map prints as JSON', '{.items[1].metadata.labels}', '{"app":"web"}'],
    ['a number', '{.items[1].status.restarts}', '3'],
    ['a missing key prints nothing', '{.items[0].metadata.namespace}', ''],
    ['range with literals', '{range .items[*]}{.metadata.name}{"\\t"}{.status.phase}{"\\n"}{end}', 'web-1\tRunning\nweb-2\tPending\n'],
    ['nested range', '{range .items[*]}{range .spec.containers[*]}{.name},{end};{end}', 'nginx,log,;nginx,;'],
  ])('%s', (_name, template, want) => {
    expect(executeJsonPath(template, list)).toBe(want);
  });

  it('fails on an index out of range', () => {
    expect(() => executeJsonPath('{.items[5]}', list)).toThrow('array index out of bounds: index 5, length 2');
  });

  it('prints results as a JSON array with jsonpath-as-json', () => {
    expect(executeJsonPathAsJson('{.items[*].metadata.name}', list)).toBe('[\n    "web-1",\n    "web-2"\n]\n');
  });
});
