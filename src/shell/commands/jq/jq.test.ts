import { describe } from 'vitest';
import { type LineCase, runCases } from '../../testing/cases';

const PODS = JSON.stringify({
  kind: 'List',
  items: [
    { metadata: { name: 'web-1', labels: { app: 'web' } }, status: { phase: 'Running' }, spec: { containers: [{ image: 'nginx:1.27' }] } },
    { metadata: { name: 'api-1', labels: { app: 'api' } }, status: { phase: 'Pending' }, spec: { containers: [{ image: 'api:2' }, { image: 'sidecar:1' }] } },
  ],
});

const jq = (filter: string, flags = ''): string => `jq ${flags} '${filter}' pods.json`;
const setup = `echo '${PODS}' > pods.json; `;

export const JQ_CASES: LineCase[] = [
  { name: 'identity pretty-prints', line: "echo '{\"a\":[1,{\"b\":null}],\"c\":{}}' | jq .", stdout: '{\n  "a": [\n    1,\n    {\n      "b": null\n    }\n  ],\n  "c": {}\n}\n' },
  { name: '-c compacts', line: "echo '{\"a\": [1, 2]}' | jq -c .", stdout: '{"a":[1,2]}\n' },
  { name: 'path', line: setup + jq('.kind'), stdout: '"List"\n' },
  { name: '-r raw strings', line: setup + jq('.kind', '-r'), stdout: 'List\n' },
  { name: 'iterate names', line: setup + jq('.items[].metadata.name', '-r'), stdout: 'web-1\napi-1\n' },
  { name: 'index', line: setup + jq('.items[0].metadata.name'), stdout: '"web-1"\n' },
  { name: 'negative index', line: setup + jq('.items[-1].status.phase'), stdout: '"Pending"\n' },
  { name: 'select', line: setup + jq('.items[] | select(.status.phase == "Pending") | .metadata.name', '-r'), stdout: 'api-1\n' },
  { name: 'length', line: setup + jq('.items | length'), stdout: '2\n' },
  { name: 'keys are sorted', line: setup + jq('.items[0] | keys', '-c'), stdout: '["metadata","spec","status"]\n' },
  { name: 'map', line: setup + jq('.items | map(.metadata.name)', '-c'), stdout: '["web-1","api-1"]\n' },
  { name: 'nested iteration', line: setup + jq('[.items[].spec.containers[].image]', '-c'), stdout: '["nginx:1.27","api:2","sidecar:1"]\n' },
  { name: 'string interpolation', line: setup + jq('.items[] | "\\(.metadata.name)=\\(.status.phase)"', '-r'), stdout: 'web-1=Running\napi-1=Pending\n' },
  { name: 'object construction', line: setup + jq('.items[] | {name: .metadata.name, app: .metadata.labels.app}', '-c'), stdout: '{"name":"web-1","app":"web"}\n{"name":"api-1","app":"api"}\n' },
  { name: 'missing key is null', line: setup + jq('.nope'), stdout: 'null\n' },
  { name: 'alternative operator', line: setup + jq('.nope // "default"', '-r'), stdout: 'default\n' },
  { name: 'sort_by and first', line: setup + jq('.items | sort_by(.metadata.name) | first | .metadata.name', '-r'), stdout: 'api-1\n' },
  { name: 'to_entries', line: "echo '{\"a\":1}' | jq -c 'to_entries'", stdout: '[{"key":"a","value":1}]\n' },
  { name: 'del', line: "echo '{\"a\":1,\"b\":2}' | jq -c 'del(.a)'", stdout: '{"b":2}\n' },
  { name: 'update assignment', line: "echo '{\"a\":1}' | jq -c '.a |= . + 1'", stdout: '{"a":2}\n' },
  { name: 'if-then-else', line: "echo '[1,5]' | jq -c 'map(if . > 2 then \"big\" else \"small\" end)'", stdout: '["small","big"]\n' },
  { name: '--arg', line: setup + "jq -r --arg n api-1 '.items[] | select(.metadata.name == $n) | .status.phase' pods.json", stdout: 'Pending\n' },
  { name: 'join', line: setup + jq('[.items[].metadata.name] | join(",")', '-r'), stdout: 'web-1,api-1\n' },
  { name: 'indexing a string fails', line: "echo '\"x\"' | jq '.a'", stderr: 'jq: error (at <stdin>:1): Cannot index string with "a"\n', status: 5 },
  { name: 'iterating null fails', line: "echo 'null' | jq '.[]'", stderr: 'jq: error (at <stdin>:1): Cannot iterate over null (null)\n', status: 5 },
  { name: 'iterating a number fails', line: "echo '{\"a\":5}' | jq '.a[]'", stderr: 'jq: error (at <stdin>:1): Cannot iterate over number (5)\n', status: 5 },
  { name: 'unknown function', line: "echo 1 | jq 'nosuch'", stderr: 'jq: error: nosuch/0 is not defined at <top-level>, line 1:\nnosuch\njq: 1 compile error\n', status: 3 },
];

describe('jq', () => runCases(JQ_CASES));
