/**
 * API fields added in Kubernetes v1.31–v1.32, which the kubernetes-types package (v1.30, its
 * newest release) predates. Facts from the v1.32 API reference; the generator merges them in so
 * strict decoding matches a v1.32 server.
 */
import type { ApiSchema } from './schemaFromDeclarations';

const CORE = 'io.k8s.api.core.v1';

export function applyV132Overlay(schema: ApiSchema): void {
  const defs = schema.definitions;
  // admissionregistration's rules embed `Rule` inline in Go; the package's declarations lost its
  // `resources` and `scope` fields.
  for (const version of ['v1', 'v1beta1', 'v1alpha1']) {
    for (const name of ['NamedRuleWithOperations', 'RuleWithOperations']) {
      const def = defs[`io.k8s.api.admissionregistration.${version}.${name}`];
      if (!def) continue;
      def.p.resources ??= { t: 'array', i: { t: 'string' }, d: 'Resources is a list of resources this rule applies to.' };
      def.p.scope ??= { t: 'string', d: 'scope specifies the scope of this rule. Valid values are "Cluster", "Namespaced", and "*".' };
    }
  }
  defs[`${CORE}.ImageVolumeSource`] = {
    d: 'ImageVolumeSource represents a image volume resource.',
    p: {
      reference: { t: 'string', d: 'Required: Image or artifact reference to be used.' },
      pullPolicy: { t: 'string', d: 'Policy for pulling OCI objects. Possible values are: Always, Never, IfNotPresent.' },
    },
  };
  defs[`${CORE}.Volume`].p.image = { t: 'ref', $: `${CORE}.ImageVolumeSource`, d: 'image represents an OCI object (a container image or artifact) pulled and mounted on the kubelet\'s host machine.' };
  defs[`${CORE}.PodSpec`].p.resources = { t: 'ref', $: `${CORE}.ResourceRequirements`, d: 'Resources is the total amount of CPU and Memory resources required by all containers in the pod.' };
  const claim = defs[`${CORE}.PodResourceClaim`].p;
  delete claim.source;
  claim.resourceClaimName = { t: 'string', d: 'ResourceClaimName is the name of a ResourceClaim object in the same namespace as this pod.' };
  claim.resourceClaimTemplateName = { t: 'string', d: 'ResourceClaimTemplateName is the name of a ResourceClaimTemplate object in the same namespace as this pod.' };
}
