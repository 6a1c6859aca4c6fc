import { describe, expect, it } from 'vitest';
import { evaluateJsonPath, JsonPathError, printJsonPathValues } from './jsonPath';

const pod = {
  metadata: { name: 'web', annotations: { 'kubectl.kubernetes.io/last-applied-configuration': '{}' } },
  spec: { containers: [{ name: 'a', image: 'nginx:1.27' }, { name: 'b', image: 'redis:7' }] },
  status: { conditions: [{ type: 'PodScheduled', status: 'True' }, { type: 'Ready', status: 'False', message: 'not yet' }] },
};

describe('evaluateJsonPath', () => {
  it.each([
    { name: 'field chain', path: '.metadata.name', want: 'web' },
    { name: 'braces allowed', path: '{.metadata.name}', want: 'web' },
    { name: 'index', path: '.spec.containers[1].image', want: 'redis:7' },
    { name: 'negative index', path: '.spec.containers[-1].name', want: 'b' },
    { name: 'wildcard joins with spaces', path: '.spec.containers[*].image', want: 'nginx:1.27 redis:7' },
    { name: 'filter ==', path: '.status.conditions[?(@.type=="Ready")].status', want: 'False' },
    { name: 'filter !=', path: ".status.conditions[?(@.type!='Ready')].type", want: 'PodScheduled' },
    { name: 'quoted key with dots', path: ".metadata.annotations['kubectl.kubernetes.io/last-applied-configuration']", want: '{}' },
    { name: 'missing field prints nothing', path: '.spec.nodeName', want: '' },
    { name: 'object printed as Go JSON, keys sorted', path: '.spec.containers[0]', want: '{"image":"nginx:1.27","name":"a"}' },
  ])('$name', ({ path, want }) => {
    expect(printJsonPathValues(evaluateJsonPath(pod, path))).toBe(want);
  });

  it.each(['.spec[', '.a[foo'])('rejects %s', (path) => {
    expect(() => evaluateJsonPath(pod, path)).toThrow(JsonPathError);
  });
});
