import { describe, expect, it } from 'vitest';
import {
  formatLabelSelector,
  isEverything,
  labelSelectorAsString,
  matches,
  NOTHING,
  parseSelector,
  requiresExactMatch,
  selectorFromLabelSelector,
  selectorFromSet,
  selectorToString,
} from './labels';

describe('parseSelector prints back canonically', () => {
  const cases: [string, string, string][] = [
    ['equals', 'app=web', 'app=web'],
    ['double equals kept', 'app==web', 'app==web'],
    ['not equals', 'app!=web', 'app!=web'],
    ['in sorts values', 'tier in (web,api)', 'tier in (api,web)'],
    ['notin', 'tier notin (db)', 'tier notin (db)'],
    ['exists', 'canary', 'canary'],
    ['does not exist', '!canary', '!canary'],
    ['greater than', 'gen>3', 'gen>3'],
    ['less than', 'gen<3', 'gen<3'],
    ['sorted by key', 'z=1,a=2,m', 'a=2,m,z=1'],
    ['whitespace ignored', '  app = web ,  tier in ( a , b ) ', 'app=web,tier in (a,b)'],
    ['empty value', 'app=', 'app='],
    ['empty entries in a set', 'x in (,a)', 'x in (,a)'],
    ['empty set means the empty value', 'x in ()', 'x in ()'],
    ['keywords are values in value position', 'x in (in,notin)', 'x in (in,notin)'],
    ['prefixed key', 'app.kubernetes.io/name=web', 'app.kubernetes.io/name=web'],
    ['empty selector', '', ''],
  ];
  it.each(cases)('%s', (_name, input, printed) => {
    expect(selectorToString(parseSelector(input))).toBe(printed);
  });
});

describe('parseSelector errors carry apimachinery wording', () => {
  const keyRegex =
    "name part must consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyName',  or 'my.name',  or '123-abc', regex used for validation is '([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]')";
  const valueRegex =
    "a valid label must be an empty string or consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyValue',  or 'my_value',  or '12345', regex used for validation is '(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?')";
  const cases: [string, string, string][] = [
    ['two values', 'x=a b', "found 'b', expected: ',' or 'end of string'"],
    ['set without parenthesis', 'x in a', "unable to parse requirement: found 'a' expected: '('"],
    ['unclosed set', 'x in (a', "unable to parse requirement: found '', expected: ',' or ')'"],
    ['trailing comma', 'x,', "found '', expected: identifier after ','"],
    ['leading comma', ',x', "found ',', expected: !, identifier, or 'end of string'"],
    ['operator as value', 'x=>', "unable to parse requirement: found '>', expected: identifier"],
    ['missing operator', 'x y', "unable to parse requirement: found 'y', expected: in, notin, =, ==, !=, gt, lt"],
    ['second operator', 'x=a=b', "found '=', expected: ',' or 'end of string'"],
    ['operator after !key', '!x=a', "found '=', expected: ',' or 'end of string'"],
    ['gt needs an integer', 'x>a', `unable to parse requirement: values[0]: Invalid value: "a": for 'Gt', 'Lt' operators, the value must be an integer`],
    ['bad key', 'Foo_=bar', `unable to parse requirement: <nil>: Invalid value: "Foo_": ${keyRegex}`],
    ['bad value', 'a=b/c', `unable to parse requirement: values[0][a]: Invalid value: "b/c": ${valueRegex}`],
    ['symbol runs split into operators', 'x !! y', "unable to parse requirement: found '!', expected: in, notin, =, ==, !=, gt, lt"],
  ];
  it.each(cases)('%s', (_name, input, message) => {
    expect(() => parseSelector(input)).toThrow(message);
    try {
      parseSelector(input);
    } catch (e) {
      expect((e as Error).message).toBe(message);
    }
  });
});

describe('matches', () => {
  const cases: [string, string, Record<string, string> | undefined, boolean][] = [
    ['equal value', 'app=web', { app: 'web' }, true],
    ['other value', 'app=web', { app: 'api' }, false],
    ['missing key fails =', 'app=web', {}, false],
    ['missing key passes !=', 'app!=web', {}, true],
    ['missing key passes notin', 'tier notin (a)', undefined, true],
    ['in matches one of', 'tier in (a,b)', { tier: 'b' }, true],
    ['exists', 'canary', { canary: '' }, true],
    ['does not exist', '!canary', { canary: 'true' }, false],
    ['gt numeric', 'gen>3', { gen: '10' }, true],
    ['gt not a number', 'gen>3', { gen: 'x' }, false],
    ['lt numeric', 'gen<3', { gen: '2' }, true],
    ['all requirements ANDed', 'app=web,tier=fe', { app: 'web', tier: 'be' }, false],
    ['empty selector matches all', '', undefined, true],
    ['keys named like Object members', 'constructor=x,in', { constructor: 'x', in: '' }, true],
    ['absent Object-member key', 'constructor', {}, false],
  ];
  it.each(cases)('%s', (_name, sel, labels, want) => {
    expect(matches(parseSelector(sel), labels)).toBe(want);
  });

  it('the nothing selector matches nothing', () => {
    expect(matches(NOTHING, {})).toBe(false);
    expect(isEverything(NOTHING)).toBe(false);
    expect(isEverything(parseSelector(''))).toBe(true);
  });
});

describe('metav1.LabelSelector', () => {
  const cases: [string, Parameters<typeof labelSelectorAsString>[0], string, string][] = [
    ['matchLabels', { matchLabels: { app: 'web' } }, 'app=web', 'app=web'],
    [
      'labels and expressions sorted by key',
      { matchLabels: { tier: 'fe', app: 'web' }, matchExpressions: [{ key: 'env', operator: 'In', values: ['prod', 'dev'] }] },
      'app=web,env in (dev,prod),tier=fe',
      'app=web,env in (dev,prod),tier=fe',
    ],
    ['exists and does not exist', { matchExpressions: [{ key: 'b', operator: 'DoesNotExist' }, { key: 'a', operator: 'Exists' }] }, 'a,!b', 'a,!b'],
    ['empty selects everything', {}, '', '<none>'],
    ['nil selects nothing', undefined, '', '<none>'],
  ];
  it.each(cases)('%s', (_name, ls, asString, described) => {
    expect(labelSelectorAsString(ls)).toBe(asString);
    expect(formatLabelSelector(ls)).toBe(described);
  });

  it('refuses unknown operators', () => {
    const ls = { matchExpressions: [{ key: 'a', operator: 'Equals', values: ['x'] }] };
    expect(() => selectorFromLabelSelector(ls)).toThrow('"Equals" is not a valid label selector operator');
    expect(formatLabelSelector(ls)).toBe('<error>');
  });

  it('refuses operators named like Object members', () => {
    expect(() => selectorFromLabelSelector({ matchExpressions: [{ key: 'a', operator: 'constructor' }] })).toThrow('"constructor" is not a valid label selector operator');
  });

  it('refuses In without values', () => {
    expect(() => selectorFromLabelSelector({ matchExpressions: [{ key: 'a', operator: 'In' }] })).toThrow(
      "values: Invalid value: []string{}: for 'in', 'notin' operators, values set can't be empty",
    );
  });

  it('nil selects nothing, empty everything', () => {
    expect(matches(selectorFromLabelSelector(undefined), { app: 'web' })).toBe(false);
    expect(matches(selectorFromLabelSelector({}), { app: 'web' })).toBe(true);
  });
});

describe('helpers', () => {
  it('selectorFromSet', () => {
    expect(selectorToString(selectorFromSet({ b: '2', a: '1' }))).toBe('a=1,b=2');
    expect(isEverything(selectorFromSet(undefined))).toBe(true);
  });

  it.each([
    ['app=web', 'app', 'web'],
    ['app in (web)', 'app', 'web'],
    ['app in (web,api)', 'app', undefined],
    ['app!=web', 'app', undefined],
    ['tier=fe', 'app', undefined],
  ])('requiresExactMatch(%s, %s)', (sel, key, want) => {
    expect(requiresExactMatch(parseSelector(sel), key)).toBe(want);
  });
});
