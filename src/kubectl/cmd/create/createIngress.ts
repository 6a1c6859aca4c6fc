/** `kubectl create ingress NAME --rule=host/path=service:port[,tls[=secret]] [--class] [--default-backend] [--annotation]`. */
import { generateIngress, validateIngress, type IngressParams } from '../../generators/ingress';
import { generatorCommand } from './generatorCommand';
import { enforcedNamespace } from './createObject';

export const createIngress = generatorCommand({
  name: 'ingress',
  aliases: ['ing'],
  short: 'Create an ingress with routing rules',
  flags: [
    { name: 'annotation', type: 'stringArray', usage: 'An annotation for the ingress, as key=value; repeat the flag for more.' },
    { name: 'class', type: 'string', usage: 'IngressClass that should serve this ingress.' },
    { name: 'default-backend', type: 'string', usage: 'Service that gets requests no rule matches, as service:port.' },
    { name: 'rule', type: 'stringArray', usage: 'A routing rule, host/path=service:port, optionally followed by ,tls or ,tls=SECRET; repeat the flag for more. Paths ending in * match by prefix.' },
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
