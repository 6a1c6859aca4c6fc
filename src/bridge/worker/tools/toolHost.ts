/**
 * What the `minikube` and `microk8s` commands need from the playground session, and the state
 * they keep between invocations (like ~/.minikube/profiles/minikube/config.json and the snap's
 * addon list).
 */
import type { KubeconfigState } from '../../../kubectl/context';
import type { CommandContext } from '../../../shell';
import type { RunningCluster } from '../../../sim';
import type { SessionOutput } from '../containerSession';

/** The session flag kubectl consults: false while `minikube stop` has the machine powered off. */
export interface ApiReachability {
  apiReachable: boolean;
}

export interface ToolHost {
  cluster: RunningCluster;
  kubeconfig: KubeconfigState;
  session: ApiReachability;
  /** Runs the playground's kubectl with this command's IO (`minikube kubectl --`, `microk8s kubectl`). */
  kubectl(argv: string[], ctx: CommandContext): Promise<number>;
  /** Asks the UI to show the cluster (the dashboard opens the graph); absent headless. */
  openDashboard?(url: string): void;
  /** Hands the terminal to an interactive session (`minikube ssh`) until it closes. */
  openSession?(session: TerminalSession): void;
}

/** A shell the terminal's lines go to instead of the learner's (a container's, a node's). */
export interface TerminalSession {
  prompt(): string;
  run(line: string): Promise<SessionOutput>;
}

export type MachineState = 'Running' | 'Stopped' | 'Nonexistent';

export interface ToolState {
  machine: MachineState;
  enabledAddons: Set<string>;
  /** Node names of the profile in creation order (`minikube`, `minikube-m02` …). */
  nodeOrder: string[];
  /** Tokens `microk8s add-node` issued and `join` may use once. */
  joinTokens: Set<string>;
  metallbRanges?: string[];
}

export function newToolState(host: ToolHost, enabled: string[]): ToolState {
  return {
    machine: 'Running',
    enabledAddons: new Set(enabled),
    nodeOrder: host.cluster.profile.nodes.map((n) => n.name),
    joinTokens: new Set(),
  };
}

/** The message kubectl prints against a powered-off cluster. */
export function connectionRefused(host: ToolHost): string {
  const port = host.cluster.profile.name === 'minikube' ? 8443 : host.cluster.profile.name === 'microk8s' ? 16443 : 6443;
  return `The connection to the server ${host.cluster.profile.apiServerIP}:${port} was refused - did you specify the right host or port?\n`;
}
