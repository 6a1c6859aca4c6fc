/** `kubectl create deployment NAME --image=image [--replicas=N] [--port=P] [-- COMMAND [args…]]`. */
import { generatorCommand } from './generatorCommand';
import { generateDeployment } from '../../generators/deployment';
import { enforcedNamespace } from './createObject';

export const createDeployment = generatorCommand({
  name: 'deployment',
  aliases: ['deploy'],
  short: 'Create a deployment with the specified name',
  flags: [
    { name: 'image', type: 'stringSlice', required: true, usage: 'Image names to run' },
    { name: 'replicas', shorthand: 'r', type: 'int', default: 1, usage: 'Number of replicas to create' },
    { name: 'port', type: 'int', default: -1, usage: 'The containerPort that this deployment exposes' },
  ],
  build(inv, name) {
    const command = inv.argsLenAtDash < 0 ? [] : inv.args.slice(inv.argsLenAtDash);
    return generateDeployment({
      name,
      images: inv.flags.strings('image'),
      replicas: inv.flags.int('replicas'),
      port: inv.flags.int('port'),
      command,
      namespace: enforcedNamespace(inv),
    });
  },
});
