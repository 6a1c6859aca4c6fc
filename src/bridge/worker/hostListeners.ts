/**
 * The learner's machine's local ports, for `kubectl port-forward` and `kubectl proxy`: their
 * listeners become handlers on the simulated network, so `curl localhost:8080` from the host
 * shell reaches the forwarded pod, and `curl localhost:8001/api/v1/...` the API.
 */
import type { PortForwardRegistry, ProxyRegistry } from '../../kubectl/context';
import type { ClusterNetwork } from '../../sim';

const taken = (port: number) => new Error(`unable to listen on any of the requested ports: [{${port} ${port}}]`);

export function hostListeners(network: () => ClusterNetwork | undefined): { portForwards: PortForwardRegistry; proxies: ProxyRegistry } {
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
