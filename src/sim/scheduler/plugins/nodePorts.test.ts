import type { ContainerPort } from 'kubernetes-types/core/v1';
import { describe, expect, it } from 'vitest';
import { cycleState, makeNode, makePod, nodeInfo } from '../fixtures';
import { ERR_REASON_NODE_PORTS, nodePorts } from './nodePorts';

const withPorts = (name: string, ports: ContainerPort[]) => makePod(name, { containers: [{ name: 'app', image: 'nginx', ports }] });

describe('NodePorts', () => {
  const cases: { name: string; used: ContainerPort[]; wanted: ContainerPort[]; fits: boolean }[] = [
    { name: 'no host ports', used: [{ containerPort: 80, hostPort: 8080 }], wanted: [{ containerPort: 80 }], fits: true },
    { name: 'same hostPort', used: [{ containerPort: 80, hostPort: 8080 }], wanted: [{ containerPort: 81, hostPort: 8080 }], fits: false },
    { name: 'different protocol', used: [{ containerPort: 53, hostPort: 53 }], wanted: [{ containerPort: 53, hostPort: 53, protocol: 'UDP' }], fits: true },
    { name: 'different specific IPs', used: [{ containerPort: 80, hostPort: 80, hostIP: '10.0.0.1' }], wanted: [{ containerPort: 80, hostPort: 80, hostIP: '10.0.0.2' }], fits: true },
    { name: 'wildcard against a specific IP', used: [{ containerPort: 80, hostPort: 80, hostIP: '10.0.0.1' }], wanted: [{ containerPort: 80, hostPort: 80 }], fits: false },
  ];
  it.each(cases)('$name', ({ used, wanted, fits }) => {
    const status = nodePorts.filter(cycleState(withPorts('p', wanted)), nodeInfo(makeNode('n'), [withPorts('a', used)]));
    expect(status === undefined).toBe(fits);
    if (!fits) expect(status).toEqual({ code: 'Unschedulable', reasons: [ERR_REASON_NODE_PORTS] });
  });
});
