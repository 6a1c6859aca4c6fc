/**
 * `kubectl create secret generic|tls|docker-registry NAME`, as pkg/cmd/create/create_secret*.go
 * build them. Data values are base64, as the API's []byte fields serialize.
 */
import type { Secret } from 'kubernetes-types/core/v1';
import type { KubectlContext } from '../context';
import { KubectlError } from '../cmdutil/errors';
import { messages } from '../messages';
import { base64Encode } from '../util/base64';
import { readDataSources, type DataSources } from './dataSources';
import { ZERO_TIME } from './meta';

function secret(name: string, data: Record<string, string>, type: string | undefined, namespace?: string): Secret {
  return {
    apiVersion: 'v1',
    kind: 'Secret',
    metadata: { name, ...(namespace ? { namespace } : {}), creationTimestamp: ZERO_TIME },
    ...(Object.keys(data).length ? { data } : {}),
    ...(type ? { type } : {}),
  };
}

export function generateGenericSecret(ctx: KubectlContext, name: string, sources: DataSources, type: string, namespace?: string): Secret {
  const data: Record<string, string> = {};
  readDataSources(ctx, 'Secret', sources, (key, value) => {
    if (key in data) throw new KubectlError(messages.duplicateDataKey('Secret', key, name));
    data[key] = base64Encode(value);
  });
  return secret(name, data, type || undefined, namespace);
}

export interface DockerRegistryParams {
  server: string;
  username: string;
  password: string;
  email: string;
}

export function generateDockerRegistrySecret(name: string, p: DockerRegistryParams, namespace?: string): Secret {
  if (!p.username || !p.password) throw new KubectlError(messages.dockerRegistryRequired);
  // Go's json.Marshal keeps the struct's field order: username, password, email (omitempty), auth.
  const entry = {
    username: p.username,
    password: p.password,
    ...(p.email ? { email: p.email } : {}),
    auth: base64Encode(`${p.username}:${p.password}`),
  };
  const config = JSON.stringify({ auths: { [p.server]: entry } });
  return secret(name, { '.dockerconfigjson': base64Encode(config) }, 'kubernetes.io/dockerconfigjson', namespace);
}

export function generateTlsSecret(ctx: KubectlContext, name: string, certPath: string, keyPath: string, namespace?: string): Secret {
  const cert = ctx.readFile(certPath);
  if (cert === undefined) throw new KubectlError(`open ${certPath}: no such file or directory`);
  const key = ctx.readFile(keyPath);
  if (key === undefined) throw new KubectlError(`open ${keyPath}: no such file or directory`);
  // kubectl parses the pair with tls.X509KeyPair; the playground only checks for PEM blocks.
  if (!cert.includes('-----BEGIN')) throw new KubectlError('tls: failed to find any PEM data in certificate input');
  if (!key.includes('-----BEGIN')) throw new KubectlError('tls: failed to find any PEM data in key input');
  return secret(name, { 'tls.crt': base64Encode(cert), 'tls.key': base64Encode(key) }, 'kubernetes.io/tls', namespace);
}
