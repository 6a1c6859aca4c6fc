/** Wording of `kubectl taint` and `kubectl autoscale` (pkg/cmd/taint, pkg/cmd/autoscale, v1.32). Spread into ../messages. */
export const nodeMessages = {
  taintResourcesFirst: (arg: string) => `all resources must be specified before taint changes: ${arg}`,
  taintNeedsResource: 'one or more resources must be specified as <resource> <name>',
  taintNeedsUpdate: 'at least one taint update is required',
  taintOnlyNodes: (type: string) => `invalid resource type ${type}, only node types are supported`,
  taintInvalidSpec: (spec: string, why?: string) => `invalid taint spec: ${spec}${why ? `, ${why}` : ''}`,
  taintInvalidEffect: (effect: string) => `invalid taint effect: ${effect}, unsupported taint effect`,
  taintDuplicated: (taint: string) => `duplicated taints with the same key and effect: ${taint}`,
  taintConflict: (taints: string[]) => `can not both modify and remove the following taint(s) in the same command: ${taints.join(', ')}`,
  taintExists: (node: string, keys: string) => `node ${node} already has ${keys} taint(s) with same effect(s) and --overwrite is false`,
  taintNotFound: (taint: string) => `taint "${taint}" not found`,
  autoscaleMaxRequired: (max: number) => `--max=MAXPODS is required and must be at least 1, max: ${max}`,
  autoscaleMaxBelowMin: (max: number, min: number) => `--max=MAXPODS must be larger or equal to --min=MINPODS, max: ${max}, min: ${min}`,
  autoscaleCannot: (groupKind: string) => `cannot autoscale a ${groupKind}`,
  qualifiedNameError:
    "name part must consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyName',  or 'my.name',  or '123-abc', regex used for validation is '([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]')",
  labelValueError:
    "a valid label must be an empty string or consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyValue',  or 'my_value',  or '12345', regex used for validation is '(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?')",
} as const;
