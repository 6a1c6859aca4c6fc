/** Test support: a well-formed realtime workspace, with whatever a test needs on top. */
import type { Workspace } from './workspace';

export const FIXTURE_START = 1717200000000;

export function workspaceFixture(extra: Partial<Workspace> & Pick<Workspace, 'clock' | 'journal'>): Workspace {
  return {
    format: 'kube-playground/workspace',
    version: 1,
    createdAt: '2025-01-01T00:00:00.000Z',
    profile: 'minikube',
    seed: 1,
    startTimeMs: FIXTURE_START,
    timeMode: 'realtime',
    settle: false,
    ...extra,
  };
}
