import { describe, expect, it } from 'vitest';
import type { KubeObject } from '../api/types';
import { decodeErrorMessage, pruneUnknownFields, strictDecode } from './strictDecoding';

const deployment = (spec: object): KubeObject => ({ apiVersion: 'apps/v1', kind: 'Deployment', metadata: { name: 'web' }, spec });

describe('strictDecode', () => {
  const cases: [string, KubeObject, string | undefined][] = [
    ['a valid deployment', deployment({ replicas: 2, selector: { matchLabels: { app: 'web' } }, template: { spec: { containers: [{ name: 'c', image: 'nginx', ports: [{ containerPort: 80 }] }] } } }), undefined],
    ['a typo at the top of spec', deployment({ replcas: 2 }), 'Deployment in version "v1" cannot be handled as a Deployment: strict decoding error: unknown field "spec.replcas"'],
    [
      'typos deep in a container list',
      deployment({ template: { spec: { containers: [{ name: 'c', imagePullPolcy: 'Always', port: 80 }] } } }),
      'Deployment in version "v1" cannot be handled as a Deployment: strict decoding error: unknown field "spec.template.spec.containers[0].imagePullPolcy", unknown field "spec.template.spec.containers[0].port"',
    ],
    ['a string where an int32 belongs', deployment({ replicas: 'three' }), 'Deployment in version "v1" cannot be handled as a Deployment: json: cannot unmarshal string into Go struct field DeploymentSpec.spec.replicas of type int32'],
    ['int-or-string accepts both', deployment({ strategy: { rollingUpdate: { maxSurge: '25%', maxUnavailable: 1 } } }), undefined],
    ['labels are a free map', { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'c', labels: { anything: 'goes' } }, data: { k: 'v' } }, undefined],
    ['a custom resource is not checked', { apiVersion: 'example.com/v1', kind: 'Widget', metadata: { name: 'w' }, whatever: 1 }, undefined],
  ];
  it.each(cases)('%s', (_name, obj, expected) => {
    const problem = strictDecode(obj);
    expect(problem ? decodeErrorMessage(obj, problem) : undefined).toBe(expected);
  });
});

describe('pruneUnknownFields', () => {
  it('drops unknown fields at any depth, keeping the rest', () => {
    const obj = deployment({ replcas: 2, template: { spec: { containers: [{ name: 'c', imagePullPolcy: 'Always' }] } } });
    pruneUnknownFields(obj, strictDecode(obj)!.unknownFields);
    expect(obj.spec).toEqual({ template: { spec: { containers: [{ name: 'c' }] } } });
  });
});

describe('v1.32 API surface', () => {
  const pod = (spec: object): KubeObject => ({ apiVersion: 'v1', kind: 'Pod', metadata: { name: 'p' }, spec: { containers: [{ name: 'c', image: 'nginx' }], ...spec } });
  const cases: [string, KubeObject, boolean][] = [
    ['quantities written as numbers', pod({ containers: [{ name: 'c', image: 'nginx', resources: { requests: { cpu: 1, 'example.com/dongle': 3 } } }] }), true],
    ['image volumes (1.31)', pod({ volumes: [{ name: 'v', image: { reference: 'quay.io/crio/artifact:v1', pullPolicy: 'IfNotPresent' } }] }), true],
    ['pod-level resources (1.32)', pod({ resources: { limits: { cpu: '1' } } }), true],
    ['resource claims by name (1.31)', pod({ resourceClaims: [{ name: 'gpu', resourceClaimName: 'x' }] }), true],
    [
      'admission policy rules keep their inline Rule fields',
      { apiVersion: 'admissionregistration.k8s.io/v1', kind: 'ValidatingAdmissionPolicy', metadata: { name: 'p' }, spec: { matchConstraints: { resourceRules: [{ apiGroups: ['apps'], apiVersions: ['v1'], operations: ['CREATE'], resources: ['deployments'], scope: '*' }] } } },
      true,
    ],
    ['a field newer than 1.32 is unknown', pod({ initContainers: [{ name: 'i', image: 'busybox', restartPolicyRules: [] }] }), false],
  ];
  it.each(cases)('%s', (_name, obj, ok) => {
    expect(strictDecode(obj) === undefined).toBe(ok);
  });
});
