/** `kubectl create deployment NAME --image=image [--replicas=N] [--port=P] [-- COMMAND [args…]]`. */
import { generatorCommand } from './generatorCommand';
import { generateDeployment } from '../../generators/deployment';
import { enforcedNamespace } from './createObject';

export const createDeployment = generatorCommand({
  name: 'deployment',
  aliases: ['deploy'],
  short: 'Create a deployment running the given image',
  flags: [
    { name: 'image', type: 'stringSlice', required: true, usage: 'Images to run, one container each; separate several with commas or repeat the flag.' },
    { name: 'replicas', shorthand: 'r', type: 'int', default: 1, usage: 'How many pods the deployment keeps running.' },
    { name: 'port', type: 'int', default: -1, usage: 'Container port to declare on the container; -1 declares none.' },
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
