/**
 * ConfigMap, Secret, downward API and projected volumes follow their sources while the pod runs:
 * the kubelet rewrites them on its periodic pod sync (syncFrequency, one minute), so an edited
 * ConfigMap shows up in the files within about a minute — except under `subPath` mounts, which
 * keep what they got when the container started, and in environment variables, which never change.
 */
import type { Pod, Volume } from 'kubernetes-types/core/v1';
import { mountVolumes, type ObjectLookup, type PodNetworkInfo } from './containerConfig';
import type { PodRuntime } from './podRuntime';
import { isWritableVolume } from './volumeMounts';

/** The kubelet's `syncFrequency` default. */
export const SYNC_FREQUENCY_S = 60;

/** The service account token volume every pod gets changes nothing a learner edits: not worth a wake-up. */
const isUpdatable = (v: Volume) => !isWritableVolume(v) && !v.name.startsWith('kube-api-access-');

export function hasUpdatableVolumes(pod: Pod): boolean {
  return (pod.spec?.volumes ?? []).some(isUpdatable);
}

/**
 * The runtime with each updatable volume's current content, written into the running containers
 * that mount it without `subPath`. A source that is now missing leaves the old files in place, as
 * the kubelet does when it cannot refresh a volume.
 */
export function refreshUpdatableVolumes(pod: Pod, rt: PodRuntime, lookup: ObjectLookup, net: PodNetworkInfo): PodRuntime {
  if (!rt.mount.ok) return rt;
  const volumes = (pod.spec?.volumes ?? []).filter(isUpdatable);
  const fresh: Record<string, Record<string, string>> = {};
  for (const v of volumes) {
    const r = mountVolumes({ ...pod, spec: { ...pod.spec!, volumes: [v] } }, lookup, net);
    if ('files' in r) fresh[v.name] = r.files[v.name];
  }
  const containers = rt.containers.map((c) => {
    const program = c.stage === 'running' ? c.current?.program : undefined;
    const spec = [...(pod.spec?.containers ?? []), ...(pod.spec?.initContainers ?? [])].find((x) => x.name === c.name);
    const mounts = (spec?.volumeMounts ?? []).filter((m) => !m.subPath && m.name in fresh);
    if (!program || !mounts.length) return c;
    const fs = { ...program.fs };
    for (const m of mounts) {
      const base = m.mountPath.replace(/\/$/, '');
      for (const path of Object.keys(fs)) if (path.startsWith(`${base}/`)) delete fs[path];
      for (const [rel, text] of Object.entries(fresh[m.name])) fs[`${base}/${rel}`] = text;
    }
    return { ...c, current: { ...c.current!, program: { ...program, fs } } };
  });
  return { ...rt, volumeFiles: { ...rt.volumeFiles, ...fresh }, containers };
}
