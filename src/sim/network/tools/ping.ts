/**
 * ping, one echo per virtual second: busybox's wording inside pods, iputils' on the host.
 * Pods and nodes answer; a ClusterIP never does (kube-proxy only rewrites TCP/UDP to it).
 */
import type { ToolContext } from './toolTypes';

export interface PingSession {
  /** Set when the name does not resolve: print it and exit. */
  error?: { stderr: string; exitCode: number };
  header: string;
  count?: number;
  /** The line for echo `seq` (0-based), or '' when no reply comes. */
  reply(seq: number): string;
  summary(sent: number): { stdout: string; exitCode: number };
}

function rtt(seq: number): number {
  return 0.04 + ((seq * 37) % 50) / 1000;
}

export function startPing(ctx: ToolContext, args: string[]): PingSession {
  const busybox = ctx.origin.kind === 'pod';
  const ci = args.indexOf('-c');
  const count = ci >= 0 ? Number(args[ci + 1]) : undefined;
  const target = args.filter((a, i) => !a.startsWith('-') && args[i - 1] !== '-c' && args[i - 1] !== '-W' && args[i - 1] !== '-i')[0] ?? '';
  const answer = ctx.net.resolve(ctx.origin, target, ctx.hosts);
  const none = { header: '', reply: () => '', summary: () => ({ stdout: '', exitCode: 1 }) };
  if (!target) return { ...none, error: { stderr: busybox ? 'BusyBox v1.36.1 (2023-05-18 22:34:17 UTC) multi-call binary.\n\nUsage: ping [OPTIONS] HOST\n' : 'ping: usage error: Destination address required\n', exitCode: busybox ? 1 : 2 } };
  if (answer.kind !== 'A') return { ...none, error: { stderr: busybox ? `ping: bad address '${target}'\n` : `ping: ${target}: Name or service not known\n`, exitCode: busybox ? 1 : 2 } };
  const ip = answer.addresses[0];
  const answers = ctx.net.ping(ctx.origin, ip);
  const replies: number[] = [];
  return {
    header: busybox ? `PING ${target} (${ip}): 56 data bytes\n` : `PING ${target} (${ip}) 56(84) bytes of data.\n`,
    ...(count !== undefined ? { count } : {}),
    reply(seq) {
      if (!answers) return '';
      const t = rtt(seq);
      replies.push(t);
      return busybox ? `64 bytes from ${ip}: seq=${seq} ttl=64 time=${t.toFixed(3)} ms\n` : `64 bytes from ${ip}: icmp_seq=${seq + 1} ttl=64 time=${t.toFixed(3)} ms\n`;
    },
    summary(sent) {
      const got = replies.length;
      const loss = sent ? Math.round(((sent - got) / sent) * 100) : 0;
      const min = Math.min(...replies).toFixed(3);
      const max = Math.max(...replies).toFixed(3);
      const avg = (replies.reduce((a, b) => a + b, 0) / Math.max(1, got)).toFixed(3);
      const stats = busybox
        ? `\n--- ${target} ping statistics ---\n${sent} packets transmitted, ${got} packets received, ${loss}% packet loss\n${got ? `round-trip min/avg/max = ${min}/${avg}/${max} ms\n` : ''}`
        : `\n--- ${target} ping statistics ---\n${sent} packets transmitted, ${got} received, ${loss}% packet loss, time ${Math.max(0, sent - 1) * 1000 + 21}ms\n${got ? `rtt min/avg/max/mdev = ${min}/${avg}/${max}/0.006 ms\n` : ''}`;
      return { stdout: stats, exitCode: got ? 0 : 1 };
    },
  };
}
