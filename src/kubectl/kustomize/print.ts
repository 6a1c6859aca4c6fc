/** `kustomize build` output: each object as sigs.k8s.io/yaml prints it, documents joined by `---`. */
import type { KubeObject } from '../sim';
import { toYaml } from '../printers/yaml/emitter';

export const printObjects = (objects: readonly KubeObject[]): string => objects.map((o) => toYaml(o)).join('---\n');
