/** Wording of `kubectl create <generator>` validation (pkg/cmd/create/*.go, v1.32). Spread into ../messages. */
export const createMessages = {
  jobImageOrFrom: 'either --image or --from must be specified',
  jobFromAndCommand: 'cannot specify --from and command',
  jobFromResource: 'from must be an existing cronjob',
  jobFromUnknownType: (type: string) => `unknown object type ${type}`,

  ingressNeedsRuleOrBackend:
    'not enough information provided: every ingress has to either specify a default-backend (which catches all traffic) or a list of rules (which catch specific paths)',
  ingressInvalidRule: (rule: string) => `rule ${rule} is invalid and should be in format host/path=svcname:svcport[,tls[=secret]]`,
  ingressInvalidAnnotation: (a: string) => `annotation ${a} is invalid and should be in format key=[value]`,
  ingressInvalidBackend: 'default-backend should be in format servicename:serviceport',

  roleNeedsVerb: 'at least one verb must be specified',
  roleNeedsResource: 'at least one resource must be specified',
  clusterRoleNeedsResourceOrURL: 'one of resource or nonResourceURL must be specified',
  roleResourceRequired: 'resource must be specified if apiGroup/subresource specified',
  nonStandardVerb: (verb: string) => `Warning: '${verb}' is not a standard resource verb`,
  cannotPerformVerb: (verb: string, resource: string, group: string) => `can not perform '${verb}' on '${resource}' in group '${group}'`,
  noResourceMatch: (group: string, resource: string) => `no matches for ${group}/, Resource=${resource}`,
  invalidNonResourceVerb: (verb: string) => `invalid verb: '${verb}' for nonResourceURL`,
  nonResourceURLSlash: 'nonResourceURL should start with /',
  nonResourceURLWildcard: "nonResourceURL only supports wildcard matches when '*' is at the end",
  aggregationRuleExclusive: 'aggregation rule must be specified without nonResourceURLs, verbs, resources or resourceNames',

  bindingRoleExclusive: 'exactly one of clusterrole or role must be specified',
  serviceAccountFormat: 'serviceaccount must be <namespace>:<name>',

  resourceListSyntax: (entry: string) => `Invalid argument syntax ${entry}, expected <resource>=<value>`,
  selectorParse: (selector: string, why: string) => `couldn't parse the selector string "${selector}": ${why}`,
  invalidSelectorOperator: (op: string) => `"${op}" is not a valid label selector operator`,
  unsupportedSelectorOperator: (op: string) => `"${op}" isn't supported in label selectors`,
  pdbSelectorRequired: 'a selector must be specified',
  pdbNeedsOne: 'one of min-available or max-unavailable must be specified',
  pdbBoth: 'min-available and max-unavailable cannot be both specified',
  pdbInvalid: (flag: string) => `invalid format specified for ${flag}`,

  tokenFailed: (why: string) => `failed to create token: ${why}`,
  tokenBoundKind: 'supported --bound-object-kind values are Node, Pod, Secret',
  tokenBoundName: '--bound-object-name is required if --bound-object-kind is provided',
  tokenBoundNameWithoutKind: '--bound-object-name can only be set if --bound-object-kind is provided',
  tokenBoundUidWithoutName: '--bound-object-uid can only be set if --bound-object-kind is provided',
  tokenDuration: '--duration must be greater than or equal to 0',
  tokenDurationSeconds: '--duration cannot be expressed in units less than seconds',
} as const;
