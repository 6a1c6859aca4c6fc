/** `kubectl create namespace NAME` and `kubectl create serviceaccount NAME`. */
import { generateNamespace } from '../../generators/namespace';
import { generateServiceAccount } from '../../generators/serviceAccount';
import { generatorCommand } from './generatorCommand';
import { enforcedNamespace } from './createObject';

export const createNamespace = generatorCommand({
  name: 'namespace',
  aliases: ['ns'],
  short: 'Create a namespace',
  flags: [],
  build: (_inv, name) => generateNamespace(name),
});

export const createServiceAccount = generatorCommand({
  name: 'serviceaccount',
  aliases: ['sa'],
  short: 'Create a service account',
  flags: [],
  build: (inv, name) => generateServiceAccount(name, enforcedNamespace(inv)),
});
