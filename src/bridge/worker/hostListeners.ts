/**
 * The learner's machine's local ports, for `kubectl port-forward` and `kubectl proxy`: their
 * listeners become handlers on the simulated network, so `curl localhost:8080` from the host
 * shell reaches the forwarded pod, and `curl localhost:8001/api/v1/...` the API.
 */
import type { PodDialer, PortForwardRegistry, ProxyRegistry } from '../../kubectl/context';
import type { ClusterNetwork } from '../../sim';

/** The API server's connection to a pod: from its node's address, straight to the pod IP. */
function podDialer(network: () => ClusterNetwork | undefined): PodDialer {
  return (namespace, name, port, method, path) => {
    const net = network();
    const pod = net?.view.pod(namespace, name);
    const ip = pod?.status?.podIP;
    if (!net || !pod || !ip) return { error: `pod ${name} does not have a host assigned` };
    const hostIP = pod.status?.hostIP ?? '';
    const out = net.deliverToPod(pod, port, { method, host: ip, port, path, headers: {}, userAgent: 'curl/8.5.0' }, hostIP);
    if (out.kind === 'response') {
      const type = out.response.headers.find(([k]) => k.toLowerCase() === 'content-type')?.[1] ?? 'text/plain; charset=utf-8';
      return { status: out.response.status, contentType: type, body: out.response.body };
    }
    if (out.kind === 'refused') return { error: `dial tcp ${ip}:${port}: connect: connection refused` };
    if (out.kind === 'empty') return { error: 'EOF' };
    return { error: `dial tcp ${ip}:${port}: i/o timeout` };
  };
}

const taken = (port: number) => new Error(`unable to listen on any of the requested ports: [{${port} ${port}}]`);

export function hostListeners(network: () => ClusterNetwork | undefined): { portForwards: PortForwardRegistry; proxies: ProxyRegistry; dialPod: PodDialer } {
  const busy = new Set<number>();
  const claim = (port: number, start: (net: ClusterNetwork) => () => void): (() => void) => {
    const net = network();
    if (!net || busy.has(port)) throw taken(port);
    busy.add(port);
    const stop = start(net);
    return () => {
      busy.delete(port);
      stop();
    };
  };
  return {
    dialPod: podDialer(network),
    portForwards: {
      listen: (f) =>
        claim(f.localPort, (net) => {
          const forward = net.forwardToPod(f.namespace, f.pod, f.podPort);
          return net.listenOnHost(f.localPort, (req) => {
            f.onConnection();
            return forward(req);
          });
        }),
    },
    proxies: {
      listen: (p) =>
        claim(p.port, (net) =>
          net.listenOnHost(p.port, (req) => {
            const r = p.handle(req.method, req.path);
            const response = { status: r.status, reason: r.status === 200 ? 'OK' : 'Error', headers: [['Content-Type', r.contentType], ['Content-Length', String(r.body.length)]] as [string, string][], body: r.body };
            return { kind: 'response', ip: '127.0.0.1', response };
          }),
        ),
    },
  };
}
