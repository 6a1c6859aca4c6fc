/** The session as a workspace: how it started, and its journal so far. */
import type { SimHost } from '../simHost';
import { WORKSPACE_FORMAT, WORKSPACE_VERSION, type Workspace, type WorkspaceExtras } from './workspace';

export function exportWorkspace(host: SimHost, extras: WorkspaceExtras = {}): Workspace {
  const truncatedAt = host.journal.truncatedAt;
  return {
    format: WORKSPACE_FORMAT,
    version: WORKSPACE_VERSION,
    createdAt: new Date().toISOString(),
    ...host.origin,
    clock: truncatedAt ?? host.cluster.now(),
    journal: host.journal.entries().map((e) => ({ ...e })),
    ...(truncatedAt !== undefined ? { truncatedAt } : {}),
    ...(extras.editorBuffers ? { editorBuffers: { ...extras.editorBuffers } } : {}),
    ...(extras.lessonProgress !== undefined ? { lessonProgress: extras.lessonProgress } : {}),
  };
}
