/** `kubectl create ingress NAME --rule=host/path=service:port[,tls[=secret]] [--class] [--default-backend] [--annotation]`. */
import { generateIngress, validateIngress, type IngressParams } from '../../generators/ingress';
import { generatorCommand } from './generatorCommand';
import { enforcedNamespace } from './createObject';

export const createIngress = generatorCommand({
  name: 'ingress',
  aliases: ['ing'],
  short: 'Create an ingress with the specified name',
  flags: [
    { name: 'annotation', type: 'stringArray', usage: 'Annotation to insert in the ingress object, in the format annotation=value' },
    { name: 'class', type: 'string', usage: 'Ingress Class to be used' },
    { name: 'default-backend', type: 'string', usage: 'Default service for backend, in format of svcname:port' },
    { name: 'rule', type: 'stringArray', usage: 'Rule in format host/path=service:port[,tls=secretname].' },
  ],
  build(inv, name) {
    const p: IngressParams = {
      name,
      rules: inv.flags.strings('rule'),
      ingressClass: inv.flags.string('class'),
      defaultBackend: inv.flags.string('default-backend'),
      annotations: inv.flags.strings('annotation'),
      namespace: enforcedNamespace(inv),
    };
    validateIngress(p);
    return generateIngress(p);
  },
});
