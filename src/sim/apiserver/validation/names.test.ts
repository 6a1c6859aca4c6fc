import { describe, expect, it } from 'vitest';
import { isConfigMapKey, isDNS1035Label, isDNS1123Label, isDNS1123Subdomain, isQualifiedName, isValidIP, isValidLabelValue, isValidPortName, nameIsDNSSubdomain } from './names';

const SUBDOMAIN_MSG =
  "a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character (e.g. 'example.com', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*')";
const LABEL_MSG =
  "a lowercase RFC 1123 label must consist of lower case alphanumeric characters or '-', and must start and end with an alphanumeric character (e.g. 'my-name',  or '123-abc', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?')";
const DNS1035_MSG =
  "a DNS-1035 label must consist of lower case alphanumeric characters or '-', start with an alphabetic character, and end with an alphanumeric character (e.g. 'my-name',  or 'abc-123', regex used for validation is '[a-z]([-a-z0-9]*[a-z0-9])?')";

describe('name formats', () => {
  it.each([
    ['subdomain ok', isDNS1123Subdomain, 'web.example-1', []],
    ['subdomain uppercase', isDNS1123Subdomain, 'Web', [SUBDOMAIN_MSG]],
    ['subdomain too long', isDNS1123Subdomain, 'a'.repeat(254), ['must be no more than 253 characters']],
    ['label ok', isDNS1123Label, '1-web', []],
    ['label with dot', isDNS1123Label, 'a.b', [LABEL_MSG]],
    ['label too long and bad', isDNS1123Label, `${'a'.repeat(64)}-`, ['must be no more than 63 characters', LABEL_MSG]],
    ['1035 starts with digit', isDNS1035Label, '1web', [DNS1035_MSG]],
    ['1035 ok', isDNS1035Label, 'web-1', []],
  ])('%s', (_name, fn, value, expected) => {
    expect(fn(value)).toEqual(expected);
  });

  it('lets generateName end with a dash', () => {
    expect(nameIsDNSSubdomain('web-', true)).toEqual([]);
    expect(nameIsDNSSubdomain('web-', false)).toEqual([SUBDOMAIN_MSG]);
  });
});

describe('qualified names, label values, config keys, ports, IPs', () => {
  it.each([
    ['app', []],
    ['app.kubernetes.io/name', []],
    ['/name', ['prefix part must be non-empty']],
    ['a/b/c', ["a qualified name must consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyName',  or 'my.name',  or '123-abc', regex used for validation is '([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]') with an optional DNS subdomain prefix and '/' (e.g. 'example.com/MyName')"]],
    ['-app', ["name part must consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyName',  or 'my.name',  or '123-abc', regex used for validation is '([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]')"]],
  ])('qualified name %j', (value, expected) => {
    expect(isQualifiedName(value)).toEqual(expected);
  });

  it.each([
    ['', []],
    ['v1.2_x', []],
    ['has space', ["a valid label must be an empty string or consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyValue',  or 'my_value',  or '12345', regex used for validation is '(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?')"]],
  ])('label value %j', (value, expected) => {
    expect(isValidLabelValue(value)).toEqual(expected);
  });

  it.each([
    ['app.properties', []],
    ['..data', ["must not start with '..'"]],
    ['a/b', ["a valid config key must consist of alphanumeric characters, '-', '_' or '.' (e.g. 'key.name',  or 'KEY_NAME',  or 'key-name', regex used for validation is '[-._a-zA-Z0-9]+')"]],
  ])('config key %j', (value, expected) => {
    expect(isConfigMapKey(value)).toEqual(expected);
  });

  it.each([
    ['http', []],
    ['80', ['must contain at least one letter (a-z)']],
    ['my--port', ['must not contain consecutive hyphens']],
    ['a-very-long-port-name', ['must be no more than 15 characters']],
  ])('port name %j', (value, expected) => {
    expect(isValidPortName(value)).toEqual(expected);
  });

  it.each([
    ['10.96.0.1', true],
    ['256.1.1.1', false],
    ['fd00::1', true],
    ['2001:db8:0:0:0:0:0:1', true],
    ['abc', false],
  ])('IP %j', (value, ok) => {
    expect(isValidIP(value)).toBe(ok);
  });
});
