/**
 * minikube v1.35's wording, in one place: the emoji-prefixed progress lines (two spaces after
 * each emoji), the `▪` sub-steps, and the exit reasons. Behaviour lives in the command files.
 */
export const MINIKUBE_VERSION = 'v1.35.0';
export const MINIKUBE_COMMIT = 'dd5d320e41b5451cdf3c01891bc4e13d189586ed-dirty';
export const KICBASE = 'v0.0.46';

export const line = (emoji: string, text: string) => `${emoji}  ${text}\n`;
export const step = (text: string) => `    ▪ ${text}\n`;

export const banner = (os: string) => line('😄', `minikube ${MINIKUBE_VERSION} on ${os}`);

export function runtimeName(containerRuntime: string): { name: string; version: string; emoji: string } {
  const [rt, version] = containerRuntime.split('://');
  return rt === 'docker' ? { name: 'Docker', version, emoji: '🐳' } : { name: 'containerd', version, emoji: '📦' };
}

export const startingNode = (node: string, profile: string, primary: boolean) =>
  line('👍', `Starting "${node}" ${primary ? 'primary control-plane' : 'worker'} node in "${profile}" cluster`);

export const preparing = (k8s: string, containerRuntime: string) => {
  const rt = runtimeName(containerRuntime);
  return line(rt.emoji, `Preparing Kubernetes ${k8s} on ${rt.name} ${rt.version} ...`);
};

export const done = (profile: string) => line('🏄', `Done! kubectl is now configured to use "${profile}" cluster and "default" namespace by default`);

export const profileNotFound = (profile: string) =>
  line('🤷', `Profile "${profile}" not found. Run "minikube profile list" to view all profiles.`) + line('👉', 'To start a cluster, run: "minikube start"');

export const hostNotRunning = (node: string, state: string) =>
  line('🤷', `The control-plane node ${node} host is not running: state=${state}`) + line('👉', 'To start a cluster, run: "minikube start"');

export const addonMaintainerNote = (addon: string, maintainer: string) =>
  line('💡', `${addon} is an addon maintained by ${maintainer}. For any concerns contact minikube on GitHub.`) +
  'You can view the list of minikube maintainers at: https://github.com/kubernetes/minikube/blob/master/OWNERS\n';

export const thirdPartyNote = (addon: string) =>
  line('❗', `${addon} is a 3rd party addon and is not maintained or verified by minikube maintainers, enable at your own risk.`) +
  line('❗', `${addon} does not currently have an associated maintainer.`);

export const addonEnabled = (addon: string) => line('🌟', `The '${addon}' addon is enabled`);
/** minikube's source wraps this message in double quotes, and they reach the terminal. */
export const addonDisabled = (addon: string) => line('🌑', `"The '${addon}' addon is disabled"`);

export const usageError = (cmd: string, message: string) => `Error: ${message}\nSee 'minikube ${cmd} --help' for usage.\n`;

export const exitDueTo = (reason: string, message: string) => `\n${line('❌', `Exiting due to ${reason}: ${message}`)}\n`;
