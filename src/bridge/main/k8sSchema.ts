/**
 * The compact Kubernetes API schema (generated from kubernetes-types by `npm run gen:schema`),
 * loaded on demand for the YAML editor: a dynamic import, so it lands in the editor's lazy
 * chunk and never in the page's entry.
 */
export async function loadK8sSchema(): Promise<unknown> {
  return (await import('../../sim/api/schema/k8s-schema.json')).default;
}
