import type { MetricSpec, MetricStatus } from 'kubernetes-types/autoscaling/v2';
import { describe, expect, it } from 'vitest';
import { formatHPAMetrics } from './horizontalpodautoscaler';

const cpu = (averageUtilization: number): MetricSpec => ({ type: 'Resource', resource: { name: 'cpu', target: { type: 'Utilization', averageUtilization } } });
const memory: MetricSpec = { type: 'Resource', resource: { name: 'memory', target: { type: 'AverageValue', averageValue: '100Mi' } } };
const cpuNow = (averageUtilization?: number): MetricStatus => ({ type: 'Resource', resource: { name: 'cpu', current: averageUtilization === undefined ? {} : { averageUtilization } } });

describe('HPA TARGETS', () => {
  it.each([
    ['no metrics', [], [], '<none>'],
    ['before the first measurement', [cpu(50)], undefined, 'cpu: <unknown>/50%'],
    ['measurement failed', [cpu(50)], [cpuNow()], 'cpu: <unknown>/50%'],
    ['measured', [cpu(50)], [cpuNow(250)], 'cpu: 250%/50%'],
    ['average value', [cpu(50), memory], [cpuNow(0), { type: 'Resource', resource: { name: 'memory', current: { averageValue: '9Mi' } } }], 'cpu: 0%/50%, memory: 9Mi/100Mi'],
    ['more than two', [cpu(50), memory, cpu(60)], [], 'cpu: <unknown>/50%, memory: <unknown>/100Mi + 1 more...'],
  ])('%s', (_name, specs, statuses, out) => {
    expect(formatHPAMetrics(specs, statuses)).toBe(out);
  });
});
