/** ControllerRevision rows (printControllerRevision): the owner as `daemonset.apps/kube-proxy` and the revision number. */
import type { ControllerRevision } from 'kubernetes-types/apps/v1';
import { translateTimestampSince } from '../age';
import { ageColumn, col, nameColumn, type TableConvertor } from './types';

function controllerName(rev: ControllerRevision): string {
  const ref = rev.metadata?.ownerReferences?.find((r) => r.controller);
  if (!ref) return '<none>';
  const group = ref.apiVersion.includes('/') ? ref.apiVersion.split('/')[0] : '';
  return `${ref.kind.toLowerCase()}${group ? `.${group}` : ''}/${ref.name}`;
}

export const controllerRevisionTable: TableConvertor<ControllerRevision> = {
  columns: [nameColumn, col('Controller'), col('Revision'), ageColumn],
  cells(rev, now) {
    return [rev.metadata?.name ?? '', controllerName(rev), rev.revision ?? 0, translateTimestampSince(rev.metadata?.creationTimestamp, now)];
  },
};
