/** Flags many verbs share, spelled as cli-runtime and cmdutil register them. */
import type { FlagSpec } from '../../cmdutil/flags';

export const FILENAME: FlagSpec = { name: 'filename', shorthand: 'f', type: 'stringSlice', usage: 'Filename, directory, or URL to files' };
export const RECURSIVE: FlagSpec = { name: 'recursive', shorthand: 'R', type: 'bool', usage: 'Process the directory used in -f, --filename recursively' };
export const SELECTOR: FlagSpec = { name: 'selector', shorthand: 'l', type: 'string', usage: 'Selector (label query) to filter on' };
export const FIELD_SELECTOR: FlagSpec = { name: 'field-selector', type: 'string', usage: 'Selector (field query) to filter on' };
export const ALL_NAMESPACES: FlagSpec = { name: 'all-namespaces', shorthand: 'A', type: 'bool', usage: 'List across all namespaces' };
export const OUTPUT: FlagSpec = { name: 'output', shorthand: 'o', type: 'string', usage: 'Output format' };
export const DRY_RUN: FlagSpec = { name: 'dry-run', type: 'string', default: 'none', noOptDefault: 'unchanged', usage: 'Must be "none", "server", or "client"' };
export const FIELD_MANAGER = (name: string): FlagSpec => ({ name: 'field-manager', type: 'string', default: name });
export const SHOW_MANAGED_FIELDS: FlagSpec = { name: 'show-managed-fields', type: 'bool' };
export const TEMPLATE: FlagSpec = { name: 'template', type: 'string', usage: 'Template string or path to template file to use when -o=go-template, -o=go-template-file.' };
export const ALLOW_MISSING_TEMPLATE_KEYS: FlagSpec = { name: 'allow-missing-template-keys', type: 'bool', default: true, usage: 'If true, ignore any errors in templates when a field or map key is missing in the template.' };
export const VALIDATE: FlagSpec = { name: 'validate', type: 'string', default: 'strict', noOptDefault: 'strict' };
export const ALL: FlagSpec = { name: 'all', type: 'bool' };
export const TIMEOUT = (defaultSeconds: number): FlagSpec => ({ name: 'timeout', type: 'duration', default: defaultSeconds });
export const SAVE_CONFIG: FlagSpec = { name: 'save-config', type: 'bool' };
export const OVERWRITE: FlagSpec = { name: 'overwrite', type: 'bool' };
export const LOCAL: FlagSpec = { name: 'local', type: 'bool', unavailable: true };
export const KUSTOMIZE: FlagSpec = { name: 'kustomize', shorthand: 'k', type: 'string', unavailable: true };
export const RECORD: FlagSpec = { name: 'record', type: 'bool', deprecated: '--record will be removed in the future' };

/** What every mutating verb that prints its result accepts. */
export const PRINT_FLAGS: readonly FlagSpec[] = [ALLOW_MISSING_TEMPLATE_KEYS, OUTPUT, TEMPLATE, SHOW_MANAGED_FIELDS];
