/**
 * `openssl` (OpenSSL 3, as on Ubuntu 24.04) for the client-certificate flow of the Kubernetes
 * docs: `genrsa` a key, `req -new` a CSR, and read the issued certificate with `x509`. Keys,
 * requests and certificates are real DER with stand-in numbers (src/common/pkix): no neutral
 * layer has cryptography, so key material is derived from the output path and the virtual time.
 */
import { certificationRequest, parseSubjectArg, pem, publicKeyOf, readPem, rsaPrivateKey } from '../../../common/pkix';
import type { CommandContext, CommandFn } from '../../executor/types';
import { FsError } from '../../vfs/FsError';
import { certificateSummary, certificateText, parseCertificate } from './x509Text';

const VERSION = 'OpenSSL 3.0.13 30 Jan 2024 (Library: OpenSSL 3.0.13 30 Jan 2024)';

interface Options {
  values: Map<string, string>;
  flags: Set<string>;
  operands: string[];
}

class OptionError extends Error {}

/** openssl's single-dash options: `withValue` take the next word. */
function parseOptions(cmd: string, args: string[], withValue: readonly string[], flags: readonly string[]): Options {
  const out: Options = { values: new Map(), flags: new Set(), operands: [] };
  for (let i = 0; i < args.length; i++) {
    const name = args[i].replace(/^--?/, '');
    if (!args[i].startsWith('-')) out.operands.push(args[i]);
    else if (withValue.includes(name)) {
      if (i + 1 >= args.length) throw new OptionError(`${cmd}: Option -${name} needs a value\n${cmd}: Use -help for summary.`);
      out.values.set(name, args[++i]);
    } else if (flags.includes(name)) out.flags.add(name);
    else throw new OptionError(`${cmd}: Unknown option: ${args[i]}\n${cmd}: Use -help for summary.`);
  }
  return out;
}

function readInput(ctx: CommandContext, path: string | undefined, what: string): string | undefined {
  if (path === undefined) return ctx.stdin;
  try {
    return ctx.fs.readFile(ctx.fs.resolve(ctx.cwd, path));
  } catch (e) {
    if (!(e instanceof FsError)) throw e;
    ctx.stderr.write(`Could not open file or uri for loading ${what} from ${path}\n`);
    return undefined;
  }
}

function writeOutput(ctx: CommandContext, path: string | undefined, content: string): void {
  if (path === undefined) ctx.stdout.write(content);
  else ctx.fs.writeFile(ctx.fs.resolve(ctx.cwd, path), content);
}

function genrsa(ctx: CommandContext, args: string[]): number {
  const o = parseOptions('genrsa', args, ['out'], []);
  const bits = Number(o.operands[0] ?? 2048);
  if (!Number.isInteger(bits) || bits < 512 || bits % 64 !== 0) {
    ctx.stderr.write(`genrsa: Invalid number "${o.operands[0]}" for option numbits\ngenrsa: Use -help for summary.\n`);
    return 1;
  }
  const seed = `${ctx.fs.resolve(ctx.cwd, o.values.get('out') ?? '-')}@${ctx.now()}`;
  writeOutput(ctx, o.values.get('out'), pem('PRIVATE KEY', rsaPrivateKey(seed, bits)));
  return 0;
}

function req(ctx: CommandContext, args: string[]): number {
  const o = parseOptions('req', args, ['key', 'out', 'subj', 'in'], ['new', 'nodes', 'noout', 'text']);
  if (!o.flags.has('new') || !o.values.has('key')) {
    ctx.stderr.write('req: this shell makes requests from an existing key: openssl req -new -key FILE -subj /CN=NAME [-out FILE]\n');
    return 1;
  }
  const keyPath = o.values.get('key')!;
  const keyText = readInput(ctx, keyPath, 'private key');
  if (keyText === undefined) return 1;
  const key = readPem(keyText);
  const spki = key?.type === 'PRIVATE KEY' ? publicKeyOf(key.der) : undefined;
  if (!spki) {
    ctx.stderr.write(`Could not read private key from ${keyPath}\n`);
    return 1;
  }
  const subj = o.values.get('subj');
  const subject = subj === undefined ? undefined : parseSubjectArg(subj);
  if (!subject) {
    ctx.stderr.write(subj === undefined ? 'req: this shell cannot prompt for the subject: give it with -subj "/CN=NAME"\n' : `req: Error parsing -subj argument\n`);
    return 1;
  }
  const request = certificationRequest(subject, spki, `${keyText}/${subj}`);
  writeOutput(ctx, o.values.get('out'), pem('CERTIFICATE REQUEST', request));
  return 0;
}

function x509(ctx: CommandContext, args: string[]): number {
  const o = parseOptions('x509', args, ['in', 'out'], ['noout', 'text', 'subject', 'issuer', 'dates']);
  const inPath = o.values.get('in');
  const input = readInput(ctx, inPath, 'certificate');
  if (input === undefined) return 1;
  const block = readPem(input);
  const cert = block?.type === 'CERTIFICATE' ? parseCertificate(block.der) : undefined;
  if (!block || !cert) {
    ctx.stderr.write(`Could not read certificate from ${inPath ?? '<stdin>'}\nUnable to load certificate\n`);
    return 1;
  }
  let out = '';
  if (o.flags.has('subject')) out += certificateSummary(cert, 'subject');
  if (o.flags.has('issuer')) out += certificateSummary(cert, 'issuer');
  if (o.flags.has('dates')) out += certificateSummary(cert, 'dates');
  if (o.flags.has('text')) out += certificateText(cert);
  if (!o.flags.has('noout')) out += pem('CERTIFICATE', block.der);
  writeOutput(ctx, o.values.get('out'), out);
  return 0;
}

const SUBCOMMANDS: Record<string, (ctx: CommandContext, args: string[]) => number> = {
  genrsa,
  req,
  x509,
  version: (ctx) => {
    ctx.stdout.write(`${VERSION}\n`);
    return 0;
  },
};

export const openssl: CommandFn = async (ctx) => {
  const [sub, ...args] = ctx.argv.slice(1);
  const run = sub === undefined ? undefined : SUBCOMMANDS[sub];
  if (!run) {
    ctx.stderr.write(sub === undefined ? 'openssl: this shell has no interactive mode; try openssl genrsa, req or x509\n' : `Invalid command '${sub}'; type "help" for a list.\n`);
    return 1;
  }
  try {
    return run(ctx, args);
  } catch (e) {
    if (!(e instanceof OptionError)) throw e;
    ctx.stderr.write(`${e.message}\n`);
    return 1;
  }
};
