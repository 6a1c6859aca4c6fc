/** Core kinds some verbs create or read directly; always served by every cluster. */
import { BUILTIN_RESOURCES, type ResourceInfo } from '../../sim';

const builtin = (resource: string) => BUILTIN_RESOURCES.find((r) => r.group === '' && r.resource === resource) as ResourceInfo;

export const PODS = builtin('pods');
export const SERVICES = builtin('services');
