/**
 * `microk8s dashboard-proxy`: waits for the dashboard add-on, reads the login token the tokens
 * controller put in the `microk8s-dashboard-token` Secret, prints it with the URL, then runs
 * `kubectl port-forward` to the dashboard Service on 10443 until Ctrl-C — as the snap's wrapper does.
 */
import type { Secret } from 'kubernetes-types/core/v1';
import type { CommandContext } from '../../../shell';
import { decodeBase64 } from '../../../common/base64';
import type { ToolHost, ToolState } from './toolHost';

const SECRETS = { group: '', version: 'v1', resource: 'secrets' };
const TOKEN_SECRET = 'microk8s-dashboard-token';
/** The wrapper's wait for the token: a try every few seconds. */
const TOKEN_ATTEMPTS = 10;

function dashboardToken(host: ToolHost): string | undefined {
  try {
    const secret = host.cluster.client.get<Secret>(SECRETS, TOKEN_SECRET, { namespace: 'kube-system' });
    const token = secret.data?.token;
    return token ? decodeBase64(token) : undefined;
  } catch {
    return undefined;
  }
}

export async function dashboardProxy(ctx: CommandContext, host: ToolHost, state: ToolState): Promise<number> {
  ctx.stdout.write('Checking if Dashboard is running.\n');
  if (!state.enabledAddons.has('dashboard')) {
    ctx.stdout.write("Dashboard is not enabled. Please run 'microk8s enable dashboard' first.\n");
    return 1;
  }
  ctx.stdout.write('Infer repository core for addon dashboard\nWaiting for Dashboard to come up.\n');
  const wait = await host.kubectl(['-n', 'kube-system', 'wait', '--timeout=240s', 'deployment', 'kubernetes-dashboard', '--for', 'condition=available'], { ...ctx, stdout: { write: () => undefined } });
  if (wait !== 0) return wait;
  ctx.stdout.write(`Trying to get token from ${TOKEN_SECRET}\n`);
  let token: string | undefined;
  for (let attempt = 0; attempt < TOKEN_ATTEMPTS && token === undefined; attempt++) {
    ctx.stdout.write(`Waiting for secret token (attempt ${attempt})\n`);
    token = dashboardToken(host);
    if (token === undefined) await ctx.sleep(3);
    if (ctx.interrupt.aborted) return 130;
  }
  if (token === undefined) {
    ctx.stderr.write(`Could not get the token from ${TOKEN_SECRET}\n`);
    return 1;
  }
  ctx.stdout.write(`Dashboard will be available at https://127.0.0.1:10443\nUse the following token to login:\n${token}\n`);
  return host.kubectl(['port-forward', '-n', 'kube-system', 'service/kubernetes-dashboard', '10443:443', '--address', '0.0.0.0'], ctx);
}
