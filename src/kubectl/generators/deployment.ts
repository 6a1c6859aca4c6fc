/**
 * `kubectl create deployment NAME --image=… [--replicas] [--port] [-- COMMAND]`, as
 * pkg/cmd/create/create_deployment.go builds it: label `app=NAME`, one container per image named
 * after the image's last path element without tag or digest.
 */
import type { Deployment } from 'kubernetes-types/apps/v1';
import type { Container } from 'kubernetes-types/core/v1';
import { sanitizeAndUniquify } from './names';
import { ZERO_TIME } from './meta';

export interface DeploymentParams {
  name: string;
  images: string[];
  replicas: number;
  /** -1 when `--port` was not given. */
  port: number;
  command: string[];
  namespace?: string;
}

export function containerNameFromImage(image: string): string {
  let name = image.split('/').pop() ?? image;
  name = name.split(':')[0];
  name = name.split('@')[0];
  return sanitizeAndUniquify(name);
}

export function generateDeployment(p: DeploymentParams): Deployment {
  const labels = { app: p.name };
  const containers: Container[] = p.images.map((image) => ({
    name: containerNameFromImage(image),
    image,
    ...(p.command.length ? { command: p.command } : {}),
    resources: {},
  }));
  if (p.port >= 0 && containers.length > 0) containers[0].ports = [{ containerPort: p.port }];
  return {
    apiVersion: 'apps/v1',
    kind: 'Deployment',
    metadata: { name: p.name, labels, ...(p.namespace ? { namespace: p.namespace } : {}), creationTimestamp: ZERO_TIME },
    spec: {
      replicas: p.replicas,
      selector: { matchLabels: labels },
      strategy: {},
      template: { metadata: { labels, creationTimestamp: ZERO_TIME }, spec: { containers } },
    },
    status: {},
  };
}
