/**
 * Registers `minikube` on a minikube session and `microk8s` on a MicroK8s one; elsewhere the
 * shell answers `command not found`, as on a machine without them. A MicroK8s session first
 * loses its kubeadm-style pods and gains Calico, as a fresh snap install looks.
 */
import type { Shell } from '../../../shell';
import { addons } from '../../../sim';
import { MICROK8S_DEFAULT_ADDONS } from './microk8sAddons';
import { runMicrok8s } from './microk8s';
import { runMinikube } from './minikube';
import { DEFAULT_ADDONS } from './minikubeLifecycle';
import { newToolState, type ToolHost } from './toolHost';

export function registerClusterTools(shell: Shell, host: ToolHost): void {
  const profile = host.cluster.profile;
  if (profile.name === 'minikube') {
    for (const a of DEFAULT_ADDONS) addons.enableAddon(host.cluster.client, addons.MINIKUBE_ADDON_OBJECTS[a](profile, {}));
    const state = newToolState(host, DEFAULT_ADDONS);
    shell.register('minikube', (ctx) => runMinikube(ctx, host, state));
  } else if (profile.name === 'microk8s') {
    addons.removeKubeadmPods(host.cluster.client);
    addons.enableAddon(host.cluster.client, addons.calicoObjects());
    host.cluster.settle(60);
    const state = newToolState(host, MICROK8S_DEFAULT_ADDONS);
    shell.register('microk8s', (ctx) => runMicrok8s(ctx, host, state));
  }
}
