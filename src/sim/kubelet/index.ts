/** The kubelet's pure core, for the per-node agent: pod sync, images, programs, HTTP answers, usage. */
export { syncPod, type PodSyncInput, type PodSyncResult } from './podLifecycle';
export type { PodRuntime } from './podRuntime';
export type { NodeContext, ContainerLogLine } from './syncContext';
export type { ObjectLookup } from './containerConfig';
export type { KubeletEvent } from './kubeletEvents';
export { resolveImage, type ImageResolution } from './images';
export { respondHttp, type HttpRequest, type HttpResponse } from './httpResponses';
export { podUsage, type ContainerUsage } from './resourceUsage';
export { qosClass } from './qos';
export { execInContainer, serveRequest, type ExecResult } from './containerAccess';
export { Kubelet, type KubeletDeps } from './kubelet';
export { VolumeStore } from './volumeStore';
