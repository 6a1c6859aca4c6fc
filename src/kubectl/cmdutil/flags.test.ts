import { describe, expect, it } from 'vitest';
import { type FlagSpec, missingRequiredFlags, parseFlags } from './flags';

const specs: FlagSpec[] = [
  { name: 'namespace', shorthand: 'n', type: 'string' },
  { name: 'output', shorthand: 'o', type: 'string' },
  { name: 'selector', shorthand: 'l', type: 'string' },
  { name: 'all-namespaces', shorthand: 'A', type: 'bool' },
  { name: 'watch', shorthand: 'w', type: 'bool' },
  { name: 'all', type: 'bool' },
  { name: 'env', type: 'stringArray' },
  { name: 'image', type: 'stringSlice' },
  { name: 'grace-period', type: 'int', default: -1 },
  { name: 'dry-run', type: 'string', default: 'none', noOptDefault: 'unchanged' },
  { name: 'timeout', type: 'duration' },
];

describe('parseFlags', () => {
  it.each([
    ['short with separate value', ['get', '-n', 'prod', 'pods'], { namespace: 'prod' }, ['get', 'pods']],
    ['long with equals', ['--namespace=prod'], { namespace: 'prod' }, []],
    ['long with separate value', ['--namespace', 'prod'], { namespace: 'prod' }, []],
    ['short glued value', ['-oyaml'], { output: 'yaml' }, []],
    ['short with equals', ['-o=json'], { output: 'json' }, []],
    ['selector with equals sign inside', ['-l', 'app=web'], { selector: 'app=web' }, []],
    ['chained bools', ['-wA'], { watch: true, 'all-namespaces': true }, []],
    ['bool with explicit false', ['--all=false'], { all: false }, []],
    ['string array keeps commas', ['--env', 'A=1,2', '--env', 'B=2'], { env: ['A=1,2', 'B=2'] }, []],
    ['string slice splits commas', ['--image=a,b', '--image', 'c'], { image: ['a', 'b', 'c'] }, []],
    ['int', ['--grace-period=0'], { 'grace-period': 0 }, []],
    ['int default', [], { 'grace-period': -1 }, []],
    ['no-opt default', ['--dry-run'], { 'dry-run': 'unchanged' }, []],
    ['duration', ['--timeout=1m30s'], { timeout: 90 }, []],
    ['flags anywhere', ['pods', '-n', 'x', 'web'], { namespace: 'x' }, ['pods', 'web']],
    ['dash dash stops parsing', ['web', '--', 'sleep', '-n', '5'], { namespace: '' }, ['web', 'sleep', '-n', '5']],
    ['lone dash is an argument', ['-'], {}, ['-']],
  ] as [string, string[], Record<string, unknown>, string[]][])('%s', (_name, argv, values, args) => {
    const parsed = parseFlags(argv, specs);
    for (const [k, v] of Object.entries(values)) expect(parsed.values.get(k)).toEqual(v);
    expect(parsed.args).toEqual(args);
  });

  it('records where -- split the arguments', () => {
    expect(parseFlags(['web', '--', 'sleep'], specs).argsLenAtDash).toBe(1);
    expect(parseFlags(['web'], specs).argsLenAtDash).toBe(-1);
  });

  it.each([
    ['unknown long', ['--foo'], 'unknown flag: --foo'],
    ['unknown long with value', ['--foo=bar'], 'unknown flag: --foo'],
    ['unknown shorthand', ['-z'], "unknown shorthand flag: 'z' in -z"],
    ['unknown shorthand in chain', ['-wz'], "unknown shorthand flag: 'z' in -wz"],
    ['missing short value', ['-n'], "flag needs an argument: 'n' in -n"],
    ['missing long value', ['--namespace'], 'flag needs an argument: --namespace'],
    ['bad int', ['--grace-period=x'], 'invalid argument "x" for "--grace-period" flag: strconv.ParseInt: parsing "x": invalid syntax'],
    ['bad bool names shorthand', ['--all-namespaces=foo'], 'invalid argument "foo" for "-A, --all-namespaces" flag: strconv.ParseBool: parsing "foo": invalid syntax'],
    ['bad duration', ['--timeout=5x'], 'invalid argument "5x" for "--timeout" flag: time: invalid duration "5x"'],
  ])('%s', (_name, argv, message) => {
    expect(() => parseFlags(argv, specs)).toThrow(message);
  });

  it('reports missing required flags after parsing', () => {
    const required: FlagSpec[] = [{ name: 'image', type: 'stringSlice', required: true }, { name: 'replicas', type: 'int', required: true }];
    expect(missingRequiredFlags(required, parseFlags([], required))).toBe('required flag(s) "image", "replicas" not set');
    expect(missingRequiredFlags(required, parseFlags(['--image=x', '--replicas=1'], required))).toBeUndefined();
  });
});
