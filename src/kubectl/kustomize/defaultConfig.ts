/**
 * kustomize's built-in transformer configuration (api/konfig/builtinpluginconsts): where
 * commonLabels, template labels, commonAnnotations and images go, per kind.
 */
import type { FieldSpec } from './types';

const WORKLOADS_WITH_TEMPLATE: [kind: string, group?: string, version?: string][] = [
  ['ReplicationController', '', 'v1'],
  ['Deployment'],
  ['ReplicaSet'],
  ['DaemonSet'],
  ['StatefulSet', 'apps'],
];

const AFFINITY_SELECTORS = [
  'spec/template/spec/affinity/podAffinity/preferredDuringSchedulingIgnoredDuringExecution/podAffinityTerm/labelSelector/matchLabels',
  'spec/template/spec/affinity/podAffinity/requiredDuringSchedulingIgnoredDuringExecution/labelSelector/matchLabels',
  'spec/template/spec/affinity/podAntiAffinity/preferredDuringSchedulingIgnoredDuringExecution/podAffinityTerm/labelSelector/matchLabels',
  'spec/template/spec/affinity/podAntiAffinity/requiredDuringSchedulingIgnoredDuringExecution/labelSelector/matchLabels',
  'spec/template/spec/topologySpreadConstraints/labelSelector/matchLabels',
];

const spec = (path: string, create: boolean, kind?: string, group?: string, version?: string): FieldSpec => ({ path, create, kind, group, version });

export const TEMPLATE_LABELS: readonly FieldSpec[] = [
  ...WORKLOADS_WITH_TEMPLATE.map(([kind, group, version]) => spec('spec/template/metadata/labels', true, kind, group, version)),
  spec('spec/volumeClaimTemplates[]/metadata/labels', true, 'StatefulSet', 'apps'),
  spec('spec/template/metadata/labels', true, 'Job', 'batch'),
  spec('spec/jobTemplate/metadata/labels', true, 'CronJob', 'batch'),
  spec('spec/jobTemplate/spec/template/metadata/labels', true, 'CronJob', 'batch'),
];

/** commonLabels and `labels` with includeSelectors: metadata, selectors and pod templates. */
export const COMMON_LABELS: readonly FieldSpec[] = [
  spec('metadata/labels', true),
  spec('spec/selector', true, 'Service', '', 'v1'),
  spec('spec/selector', true, 'ReplicationController', '', 'v1'),
  ...['Deployment', 'ReplicaSet', 'DaemonSet', 'StatefulSet'].map((kind) => spec('spec/selector/matchLabels', true, kind, kind === 'StatefulSet' ? 'apps' : undefined)),
  ...['Deployment', 'StatefulSet'].flatMap((kind) => AFFINITY_SELECTORS.map((path) => spec(path, false, kind, 'apps'))),
  ...TEMPLATE_LABELS,
  spec('spec/selector/matchLabels', false, 'PodDisruptionBudget', 'policy'),
  spec('spec/podSelector/matchLabels', false, 'NetworkPolicy', 'networking.k8s.io'),
  spec('spec/ingress/from/podSelector/matchLabels', false, 'NetworkPolicy', 'networking.k8s.io'),
  spec('spec/egress/to/podSelector/matchLabels', false, 'NetworkPolicy', 'networking.k8s.io'),
];

export const METADATA_LABELS: readonly FieldSpec[] = [spec('metadata/labels', true)];

export const COMMON_ANNOTATIONS: readonly FieldSpec[] = [
  spec('metadata/annotations', true),
  ...WORKLOADS_WITH_TEMPLATE.map(([kind, group, version]) => spec('spec/template/metadata/annotations', true, kind, group, version)),
  spec('spec/template/metadata/annotations', true, 'Job', 'batch'),
  spec('spec/jobTemplate/metadata/annotations', true, 'CronJob', 'batch'),
  spec('spec/jobTemplate/spec/template/metadata/annotations', true, 'CronJob', 'batch'),
];

/** Where pod specs live, per workload kind: images and name references are found under them. */
export const POD_SPEC_PATHS: readonly [kind: string, path: string][] = [
  ['Pod', 'spec'],
  ['PodTemplate', 'template/spec'],
  ['ReplicationController', 'spec/template/spec'],
  ['Deployment', 'spec/template/spec'],
  ['ReplicaSet', 'spec/template/spec'],
  ['DaemonSet', 'spec/template/spec'],
  ['StatefulSet', 'spec/template/spec'],
  ['Job', 'spec/template/spec'],
  ['CronJob', 'spec/jobTemplate/spec/template/spec'],
];

export const REPLICAS_KINDS = ['Deployment', 'ReplicationController', 'ReplicaSet', 'StatefulSet'];
