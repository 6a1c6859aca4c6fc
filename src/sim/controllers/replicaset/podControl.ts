/**
 * RealPodControl: creates pods from a template and deletes them, recording the Events that
 * `kubectl describe rs` shows (SuccessfulCreate, FailedCreate, SuccessfulDelete, FailedDelete).
 */
import type { Pod, PodTemplateSpec } from 'kubernetes-types/core/v1';
import { clone } from '../../../common/objects';
import { isApiError } from '../../api/errors';
import { PODS } from '../../api/resources';
import type { KubeObject, OwnerReference } from '../../api/types';
import type { EventRecorder } from '../../client/eventRecorder';
import type { ClusterClient } from '../../client/types';

/** Status causes the API server attaches when it refuses writes into a terminating namespace. */
export function isNamespaceTerminating(e: unknown): boolean {
  return isApiError(e) && (e.status.details?.causes ?? []).some((c) => c.reason === 'NamespaceTerminating');
}

const errorText = (e: unknown) => (e instanceof Error ? e.message : String(e));

/** GetPodFromTemplate: the template's labels, annotations and finalizers, named `<owner>-xxxxx`. */
export function getPodFromTemplate(template: PodTemplateSpec, ownerName: string, controllerRef: OwnerReference): Pod {
  const meta = template.metadata ?? {};
  return {
    metadata: {
      generateName: `${ownerName}-`,
      ...(meta.labels ? { labels: { ...meta.labels } } : {}),
      ...(meta.annotations ? { annotations: { ...meta.annotations } } : {}),
      ...(meta.finalizers ? { finalizers: [...meta.finalizers] } : {}),
      ownerReferences: [controllerRef],
    },
    spec: clone(template.spec ?? { containers: [] }),
  };
}

export class PodControl {
  constructor(
    private readonly client: ClusterClient,
    private readonly recorder: EventRecorder,
  ) {}

  createPods(namespace: string, template: PodTemplateSpec, owner: KubeObject, controllerRef: OwnerReference): void {
    const pod = getPodFromTemplate(template, owner.metadata?.name ?? '', controllerRef);
    if (!Object.keys(pod.metadata?.labels ?? {}).length) throw new Error('unable to create pods, no labels');
    let created;
    try {
      created = this.client.create<Pod>(PODS, pod, { namespace });
    } catch (e) {
      if (!isNamespaceTerminating(e)) this.recorder.event(owner, 'Warning', 'FailedCreate', `Error creating: ${errorText(e)}`);
      throw e;
    }
    this.recorder.event(owner, 'Normal', 'SuccessfulCreate', `Created pod: ${created.metadata.name}`);
  }

  /** NotFound is rethrown as is: the caller treats a pod already gone as deleted. */
  deletePod(namespace: string, name: string, owner: KubeObject): void {
    try {
      this.client.delete(PODS, name, { namespace });
    } catch (e) {
      if (isApiError(e, 'NotFound')) throw e;
      this.recorder.event(owner, 'Warning', 'FailedDelete', `Error deleting: ${errorText(e)}`);
      throw new Error(`unable to delete pods: ${errorText(e)}`, { cause: e });
    }
    this.recorder.event(owner, 'Normal', 'SuccessfulDelete', `Deleted pod: ${name}`);
  }
}
