import { describe, expect, it } from 'vitest';
import { FakeClient } from '../testing/fakeClient';
import { kubectl, testContext } from '../testing/testContext';
import { ROOT } from '../cmd';
import { GLOBAL_FLAGS } from './globalFlags';
import { goDuration, shownDefault, wordWrap } from './help';
import type { FlagSpec } from './flags';

async function run(line: string): Promise<{ out: string; err: string; code: number }> {
  const { code, stdout, stderr } = await kubectl(testContext(new FakeClient()), line);
  return { out: stdout, err: stderr, code };
}

const OPTIONS_POINTER = 'Use "kubectl options" for a list of global command-line options (applies to all commands).\n';

describe('help page layout', () => {
  it('a command with flags: description, examples, wrapped options, usage', async () => {
    const { out, code } = await run('cordon --help');
    expect(code).toBe(0);
    expect(out).toBe(
      'Marks a node unschedulable: pods already on it keep running, but no new pods are placed there.\n\n' +
        'Examples:\n  # Stop scheduling pods onto worker-1\n  kubectl cordon worker-1\n\n' +
        'Options:\n' +
        "    --dry-run='none':\n" +
        '\tTry the change without making it. client only prints the object that\n' +
        '\twould be sent; server sends it for a full check that is not stored;\n' +
        '\tnone (the default) really does it. Allowed values: none, server,\n\tclient.\n\n' +
        "    -l, --selector='':\n" +
        '\tLabel selector to pick objects by, such as app=web or tier!=db;\n' +
        '\tcomma-separated terms must all match. Supports =, ==, !=, in, notin\n\tand exists.\n\n' +
        'Usage:\n  kubectl cordon NODE [options]\n\n' +
        OPTIONS_POINTER,
    );
  });

  it('a group: paragraphs, examples, its commands padded like cobra, two pointers', async () => {
    const { out } = await run('create secret');
    expect(out).toBe(
      'Makes a Secret. Choose the kind with a subcommand:\n\n' +
        ' docker-registry stores credentials for pulling images from a private registry.\n\n' +
        ' generic stores arbitrary keys and values (type Opaque unless you say otherwise).\n\n' +
        ' tls stores a certificate and its private key.\n\n' +
        'Examples:\n  # Store a database password\n  kubectl create secret generic db-auth --from-literal=password=s3cret\n\n' +
        'Available Commands:\n' +
        '  docker-registry   Create a secret with image registry credentials\n' +
        '  generic           Create a secret from literals, files or env files\n' +
        '  tls               Create a secret holding a TLS certificate and key\n\n' +
        'Usage:\n  kubectl create secret (docker-registry | generic | tls) [options]\n\n' +
        'Use "kubectl create secret <command> --help" for more information about a given command.\n' +
        OPTIONS_POINTER,
    );
  });

  it('aliases follow the description; blank lines between examples keep the indent', async () => {
    const { out } = await run('create deployment -h');
    expect(out).toContain('\n\nAliases:\ndeployment, deploy\n\nExamples:\n  # Run nginx');
    expect(out).toContain('--image=nginx\n  \n  # Start three replicas');
    expect(out).toContain("\n    -r, --replicas=1:\n\tHow many pods the deployment keeps running.\n\n");
  });

  it('no flag description line is wider than the terminal', async () => {
    for (const line of (await run('get --help')).out.split('\n').filter((l) => l.startsWith('\t'))) {
      expect(line.length + 7, line).toBeLessThanOrEqual(80);
    }
  });
});

describe('root, help and options', () => {
  it('kubectl --help groups the commands as kubectl does', async () => {
    const { out } = await run('--help');
    const titles = out.split('\n').filter((l) => /^[A-Z].*Commands.*:$/.test(l));
    expect(titles).toEqual([
      'Basic Commands (Beginner):', 'Basic Commands (Intermediate):', 'Deploy Commands:', 'Cluster Management Commands:',
      'Troubleshooting and Debugging Commands:', 'Advanced Commands:', 'Settings Commands:', 'Other Commands:',
    ]);
    expect(out).toContain('Deploy Commands:\n  rollout         ');
    expect(out.endsWith(`Usage:\n  kubectl [flags] [options]\n\nUse "kubectl <command> --help" for more information about a given command.\n${OPTIONS_POINTER}`)).toBe(true);
    for (const c of ROOT.subcommands ?? []) {
      // kubectl lists `alpha` only when it has commands, which v1.32's has not.
      if (!['help', 'options', 'alpha'].includes(c.name)) expect(out, c.name).toContain(`\n  ${c.name} `);
    }
  });

  it.each([
    ['bare kubectl', '', '--help'],
    ['help with a command', 'help get', 'get --help'],
    ['help with a nested command', 'help create secret tls', 'create secret tls --help'],
    ['help stops at the first word that is no command', 'help rollout nosuch', 'rollout --help'],
  ])('%s', async (_name, line, same) => {
    expect((await run(line)).out).toBe((await run(same)).out);
  });

  it('an unknown help topic prints the command list on stderr', async () => {
    const { out, err, code } = await run('help nosuch');
    expect([out, code]).toEqual(['', 0]);
    expect(err.startsWith('Unknown help topic [`nosuch`]\n\n\nBasic Commands (Beginner):\n')).toBe(true);
  });

  it('kubectl options describes every global flag', async () => {
    const { out } = await run('options');
    expect(out.startsWith('The following options can be passed to any command:\n\n')).toBe(true);
    expect(out).toContain("\n    -n, --namespace='':\n\tNamespace to work in;");
    for (const f of GLOBAL_FLAGS.filter((g) => g.name !== 'help')) expect(out).toMatch(new RegExp(`--${f.name}=.*:\\n\\t\\S`));
  });
});

describe('flag defaults as pflag prints them', () => {
  const flag = (type: FlagSpec['type'], def?: FlagSpec['default']): FlagSpec => ({ name: 'x', type, default: def });
  it.each([
    ['empty string', flag('string'), "''"],
    ['string', flag('string', 'strict'), "'strict'"],
    ['bool', flag('bool'), 'false'],
    ['bool true', flag('bool', true), 'true'],
    ['int', flag('int', -1), '-1'],
    ['empty slice', flag('stringSlice'), '[]'],
    ['slice', flag('stringSlice', ['localhost']), '[localhost]'],
    ['array', flag('stringArray'), '[]'],
    ['map', flag('stringToString'), ''],
    ['zero duration', flag('duration'), '0s'],
    ['minute duration', flag('duration', 60), '1m0s'],
    ['seconds', flag('duration', 30), '30s'],
  ])('%s', (_name, f, want) => expect(shownDefault(f)).toBe(want));

  it.each([
    [0, '0s'], [5, '5s'], [90, '1m30s'], [3600, '1h0m0s'], [0.5, '0.5s'],
  ])('Go duration of %s seconds', (s, want) => expect(goDuration(s)).toBe(want));

  it('wraps at spaces and keeps a long word whole', () => {
    expect(wordWrap('aa bb cc', 5)).toEqual(['aa bb', 'cc']);
    expect(wordWrap('abcdefgh ij', 4)).toEqual(['abcdefgh', 'ij']);
  });
});
