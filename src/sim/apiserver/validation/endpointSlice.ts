/** discovery.k8s.io/v1 EndpointSlice: a supported, immutable addressType; endpoints with addresses. */
import type { EndpointSlice } from 'kubernetes-types/discovery/v1';
import { invalid, notSupported, required, type FieldError } from '../../api/fieldErrors';
import type { KubeObject } from '../../api/types';
import { nameIsDNSSubdomain } from './names';
import { FIELD_IMMUTABLE, validateObjectMeta, validateObjectMetaUpdate } from './objectMeta';
import type { KindValidation } from './types';

const ADDRESS_TYPES = ['IPv4', 'IPv6', 'FQDN'];
const MAX_ADDRESSES = 100;

function validateEndpointSlice(slice: EndpointSlice): FieldError[] {
  const errs = validateObjectMeta(slice.metadata, true, nameIsDNSSubdomain);
  if (!slice.addressType) errs.push(required('addressType'));
  else if (!ADDRESS_TYPES.includes(slice.addressType)) errs.push(notSupported('addressType', slice.addressType, ADDRESS_TYPES));
  (slice.endpoints ?? []).forEach((ep, i) => {
    const n = ep.addresses?.length ?? 0;
    if (n === 0) errs.push(required(`endpoints[${i}].addresses`, 'must contain at least 1 address'));
    else if (n > MAX_ADDRESSES) errs.push({ type: 'FieldValueTooMany', field: `endpoints[${i}].addresses`, badValue: n, detail: `must have at most ${MAX_ADDRESSES} items` });
  });
  return errs;
}

export const endpointSliceValidation: KindValidation = {
  validateCreate: (obj: KubeObject) => validateEndpointSlice(obj as unknown as EndpointSlice),
  validateUpdate(obj: KubeObject, old: KubeObject) {
    const [slice, prev] = [obj as unknown as EndpointSlice, old as unknown as EndpointSlice];
    const errs = [...validateObjectMetaUpdate(slice.metadata, prev.metadata), ...validateEndpointSlice(slice)];
    if (slice.addressType !== prev.addressType) errs.push(invalid('addressType', slice.addressType, FIELD_IMMUTABLE));
    return errs;
  },
};
