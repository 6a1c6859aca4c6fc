/**
 * `kubectl proxy [--port=8001] [--address=127.0.0.1]`: serves the API on a local port until
 * Ctrl-C. The host routes `curl localhost:8001/…` to the listener registered in `ctx.proxies`.
 */
import type { Command, Invocation } from '../../cmdutil/command';
import { messages } from '../../messages';
import { INTERRUPTED_EXIT_CODE } from '../get/watch';
import { serveApi } from './apiRoutes';

async function runProxy(inv: Invocation): Promise<number> {
  const address = inv.flags.string('address');
  const port = inv.flags.int('port');
  const stop = inv.ctx.proxies?.listen({ address, port, handle: (method, path) => serveApi(inv.ctx, method, path) });
  inv.ctx.stdout.write(`${messages.startingToServe(address, port)}\n`);
  try {
    while (!inv.ctx.interrupt.aborted) await inv.ctx.sleep(1);
    return INTERRUPTED_EXIT_CODE;
  } finally {
    stop?.();
  }
}

export const proxyCommand: Command = {
  name: 'proxy',
  short: 'Run a proxy to the Kubernetes API server',
  flags: [
    { name: 'accept-hosts', type: 'string', default: '^localhost$,^127\\.0\\.0\\.1$,^\\[::1\\]$', usage: 'Regular expression for hosts that the proxy should accept.' },
    { name: 'accept-paths', type: 'string', default: '^.*', usage: 'Regular expression for paths that the proxy should accept.' },
    { name: 'address', type: 'string', default: '127.0.0.1', usage: 'The IP address on which to serve on.' },
    { name: 'append-server-path', type: 'bool', unavailable: true },
    { name: 'api-prefix', type: 'string', default: '/', usage: 'Prefix to serve the proxied API under.' },
    { name: 'disable-filter', type: 'bool', usage: 'If true, disable request filtering in the proxy.' },
    { name: 'keepalive', type: 'duration', usage: 'keepalive specifies the keep-alive period for an active network connection.' },
    { name: 'port', shorthand: 'p', type: 'int', default: 8001, usage: 'The port on which to run the proxy. Set to 0 to pick a random port.' },
    { name: 'reject-methods', type: 'string', default: '^$', usage: 'Regular expression for HTTP methods that the proxy should reject.' },
    { name: 'reject-paths', type: 'string', default: '^/api/.*/pods/.*/exec,^/api/.*/pods/.*/attach', usage: 'Regular expression for paths that the proxy should reject.' },
    { name: 'www', shorthand: 'w', type: 'string', unavailable: true },
    { name: 'www-prefix', shorthand: 'P', type: 'string', default: '/static/', unavailable: true },
    { name: 'unix-socket', shorthand: 'u', type: 'string', unavailable: true },
  ],
  run: runProxy,
};
