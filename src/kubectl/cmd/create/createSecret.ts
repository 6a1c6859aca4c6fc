/** `kubectl create secret generic|tls|docker-registry NAME`. */
import type { Command } from '../../cmdutil/command';
import { generateDockerRegistrySecret, generateGenericSecret, generateTlsSecret } from '../../generators/secret';
import { generatorCommand } from './generatorCommand';
import { enforcedNamespace } from './createObject';
import { DATA_SOURCE_FLAGS, dataSourcesOf } from './createConfigMap';

const generic = generatorCommand({
  name: 'generic',
  short: 'Create a secret from literals, files or env files',
  flags: [...DATA_SOURCE_FLAGS, { name: 'type', type: 'string', usage: 'Secret type to record, such as Opaque (the default when empty) or kubernetes.io/basic-auth.' }],
  build: (inv, name) => generateGenericSecret(inv.ctx, name, dataSourcesOf(inv), inv.flags.string('type'), enforcedNamespace(inv)),
});

const tls = generatorCommand({
  name: 'tls',
  short: 'Create a secret holding a TLS certificate and key',
  flags: [
    { name: 'cert', type: 'string', required: true, usage: 'File with the PEM certificate (the chain may follow it).' },
    { name: 'key', type: 'string', required: true, usage: 'File with the PEM private key that belongs to the certificate.' },
    { name: 'append-hash', type: 'bool', unavailable: true },
  ],
  build: (inv, name) => generateTlsSecret(inv.ctx, name, inv.flags.string('cert'), inv.flags.string('key'), enforcedNamespace(inv)),
});

const dockerRegistry = generatorCommand({
  name: 'docker-registry',
  short: 'Create a secret with image registry credentials',
  flags: [
    { name: 'docker-server', type: 'string', default: 'https://index.docker.io/v1/' },
    { name: 'docker-username', type: 'string' },
    { name: 'docker-password', type: 'string' },
    { name: 'docker-email', type: 'string' },
    { name: 'append-hash', type: 'bool', unavailable: true },
  ],
  build: (inv, name) =>
    generateDockerRegistrySecret(
      name,
      {
        server: inv.flags.string('docker-server'),
        username: inv.flags.string('docker-username'),
        password: inv.flags.string('docker-password'),
        email: inv.flags.string('docker-email'),
      },
      enforcedNamespace(inv),
    ),
});

export const createSecret: Command = {
  name: 'secret',
  short: 'Create a secret of one of the kinds below',
  subcommands: [dockerRegistry, generic, tls],
};
