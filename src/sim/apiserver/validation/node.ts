/** Nodes: DNS subdomain names, unique well-formed taints, and a podCIDR that is set only once. */
import type { Node } from 'kubernetes-types/core/v1';
import { forbidden, type FieldError } from '../../api/fieldErrors';
import type { KubeObject } from '../../api/types';
import { nameIsDNSSubdomain } from './names';
import { validateObjectMeta, validateObjectMetaUpdate } from './objectMeta';
import { validateTaints } from './tolerations';
import type { KindValidation } from './types';

function validateNode(node: Node): FieldError[] {
  return [...validateObjectMeta(node.metadata, false, nameIsDNSSubdomain), ...validateTaints(node.spec?.taints, 'spec.taints')];
}

export const nodeValidation: KindValidation = {
  validateCreate: (obj: KubeObject) => validateNode(obj as Node),
  validateUpdate(obj: KubeObject, old: KubeObject) {
    const [node, prev] = [obj as Node, old as Node];
    const errs = [...validateObjectMetaUpdate(node.metadata, prev.metadata), ...validateNode(node)];
    const [cidrs, oldCidrs] = [node.spec?.podCIDRs ?? [], prev.spec?.podCIDRs ?? []];
    if (oldCidrs.length && cidrs.join(',') !== oldCidrs.join(',')) {
      errs.push(forbidden('spec.podCIDRs', 'node updates may not change podCIDR except from "" to valid'));
    }
    if (prev.spec?.providerID && node.spec?.providerID !== prev.spec.providerID) {
      errs.push(forbidden('spec.providerID', 'node updates may not change providerID except from "" to valid'));
    }
    return errs;
  },
};
