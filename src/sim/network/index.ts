/** The data plane: DNS, kube-proxy routing, NetworkPolicy, ingress-nginx, and the tools that use them. */
export { ClusterNetwork, type ClusterNetworkDeps } from './clusterNetwork';
export { attachNetwork, type NetworkHost } from './attachNetwork';
export { isIngressController, CONTROLLER_REPOSITORY } from './ingressProxy';
export { IngressStatusUpdater } from './ingressStatus';
export { HOST, type Origin, type HttpRequest, type HttpResponse, type Outcome, type DnsAnswer, type RequestStats } from './types';
export { runCurl, CURL_VERSION } from './tools/curl';
export { runWget } from './tools/wget';
export { runNslookup, reverseName } from './tools/nslookup';
export { startPing, type PingSession } from './tools/ping';
export { runTool, podNetworkTools, podProgramNetwork, toolsIn } from './tools/podTools';
export { parseUrl, type ToolContext, type ToolResult, type NetworkAccess } from './tools/toolTypes';
