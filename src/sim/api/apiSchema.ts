/**
 * The API's schema with field descriptions (generated from kubernetes-types by
 * `npm run gen:schema`): what the API server publishes as OpenAPI and `kubectl explain` reads.
 * Loaded on demand so the large JSON never weighs on the Worker's start.
 */

export interface ApiFieldSchema {
  /** string | integer | boolean | object | array | map | int-or-string | ref | any (a literal apiVersion/kind) */
  t: string;
  d?: string;
  r?: 1;
  /** The referenced definition for `ref` (and for Quantity/Time strings). */
  $?: string;
  /** Item schema of an array, value schema of a map. */
  i?: ApiFieldSchema;
}

export interface ApiDefinition {
  d?: string;
  p: Record<string, ApiFieldSchema>;
}

export interface ApiSchema {
  /** By OpenAPI definition name: `io.k8s.api.core.v1.Pod`. */
  definitions: Record<string, ApiDefinition>;
  /** `apps/v1/Deployment`, `v1/Pod` → definition name. */
  kinds: Record<string, string>;
}

export async function loadApiSchema(): Promise<ApiSchema> {
  return (await import('./schema/k8s-schema.json')).default as ApiSchema;
}
