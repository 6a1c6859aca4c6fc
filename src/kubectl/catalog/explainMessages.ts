/** Wording of explain, attach and cp (pkg/cmd/explain, pkg/explain/v2, pkg/cmd/attach, pkg/cmd/cp, v1.32). Spread into ../messages. */
export const explainMessages = {
  explainNeedsType:
    'You must specify the type of resource to explain. Use "kubectl api-resources" for a complete list of supported resources.\n',
  explainOneType: 'We accept only this format: explain RESOURCE\n',
  explainFieldNotFound: (field: string) => `field "${field}" does not exist`,
  explainGvrNotFound: (gvr: string) => `GVR (${gvr}) not found in OpenAPI schema`,
  explainGvkNotFound: (group: string, version: string, kind: string) => `GVK map[group:${group} kind:${kind} version:${version}] not found in OpenAPI schema`,
  explainNoGroupVersion: (gvr: string) => `couldn't find resource for "${gvr}"`,
  explainUnrecognizedFormat: (format: string) => `unrecognized format: ${format}`,
  explainOpenAPIV2NotInPlayground: '--output=plaintext-openapiv2 (the OpenAPI v2 layout) is not available in this playground',
  unexpectedGroupVersion: (gv: string) => `unexpected GroupVersion string: ${gv}`,
};
