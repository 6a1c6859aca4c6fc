/** `kubectl create secret generic|tls|docker-registry NAME`. */
import type { Command } from '../../cmdutil/command';
import { generateDockerRegistrySecret, generateGenericSecret, generateTlsSecret } from '../../generators/secret';
import { generatorCommand } from './generatorCommand';
import { enforcedNamespace } from './createObject';
import { DATA_SOURCE_FLAGS, dataSourcesOf } from './createConfigMap';

const generic = generatorCommand({
  name: 'generic',
  short: 'Create a secret from a local file, directory, or literal value',
  flags: [...DATA_SOURCE_FLAGS, { name: 'type', type: 'string', usage: 'The type of secret to create' }],
  build: (inv, name) => generateGenericSecret(inv.ctx, name, dataSourcesOf(inv), inv.flags.string('type'), enforcedNamespace(inv)),
});

const tls = generatorCommand({
  name: 'tls',
  short: 'Create a TLS secret',
  flags: [
    { name: 'cert', type: 'string', required: true, usage: 'Path to PEM encoded public key certificate.' },
    { name: 'key', type: 'string', required: true, usage: 'Path to private key associated with given certificate.' },
    { name: 'append-hash', type: 'bool', unavailable: true },
  ],
  build: (inv, name) => generateTlsSecret(inv.ctx, name, inv.flags.string('cert'), inv.flags.string('key'), enforcedNamespace(inv)),
});

const dockerRegistry = generatorCommand({
  name: 'docker-registry',
  short: 'Create a secret for use with a Docker registry',
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
  short: 'Create a secret using a specified subcommand',
  subcommands: [dockerRegistry, generic, tls],
};
