/** core/v1 Events: the event's namespace must agree with its involved object's. */
import type { Event } from 'kubernetes-types/core/v1';
import { invalid, type FieldError } from '../../api/fieldErrors';
import type { KubeObject } from '../../api/types';
import { isDNS1123Subdomain, nameIsDNSSubdomain } from './names';
import { validateObjectMeta, validateObjectMetaUpdate } from './objectMeta';
import type { KindValidation } from './types';

function validateLegacyEvent(ev: Event): FieldError[] {
  const errs: FieldError[] = [];
  const ns = ev.metadata?.namespace ?? '';
  const involvedNs = ev.involvedObject?.namespace ?? '';
  // Events about cluster-scoped objects live in `default` (or no namespace, from old clients).
  const agrees = involvedNs === '' ? ns === '' || ns === 'default' : ns === involvedNs;
  if (!ev.eventTime && !agrees) errs.push(invalid('involvedObject.namespace', involvedNs, 'does not match event.namespace'));
  errs.push(...isDNS1123Subdomain(ns).map((msg) => invalid('namespace', ns, msg)));
  return errs;
}

export const eventValidation: KindValidation = {
  validateCreate: (obj: KubeObject) => [...validateObjectMeta(obj.metadata, true, nameIsDNSSubdomain), ...validateLegacyEvent(obj as unknown as Event)],
  validateUpdate: (obj: KubeObject, old: KubeObject) => [...validateObjectMetaUpdate(obj.metadata, old.metadata), ...validateLegacyEvent(obj as unknown as Event)],
};
