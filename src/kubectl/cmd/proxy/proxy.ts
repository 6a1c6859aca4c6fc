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
  short: 'Serve the Kubernetes API on a local port',
  flags: [
    { name: 'accept-hosts', type: 'string', default: '^localhost$,^127\\.0\\.0\\.1$,^\\[::1\\]$', usage: 'Regular expressions (comma-separated) of the Host headers the proxy answers.' },
    { name: 'accept-paths', type: 'string', default: '^.*', usage: 'Regular expressions (comma-separated) of the paths the proxy passes on.' },
    { name: 'address', type: 'string', default: '127.0.0.1', usage: 'Local IP address to listen on.' },
    { name: 'append-server-path', type: 'bool', unavailable: true },
    { name: 'api-prefix', type: 'string', default: '/', usage: 'Path under which the API is served.' },
    { name: 'disable-filter', type: 'bool', usage: 'Pass on every request, ignoring the accept and reject rules. Risky on a shared address.' },
    { name: 'keepalive', type: 'duration', usage: 'Keep-alive interval of connections; 0s turns keep-alive off.' },
    { name: 'port', shorthand: 'p', type: 'int', default: 8001, usage: 'Local port to listen on; 0 picks a free one.' },
    { name: 'reject-methods', type: 'string', default: '^$', usage: 'Regular expressions (comma-separated) of HTTP methods the proxy refuses.' },
    { name: 'reject-paths', type: 'string', default: '^/api/.*/pods/.*/exec,^/api/.*/pods/.*/attach', usage: 'Regular expressions (comma-separated) of paths the proxy refuses; by default exec and attach.' },
    { name: 'www', shorthand: 'w', type: 'string', unavailable: true },
    { name: 'www-prefix', shorthand: 'P', type: 'string', default: '/static/', unavailable: true },
    { name: 'unix-socket', shorthand: 'u', type: 'string', unavailable: true },
  ],
  run: runProxy,
};
