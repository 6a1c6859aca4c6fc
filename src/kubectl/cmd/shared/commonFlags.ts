/** Flags many verbs share, spelled as cli-runtime and cmdutil register them. */
import type { FlagSpec } from '../../cmdutil/flags';

export const FILENAME: FlagSpec = { name: 'filename', shorthand: 'f', type: 'stringSlice', usage: 'Manifest file, folder or URL to read the objects from; - reads stdin. Repeat the flag for several.' };
export const RECURSIVE: FlagSpec = { name: 'recursive', shorthand: 'R', type: 'bool', usage: 'Also read the manifests in subfolders of folders given to -f.' };
export const SELECTOR: FlagSpec = { name: 'selector', shorthand: 'l', type: 'string', usage: 'Label selector to pick objects by, such as app=web or tier!=db; comma-separated terms must all match. Supports =, ==, !=, in, notin and exists.' };
export const FIELD_SELECTOR: FlagSpec = { name: 'field-selector', type: 'string', usage: 'Field selector to pick objects by, such as status.phase=Running; supports =, == and !=. Each type allows only a few fields.' };
export const ALL_NAMESPACES: FlagSpec = { name: 'all-namespaces', shorthand: 'A', type: 'bool', usage: 'Work across every namespace instead of the current one; a namespace given with -n is ignored.' };
export const OUTPUT: FlagSpec = { name: 'output', shorthand: 'o', type: 'string', usage: 'Print the result in this format instead of the default: json, yaml, name, go-template, go-template-file, template, templatefile, jsonpath, jsonpath-as-json or jsonpath-file.' };
export const DRY_RUN: FlagSpec = { name: 'dry-run', type: 'string', default: 'none', noOptDefault: 'unchanged', usage: 'Try the change without making it. client only prints the object that would be sent; server sends it for a full check that is not stored; none (the default) really does it. Allowed values: none, server, client.' };
export const FIELD_MANAGER = (name: string): FlagSpec => ({ name: 'field-manager', type: 'string', default: name, usage: 'Manager name recorded in managedFields as the owner of the fields this command sets.' });
export const SHOW_MANAGED_FIELDS: FlagSpec = { name: 'show-managed-fields', type: 'bool', usage: 'Keep metadata.managedFields when printing JSON or YAML; it is left out otherwise.' };
export const TEMPLATE: FlagSpec = { name: 'template', type: 'string', usage: 'The template for -o go-template or jsonpath, or the path of a template file for -o go-template-file or jsonpath-file. Go templates use text/template syntax.' };
export const ALLOW_MISSING_TEMPLATE_KEYS: FlagSpec = { name: 'allow-missing-template-keys', type: 'bool', default: true, usage: 'Print nothing for fields a template refers to but an object lacks, instead of failing. Applies to go-template and jsonpath output.' };
export const VALIDATE: FlagSpec = { name: 'validate', type: 'string', default: 'strict', noOptDefault: 'strict', usage: 'How the server checks manifests against the schema: strict (or true) rejects unknown or repeated fields, warn only warns about them, ignore (or false) does not check.' };
export const ALL: FlagSpec = { name: 'all', type: 'bool', usage: 'Select every object of the given types in the namespace.' };
export const TIMEOUT = (defaultSeconds: number): FlagSpec => ({ name: 'timeout', type: 'duration', default: defaultSeconds, usage: 'How long to wait before giving up, written like 30s, 5m or 1h.' });
export const SAVE_CONFIG: FlagSpec = { name: 'save-config', type: 'bool', usage: 'Store the object as sent in the last-applied-configuration annotation, so a later kubectl apply can work out what changed.' };
export const OVERWRITE: FlagSpec = { name: 'overwrite', type: 'bool', usage: 'Allow replacing values that are already set.' };
export const LOCAL: FlagSpec = { name: 'local', type: 'bool', unavailable: true };
export const KUSTOMIZE: FlagSpec = { name: 'kustomize', shorthand: 'k', type: 'string', unavailable: true };
export const RECORD: FlagSpec = { name: 'record', type: 'bool', deprecated: '--record will be removed in the future' };

/** What every mutating verb that prints its result accepts. */
export const PRINT_FLAGS: readonly FlagSpec[] = [ALLOW_MISSING_TEMPLATE_KEYS, OUTPUT, TEMPLATE, SHOW_MANAGED_FIELDS];
