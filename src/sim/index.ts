/**
 * The public face of the simulation: what kubectl, the shell, lessons and the bridge may use.
 * Everything else in src/sim is internal (lint keeps other layers out of it).
 */
export type { ClusterClient, ResourceRef, ListOptions, WatchOptions, WriteOptions, DeleteOptions, LogOptions, PatchType, PropagationPolicy, NodeServer, ExecOptions, ExecResult } from './client/types';
export type { KubeObject, ObjectList, Stored, WatchEvent, WatchEventType, Status, StatusCause, ObjectMeta, OwnerReference, GroupVersionResource } from './api/types';
export { ApiError, isApiError, type StatusReason } from './api/errors';
export type { FieldError } from './api/fieldErrors';
export type { ResourceInfo } from './api/resources';
export { loadApiSchema, type ApiSchema, type ApiDefinition, type ApiFieldSchema } from './api/apiSchema';
export { enumOfField, loadApiEnums, type ApiEnum, type ApiEnums } from './api/apiEnums';
export { OTHER_VERSIONS, otherVersionsOf } from './api/resources';
export { BUILTIN_RESOURCES, resolveResource, findByKind, apiVersionOf, resourceKey } from './api/resources';
export * as resources from './api/resources';
export { parseSelector, matches as labelsMatch, selectorFromLabelSelector, labelSelectorAsString, selectorToString, type LabelSelectorParsed } from './api/labels';
export { parseFieldSelector } from './api/fields';
export * as quantity from './api/quantity';
export { Cluster, DEFAULT_START_MS, type ClusterOptions } from './cluster/cluster';
export { PROFILES, DEFAULT_PROFILE, type ClusterProfile, type NodeProfile } from './cluster/profiles';
export { podIsTransitional } from './cluster/quiet';
export { createCluster, type CreateClusterOptions, type RunningCluster } from './cluster/createCluster';
export { formatLabelSelector } from './api/labels';
export { createThreeWayMergePatch, createTwoWayMergePatch, patchTypeForKind, isEmptyPatch, PatchError, applyPatch } from './apiserver/patch';
export { addNode, removeNode, stopCluster, startCluster, clusterRunning } from './cluster/nodes';
export * as addons from './cluster/addons';
export { ClusterNetwork, HOST, runCurl, runWget, runNslookup, reverseName, startPing, runTool, toolsIn, parseUrl, isIngressController, CURL_VERSION } from './network';
export type { Origin, HttpRequest as NetworkHttpRequest, HttpResponse as NetworkHttpResponse, Outcome as NetworkOutcome, DnsAnswer, RequestStats, ToolContext, ToolResult, NetworkAccess, PingSession } from './network';
export { resolveImage, type ImageResolution } from './kubelet';
export { apiServerPort } from './cluster/systemObjects';
export { metricsDiscovery, METRICS_GROUP, NODE_METRICS, POD_METRICS, type MetricsServer, type PodMetrics, type NodeMetrics } from './metrics';
