/**
 * `kubectl port-forward TYPE/NAME [LOCAL_PORT:]REMOTE_PORT …`: picks the pod (a Service's or a
 * workload's pods resolve as for `logs`), maps service ports to container ports, registers
 * listeners with the host (`ctx.portForwards`) so `curl localhost:LOCAL` reaches the pod, and
 * runs until Ctrl-C, printing `Handling connection for …` per connection.
 */
import type { Pod, Service } from 'kubernetes-types/core/v1';
import type { Command, Invocation } from '../../cmdutil/command';
import { KubectlError } from '../../cmdutil/errors';
import { messages } from '../../messages';
import { parseResourceArgs } from '../../resource/builder';
import { refOf, requestNamespace } from '../shared/refs';
import { usageError } from '../shared/usage';
import { podsForObject } from '../logs/logsPod';
import { INTERRUPTED_EXIT_CODE } from '../get/watch';

interface PortPair {
  local: number;
  remote: number;
  spec: string;
}

function parsePorts(specs: string[]): { local: string; remote: string; spec: string }[] {
  return specs.map((spec) => {
    const [local, remote] = spec.includes(':') ? spec.split(':') : [spec, spec];
    return { local, remote, spec };
  });
}

/** A service port (number or name) becomes the container port its targetPort names. */
function remotePort(svc: Service | undefined, pod: Pod, remote: string): number {
  let target: string | number = remote;
  if (svc) {
    const port = svc.spec?.ports?.find((p) => String(p.port) === remote || p.name === remote);
    if (!port) throw new KubectlError(messages.serviceHasNoPort(svc.metadata?.name ?? '', remote));
    target = port.targetPort ?? port.port;
  }
  if (typeof target === 'number' || /^\d+$/.test(target)) return Number(target);
  const named = (pod.spec?.containers ?? []).flatMap((c) => c.ports ?? []).find((p) => p.name === target);
  if (!named) throw new KubectlError(messages.podHasNoNamedPort(pod.metadata?.name ?? '', String(target)));
  return named.containerPort;
}

function resolve(inv: Invocation): { pod: Pod; ports: PortPair[] } {
  if (inv.args.length < 2) throw usageError(inv.commandPath, messages.portForwardUsage);
  const [target, ...specs] = inv.args;
  const parsed = parseResourceArgs(inv.ctx, target.includes('/') ? [target] : ['pods', target]);
  if (parsed.kind !== 'names') throw usageError(inv.commandPath, messages.portForwardUsage);
  const { info, name } = parsed.items[0];
  const obj = inv.ctx.client.get(refOf(info), name, { namespace: requestNamespace(info, inv.namespace) });
  const [pod] = podsForObject(inv.ctx.client, obj);
  const svc = obj.kind === 'Service' ? (obj as Service) : undefined;
  const ports = parsePorts(specs).map(({ local, remote, spec }) => {
    const remoteNumber = remotePort(svc, pod, remote);
    // `:80` asks for any free local port; the playground hands out one derived from the remote port.
    return { local: local === '' ? 40000 + remoteNumber : Number(local), remote: remoteNumber, spec };
  });
  if (pod.status?.phase !== 'Running') throw new KubectlError(messages.portForwardNotRunning(pod.status?.phase ?? 'Unknown'));
  return { pod, ports };
}

async function runPortForward(inv: Invocation): Promise<number> {
  const { pod, ports } = resolve(inv);
  // `localhost` listens on both loopbacks, as kubectl does.
  const addresses = inv.flags.strings('address').flatMap((a) => (a === 'localhost' ? ['127.0.0.1', '::1'] : [a]));
  const stops: (() => void)[] = [];
  try {
    for (const p of ports) {
      stops.push(
        inv.ctx.portForwards?.listen({
          addresses,
          localPort: p.local,
          namespace: pod.metadata?.namespace ?? inv.namespace,
          pod: pod.metadata?.name ?? '',
          podPort: p.remote,
          onConnection: () => inv.ctx.stdout.write(`${messages.handlingConnection(p.local)}\n`),
        }) ?? (() => undefined),
      );
      for (const a of addresses) inv.ctx.stdout.write(`${messages.forwardingFrom(a.includes(':') ? `[${a}]` : a, p.local, p.remote)}\n`);
    }
    while (!inv.ctx.interrupt.aborted) await inv.ctx.sleep(1);
    return INTERRUPTED_EXIT_CODE;
  } finally {
    for (const stop of stops) stop();
  }
}

export const portForwardCommand: Command = {
  name: 'port-forward',
  short: 'Reach ports of a pod through local ports',
  flags: [
    { name: 'address', type: 'stringSlice', default: ['localhost'], usage: 'Local addresses to listen on, comma-separated: IP addresses or localhost, which means both 127.0.0.1 and ::1.' },
    { name: 'pod-running-timeout', type: 'duration', default: 60, usage: 'How long to wait for a running pod, written like 30s or 2m.' },
  ],
  run: runPortForward,
};
