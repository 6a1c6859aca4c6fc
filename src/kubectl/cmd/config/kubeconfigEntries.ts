/**
 * The clusters and users of the playground's kubeconfig. Hosts only keep contexts; the first
 * command that reads or writes clusters or users fills them in from the profile's endpoints
 * (minikube's certificate files, kubeadm's embedded data), after which they are plain data.
 */
import type { KubeconfigState, KubeNamedEntry } from '../../context';
import { base64Encode } from '../../util/base64';
import { endpointFor } from './clusterEndpoints';

export const KUBECONFIG_PATH = '/home/learner/.kube/config';

/** Stand-in PEM blocks: the playground has no real keys to show. */
const pem = (kind: string, who: string) => base64Encode(`-----BEGIN ${kind}-----\nplayground ${who}\n-----END ${kind}-----\n`);

function profileCluster(name: string): KubeNamedEntry {
  const e = endpointFor(name);
  const ca: Record<string, string> = e.files ? { 'certificate-authority': e.files.ca } : { 'certificate-authority-data': pem('CERTIFICATE', `${name} CA`) };
  return { name, fields: { ...ca, server: e.server } };
}

function profileUser(name: string, cluster: string): KubeNamedEntry {
  const e = endpointFor(cluster);
  const creds: Record<string, string> = e.files
    ? { 'client-certificate': e.files.cert, 'client-key': e.files.key }
    : { 'client-certificate-data': pem('CERTIFICATE', name), 'client-key-data': pem('RSA PRIVATE KEY', name) };
  return { name, fields: creds };
}

/** The kubeconfig with its clusters and users materialised (the same object, so writes stick). */
export function withEntries(config: KubeconfigState): Required<KubeconfigState> {
  if (!config.clusters) config.clusters = [...new Set(config.contexts.map((c) => c.cluster).filter(Boolean))].map(profileCluster);
  if (!config.users) {
    const users = new Map<string, string>();
    for (const c of config.contexts) if (c.user && !users.has(c.user)) users.set(c.user, c.cluster);
    config.users = [...users].map(([name, cluster]) => profileUser(name, cluster));
  }
  return config as Required<KubeconfigState>;
}

/** What `config view` shows without --raw: ShortenConfig's DATA+OMITTED and REDACTED. */
export function redacted(fields: Record<string, string | boolean>): Record<string, string | boolean> {
  const out: Record<string, string | boolean> = {};
  for (const [k, v] of Object.entries(fields)) out[k] = k.endsWith('-data') ? 'DATA+OMITTED' : k === 'token' || k === 'password' ? 'REDACTED' : v;
  return out;
}

export const byName = <T extends { name: string }>(list: T[]) => [...list].sort((a, b) => a.name.localeCompare(b.name));
