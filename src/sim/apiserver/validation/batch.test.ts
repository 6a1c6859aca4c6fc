import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import type { KubeObject } from '../../api/types';
import { applyDefaults } from '../defaults';
import { validateCreate, validateUpdate } from './index';
import { show } from './testing';

function errorsOnCreate(key: string, yaml: string): string[] {
  const o = parse(yaml) as KubeObject;
  applyDefaults(key, o);
  return validateCreate(key, o).map(show);
}

const job = (spec: string) => `{metadata: {name: pi, namespace: default}, spec: ${spec}}`;
const podTemplate = (restartPolicy = 'Never') => `{spec: {containers: [{name: pi, image: perl}], restartPolicy: ${restartPolicy}}}`;
const cronJob = (spec: string, name = 'hello') => `{metadata: {name: ${name}, namespace: default}, spec: ${spec}}`;
const jobTemplate = `{spec: {template: ${podTemplate('OnFailure')}}}`;

describe('validateCreate: jobs and cronjobs', () => {
  it.each([
    ['the docs pi Job is valid', 'jobs.batch', job(`{backoffLimit: 4, template: ${podTemplate()}}`), []],
    ['restartPolicy Always is refused', 'jobs.batch', job(`{template: {spec: {containers: [{name: pi, image: perl}]}}}`), ['spec.template.spec.restartPolicy: Unsupported value: "Always": supported values: "OnFailure", "Never"']],
    ['negative backoffLimit', 'jobs.batch', job(`{backoffLimit: -1, template: ${podTemplate()}}`), ['spec.backoffLimit: Invalid value: -1: must be greater than or equal to 0']],
    ['Indexed needs completions', 'jobs.batch', job(`{completionMode: Indexed, parallelism: 2, template: ${podTemplate()}}`), ['spec.completions: Required value: when completion mode is Indexed']],
    ['manualSelector needs a selector', 'jobs.batch', job(`{manualSelector: true, template: ${podTemplate()}}`), ['spec.selector: Required value']],
    ['the docs hello CronJob is valid', 'cronjobs.batch', cronJob(`{schedule: "* * * * *", jobTemplate: ${jobTemplate}}`), []],
    ['a bad schedule', 'cronjobs.batch', cronJob(`{schedule: "61 * * * *", jobTemplate: ${jobTemplate}}`), ['spec.schedule: Invalid value: "61 * * * *": end of range (61) above maximum (59): 61']],
    ['TZ in the schedule', 'cronjobs.batch', cronJob(`{schedule: "TZ=UTC 0 * * * *", jobTemplate: ${jobTemplate}}`), ['spec.schedule: Invalid value: "TZ=UTC 0 * * * *": cannot use TZ or CRON_TZ in schedule, use timeZone field instead']],
    ['unknown time zone', 'cronjobs.batch', cronJob(`{schedule: "@hourly", timeZone: Mars/Olympus, jobTemplate: ${jobTemplate}}`), ['spec.timeZone: Invalid value: "Mars/Olympus": unknown time zone Mars/Olympus']],
    ['bad concurrencyPolicy', 'cronjobs.batch', cronJob(`{schedule: "@hourly", concurrencyPolicy: Sometimes, jobTemplate: ${jobTemplate}}`), ['spec.concurrencyPolicy: Unsupported value: "Sometimes": supported values: "Allow", "Forbid", "Replace"']],
    ['name over 52 characters', 'cronjobs.batch', cronJob(`{schedule: "@hourly", jobTemplate: ${jobTemplate}}`, 'a'.repeat(53)), [`metadata.name: Invalid value: "${'a'.repeat(53)}": must be no more than 52 characters`]],
  ])('%s', (_name, key, yaml, want) => {
    expect(errorsOnCreate(key, yaml)).toEqual(want);
  });
});

const sts = (spec: string) => `{metadata: {name: web, namespace: default}, spec: ${spec}}`;
const nginx = '{metadata: {labels: {app: nginx}}, spec: {containers: [{name: nginx, image: nginx}]}}';
const defaulted = (key: string, yaml: string) => {
  const o = parse(yaml) as KubeObject;
  applyDefaults(key, o);
  return o;
};

describe('validate: statefulsets and daemonsets', () => {
  it.each([
    ['a StatefulSet is valid', 'statefulsets.apps', sts(`{serviceName: nginx, selector: {matchLabels: {app: nginx}}, template: ${nginx}}`), []],
    ['empty selector', 'statefulsets.apps', sts(`{selector: {}, template: ${nginx}}`), ['spec.selector: Invalid value: v1.LabelSelector{MatchLabels:map[string]string(nil), MatchExpressions:[]v1.LabelSelectorRequirement(nil)}: empty selector is invalid for statefulset']],
    ['bad podManagementPolicy', 'statefulsets.apps', sts(`{podManagementPolicy: Random, selector: {matchLabels: {app: nginx}}, template: ${nginx}}`), ['spec.podManagementPolicy: Unsupported value: "Random": supported values: "OrderedReady", "Parallel"']],
    ['volumeMounts may name a claim template', 'statefulsets.apps', sts(`{selector: {matchLabels: {app: nginx}}, template: {metadata: {labels: {app: nginx}}, spec: {containers: [{name: nginx, image: nginx, volumeMounts: [{name: www, mountPath: /data}]}]}}, volumeClaimTemplates: [{metadata: {name: www}}]}`), []],
    ['a DaemonSet is valid', 'daemonsets.apps', sts(`{selector: {matchLabels: {app: nginx}}, template: ${nginx}}`), []],
    ['DaemonSet selector must match', 'daemonsets.apps', sts(`{selector: {matchLabels: {app: other}}, template: ${nginx}}`), ['spec.template.metadata.labels: Invalid value: map[string]string{"app":"nginx"}: `selector` does not match template `labels`']],
  ])('%s', (_name, key, yaml, want) => {
    expect(errorsOnCreate(key, yaml)).toEqual(want);
  });

  it('a StatefulSet update may not touch volumeClaimTemplates', () => {
    const before = defaulted('statefulsets.apps', sts(`{selector: {matchLabels: {app: nginx}}, template: ${nginx}}`));
    const scaled = defaulted('statefulsets.apps', sts(`{replicas: 5, selector: {matchLabels: {app: nginx}}, template: ${nginx}}`));
    const claims = defaulted('statefulsets.apps', sts(`{selector: {matchLabels: {app: nginx}}, template: ${nginx}, volumeClaimTemplates: [{metadata: {name: www}}]}`));
    expect(validateUpdate('statefulsets.apps', scaled, before).map(show)).toEqual([]);
    expect(validateUpdate('statefulsets.apps', claims, before).map(show)).toEqual([
      "spec: Forbidden: updates to statefulset spec for fields other than 'replicas', 'ordinals', 'template', 'updateStrategy', 'persistentVolumeClaimRetentionPolicy' and 'minReadySeconds' are forbidden",
    ]);
  });
});
