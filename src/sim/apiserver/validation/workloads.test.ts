import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import type { KubeObject } from '../../api/types';
import { applyDefaults } from '../defaults';
import { validateCreate, validateUpdate } from './index';
import { POD_UPDATE_FORBIDDEN } from './podUpdate';
import { show } from './testing';

const SUBDOMAIN_MSG =
  "a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character (e.g. 'example.com', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*')";

/** A defaulted object, as validation sees it in the pipeline. */
function obj(key: string, yaml: string): KubeObject {
  const o = parse(yaml) as KubeObject;
  applyDefaults(key, o);
  return o;
}

const errorsOnCreate = (key: string, yaml: string) => validateCreate(key, obj(key, yaml)).map(show);

const pod = (spec: string, meta = '{name: web, namespace: default}') => `{metadata: ${meta}, spec: ${spec}}`;
const deployment = (spec: string) => `{metadata: {name: web, namespace: default}, spec: ${spec}}`;
const template = (labels: string, podSpec = '{containers: [{name: c, image: nginx}]}') => `{metadata: {labels: ${labels}}, spec: ${podSpec}}`;

describe('validateCreate: pods', () => {
  it.each([
    ['a plain pod is valid', pod('{containers: [{name: c, image: nginx, ports: [{containerPort: 80, name: http}]}]}'), []],
    ['name required', pod('{containers: [{name: c, image: nginx}]}', '{namespace: default}'), ['metadata.name: Required value: name or generateName is required']],
    ['name format', pod('{containers: [{name: c, image: nginx}]}', '{name: Web_1, namespace: default}'), [`metadata.name: Invalid value: "Web_1": ${SUBDOMAIN_MSG}`]],
    [
      'label value',
      pod('{containers: [{name: c, image: nginx}]}', '{name: web, namespace: default, labels: {app: "-x"}}'),
      [
        `metadata.labels: Invalid value: "-x": a valid label must be an empty string or consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyValue',  or 'my_value',  or '12345', regex used for validation is '(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?')`,
      ],
    ],
    ['containers required', pod('{containers: []}'), ['spec.containers: Required value']],
    ['duplicate container names', pod('{containers: [{name: a, image: x}, {name: a, image: y}]}'), ['spec.containers[1].name: Duplicate value: "a"']],
    ['image required', pod('{containers: [{name: a}]}'), ['spec.containers[0].image: Required value']],
    [
      'container name is a DNS label',
      pod('{containers: [{name: My_App, image: x}]}'),
      [
        `spec.containers[0].name: Invalid value: "My_App": a lowercase RFC 1123 label must consist of lower case alphanumeric characters or '-', and must start and end with an alphanumeric character (e.g. 'my-name',  or '123-abc', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?')`,
      ],
    ],
    ['port range', pod('{containers: [{name: a, image: x, ports: [{containerPort: 70000}]}]}'), ['spec.containers[0].ports[0].containerPort: Invalid value: 70000: must be between 1 and 65535, inclusive']],
    [
      'duplicate port names',
      pod('{containers: [{name: a, image: x, ports: [{containerPort: 80, name: web}, {containerPort: 81, name: web}]}]}'),
      ['spec.containers[0].ports[1].name: Duplicate value: "web"'],
    ],
    ['restartPolicy', pod('{restartPolicy: Sometimes, containers: [{name: a, image: x}]}'), ['spec.restartPolicy: Unsupported value: "Sometimes": supported values: "Always", "OnFailure", "Never"']],
    [
      'requests above limits',
      pod('{containers: [{name: a, image: x, resources: {requests: {cpu: "2"}, limits: {cpu: "1"}}}]}'),
      ['spec.containers[0].resources.requests: Invalid value: "2": must be less than or equal to cpu limit of 1'],
    ],
    ['unknown resource', pod('{containers: [{name: a, image: x, resources: {requests: {gpu: "1"}}}]}'), ['spec.containers[0].resources.requests[gpu]: Invalid value: "gpu": must be a standard resource for containers']],
    ['mount of a missing volume', pod('{containers: [{name: a, image: x, volumeMounts: [{name: x, mountPath: /x}]}]}'), ['spec.containers[0].volumeMounts[0].name: Not found: "x"']],
    ['duplicate volumes', pod('{volumes: [{name: v}, {name: v}], containers: [{name: a, image: x}]}'), ['spec.volumes[1].name: Duplicate value: "v"']],
    ['configMap volume needs a name', pod('{volumes: [{name: v, configMap: {}}], containers: [{name: a, image: x}]}'), ['spec.volumes[0].configMap.name: Required value']],
    ['probe handler required', pod('{containers: [{name: a, image: x, livenessProbe: {periodSeconds: 5}}]}'), ['spec.containers[0].livenessProbe: Required value: must specify a handler type']],
    ['liveness successThreshold', pod('{containers: [{name: a, image: x, livenessProbe: {exec: {command: [true]}, successThreshold: 2}}]}'), ['spec.containers[0].livenessProbe.successThreshold: Invalid value: 2: must be 1']],
    ['init container named like a container', pod('{initContainers: [{name: a, image: x}], containers: [{name: a, image: x}]}'), ['spec.initContainers[0].name: Duplicate value: "a"']],
    [
      'init container probes need restartPolicy Always',
      pod('{initContainers: [{name: i, image: x, readinessProbe: {exec: {command: [true]}}}], containers: [{name: a, image: x}]}'),
      ['spec.initContainers[0].readinessProbe: Forbidden: may not be set for init containers without restartPolicy=Always'],
    ],
    ['toleration operator', pod('{tolerations: [{key: k, operator: Maybe}], containers: [{name: a, image: x}]}'), ['spec.tolerations[0].operator: Unsupported value: "Maybe": supported values: "Equal", "Exists"']],
    ['env var name', pod('{containers: [{name: a, image: x, env: [{name: "A=B", value: x}]}]}'), [`spec.containers[0].env[0].name: Invalid value: "A=B": a valid environment variable name must consist only of printable ASCII characters other than '='`]],
  ])('%s', (_name, yaml, expected) => {
    expect(errorsOnCreate('pods', yaml)).toEqual(expected);
  });
});

describe('validateCreate: deployments and replicasets', () => {
  it.each([
    ['kubectl create deployment output is valid', deployment(`{selector: {matchLabels: {app: web}}, template: ${template('{app: web}')}}`), []],
    [
      'selector does not match the template',
      deployment(`{selector: {matchLabels: {app: web}}, template: ${template('{app: x}')}}`),
      ['spec.template.metadata.labels: Invalid value: map[string]string{"app":"x"}: `selector` does not match template `labels`'],
    ],
    [
      'missing selector',
      deployment(`{template: ${template('{app: web}')}}`),
      ['spec.selector: Required value', 'spec.template.metadata.labels: Invalid value: map[string]string{"app":"web"}: `selector` does not match template `labels`'],
    ],
    [
      'empty selector',
      deployment(`{selector: {}, template: ${template('{app: web}')}}`),
      ['spec.selector: Invalid value: v1.LabelSelector{MatchLabels:map[string]string(nil), MatchExpressions:[]v1.LabelSelectorRequirement(nil)}: empty selector is invalid for deployment'],
    ],
    ['negative replicas', deployment(`{replicas: -1, selector: {matchLabels: {app: web}}, template: ${template('{app: web}')}}`), ['spec.replicas: Invalid value: -1: must be greater than or equal to 0']],
    [
      'template must restart Always',
      deployment(`{selector: {matchLabels: {app: web}}, template: ${template('{app: web}', '{restartPolicy: Never, containers: [{name: c, image: nginx}]}')}}`),
      ['spec.template.spec.restartPolicy: Unsupported value: "Never": supported values: "Always"'],
    ],
    [
      'maxUnavailable above 100%',
      deployment(`{strategy: {rollingUpdate: {maxUnavailable: 110%}}, selector: {matchLabels: {app: web}}, template: ${template('{app: web}')}}`),
      ['spec.strategy.rollingUpdate.maxUnavailable: Invalid value: intstr.IntOrString{Type:1, IntVal:0, StrVal:"110%"}: must not be greater than 100%'],
    ],
    [
      'maxSurge and maxUnavailable both 0',
      deployment(`{strategy: {rollingUpdate: {maxUnavailable: 0, maxSurge: 0}}, selector: {matchLabels: {app: web}}, template: ${template('{app: web}')}}`),
      ['spec.strategy.rollingUpdate.maxUnavailable: Invalid value: intstr.IntOrString{Type:0, IntVal:0, StrVal:""}: may not be 0 when `maxSurge` is 0'],
    ],
    [
      'Recreate with rollingUpdate',
      deployment(`{strategy: {type: Recreate, rollingUpdate: {maxSurge: 1}}, selector: {matchLabels: {app: web}}, template: ${template('{app: web}')}}`),
      ["spec.strategy.rollingUpdate: Forbidden: may not be specified when strategy `type` is 'Recreate'"],
    ],
    [
      'unknown strategy type',
      deployment(`{strategy: {type: BlueGreen}, selector: {matchLabels: {app: web}}, template: ${template('{app: web}')}}`),
      ['spec.strategy: Unsupported value: apps.DeploymentStrategy{Type:"BlueGreen", RollingUpdate:(*apps.RollingUpdateDeployment)(nil)}: supported values: "Recreate", "RollingUpdate"'],
    ],
    [
      'matchExpressions select the template',
      deployment(`{selector: {matchExpressions: [{key: app, operator: In, values: [web, api]}]}, template: ${template('{app: web}')}}`),
      [],
    ],
    [
      'bad matchExpressions operator',
      deployment(`{selector: {matchExpressions: [{key: app, operator: Near}]}, template: ${template('{app: web}')}}`),
      [
        'spec.selector.matchExpressions[0].operator: Invalid value: "Near": not a valid selector operator',
        'spec.selector: Invalid value: v1.LabelSelector{MatchLabels:map[string]string(nil), MatchExpressions:[]v1.LabelSelectorRequirement{v1.LabelSelectorRequirement{Key:"app", Operator:"Near", Values:[]string(nil)}}}: invalid label selector',
      ],
    ],
  ])('%s', (_name, yaml, expected) => {
    expect(errorsOnCreate('deployments.apps', yaml)).toEqual(expected);
  });

  it('applies the same template rules to ReplicaSets', () => {
    expect(errorsOnCreate('replicasets.apps', deployment(`{selector: {matchLabels: {app: web}}, template: ${template('{app: x}')}}`))).toEqual([
      'spec.template.metadata.labels: Invalid value: map[string]string{"app":"x"}: `selector` does not match template `labels`',
    ]);
  });
});

describe('validateUpdate: workloads', () => {
  const base = deployment(`{selector: {matchLabels: {app: web}}, template: ${template('{app: web}')}}`);

  it.each([
    ['deployments.apps'],
    ['replicasets.apps'],
  ])('%s: the selector is immutable', (key) => {
    const old = obj(key, base);
    const next = obj(key, deployment(`{selector: {matchLabels: {app: web, tier: x}}, template: ${template('{app: web, tier: x}')}}`));
    expect(validateUpdate(key, next, old).map(show)).toEqual([
      'spec.selector: Invalid value: v1.LabelSelector{MatchLabels:map[string]string{"app":"web", "tier":"x"}, MatchExpressions:[]v1.LabelSelectorRequirement(nil)}: field is immutable',
    ]);
  });

  it('allows scaling and a new image', () => {
    const old = obj('deployments.apps', base);
    const next = obj('deployments.apps', deployment(`{replicas: 5, selector: {matchLabels: {app: web}}, template: ${template('{app: web}', '{containers: [{name: c, image: nginx:1.27}]}')}}`));
    expect(validateUpdate('deployments.apps', next, old)).toEqual([]);
  });

  it('refuses a renamed object', () => {
    const old = obj('deployments.apps', base);
    const next = obj('deployments.apps', base);
    next.metadata!.name = 'other';
    expect(validateUpdate('deployments.apps', next, old).map(show)).toEqual(['metadata.name: Invalid value: "other": field is immutable']);
  });
});

describe('validateUpdate: pods', () => {
  const base = pod('{tolerations: [{key: a, operator: Exists, effect: NoExecute, tolerationSeconds: 300}], containers: [{name: c, image: nginx}]}');
  const spec = (p: KubeObject) => p.spec as Record<string, unknown> & { containers: Record<string, unknown>[]; tolerations: object[] };

  it.each<[string, (p: ReturnType<typeof spec>) => void, string[]]>([
    ['a new image is allowed', (s) => (s.containers[0].image = 'nginx:1.27'), []],
    ['a lower activeDeadlineSeconds is allowed', (s) => (s.activeDeadlineSeconds = 30), []],
    ['an added toleration is allowed', (s) => s.tolerations.push({ key: 'b', operator: 'Exists' }), []],
    ['a changed tolerationSeconds is allowed', (s) => (s.tolerations[0] = { key: 'a', operator: 'Exists', effect: 'NoExecute', tolerationSeconds: 60 }), []],
    ['a removed toleration is not', (s) => (s.tolerations = []), ['spec.tolerations: Forbidden: existing toleration can not be modified except its tolerationSeconds']],
    ['adding a container is not', (s) => s.containers.push({ ...s.containers[0], name: 'd' }), ['spec.containers: Forbidden: pod updates may not add or remove containers']],
    // Reported twice, as the real server does: by the spec validation and by the update rules.
    ['an empty image is not', (s) => (s.containers[0].image = ''), ['spec.containers[0].image: Required value', 'spec.containers[0].image: Required value']],
  ])('%s', (_name, change, expected) => {
    const old = obj('pods', base);
    const next = obj('pods', base);
    change(spec(next));
    expect(validateUpdate('pods', next, old).map(show)).toEqual(expected);
  });

  it('forbids other spec changes with the real message and a diff', () => {
    const old = obj('pods', base);
    const next = obj('pods', base);
    spec(next).restartPolicy = 'Never';
    const errs = validateUpdate('pods', next, old);
    expect(errs).toHaveLength(1);
    expect(errs[0].field).toBe('spec');
    expect(errs[0].detail).toContain(`${POD_UPDATE_FORBIDDEN}\n  core.PodSpec{`);
    expect(errs[0].detail).toContain('- \tRestartPolicy: "Always",\n+ \tRestartPolicy: "Never",');
  });

  it('accepts a status-only change', () => {
    const old = obj('pods', base);
    const next = obj('pods', base);
    next.status = { phase: 'Running' };
    expect(validateUpdate('pods', next, old)).toEqual([]);
  });
});
