import { describe, expect, it } from 'vitest';
import { isAllowedOrigin, parseHostMessage } from './messages';

describe('parseHostMessage', () => {
  const valid = [
    { name: 'init', data: { v: 1, type: 'init' } },
    { name: 'run with an id and a typing speed', data: { v: 1, type: 'run', id: 'a1', command: 'kubectl get nodes', charsPerSecond: 30 } },
    { name: 'run at once', data: { v: 1, type: 'run', command: 'kubectl get pods', charsPerSecond: 0 } },
    { name: 'goto-step', data: { v: 1, type: 'goto-step', lesson: 'pods', step: 2 } },
    { name: 'reset to a profile', data: { v: 1, type: 'reset', profile: 'multinode' } },
    { name: 'reset', data: { v: 1, type: 'reset' } },
    { name: 'pause', data: { v: 1, type: 'pause' } },
    { name: 'resume', data: { v: 1, type: 'resume' } },
    { name: 'set-speed to a fraction', data: { v: 1, type: 'set-speed', speed: 0.5 } },
    { name: 'load-state', data: { v: 1, type: 'load-state', state: 'eJx' } },
  ];
  for (const c of valid) it(`accepts ${c.name}`, () => expect(parseHostMessage(c.data)).toEqual({ ok: true, message: c.data }));

  const invalid: { name: string; data: unknown; error: RegExp; id?: string }[] = [
    { name: 'a string', data: 'run ls', error: /must be an object/ },
    { name: 'null', data: null, error: /must be an object/ },
    { name: 'an array', data: [1], error: /must be an object/ },
    { name: 'no version', data: { type: 'init' }, error: /unsupported protocol version undefined/ },
    { name: 'a later version, keeping the id', data: { v: 2, type: 'init', id: 'x' }, error: /version 2: this playground speaks v1/, id: 'x' },
    { name: 'an unknown type', data: { v: 1, type: 'exec' }, error: /unknown message type "exec"/ },
    { name: 'a prototype key as type', data: { v: 1, type: 'toString' }, error: /unknown message type/ },
    { name: 'run without a command', data: { v: 1, type: 'run' }, error: /run: command must be a non-empty string/ },
    { name: 'run with an empty command', data: { v: 1, type: 'run', command: '' }, error: /command must be a non-empty string/ },
    { name: 'run with two lines', data: { v: 1, type: 'run', command: 'ls\nrm -rf /' }, error: /single line/ },
    { name: 'run with a fractional typing speed', data: { v: 1, type: 'run', command: 'ls', charsPerSecond: 2.5 }, error: /charsPerSecond must be a whole number/ },
    { name: 'goto-step with step 0', data: { v: 1, type: 'goto-step', lesson: 'pods', step: 0 }, error: /step must be a whole number from 1/ },
    { name: 'goto-step with a string step', data: { v: 1, type: 'goto-step', lesson: 'pods', step: '2' }, error: /step must be/ },
    { name: 'set-speed with NaN', data: { v: 1, type: 'set-speed', speed: Number.NaN }, error: /speed must be a number/ },
    { name: 'set-speed too fast', data: { v: 1, type: 'set-speed', speed: 1000 }, error: /speed must be a number from 0.1 to 100/ },
    { name: 'reset with a numeric profile', data: { v: 1, type: 'reset', profile: 3 }, error: /profile must be/ },
    { name: 'a numeric id', data: { v: 1, type: 'init', id: 7 }, error: /id must be a string/ },
  ];
  for (const c of invalid) {
    it(`refuses ${c.name}`, () => {
      const parsed = parseHostMessage(c.data);
      expect(parsed.ok).toBe(false);
      if (parsed.ok) return;
      expect(parsed.error).toMatch(c.error);
      expect(parsed.id).toBe(c.id);
    });
  }
});

describe('isAllowedOrigin', () => {
  const cases = [
    { name: 'an exact match', origin: 'https://deck.example', allowed: ['https://deck.example'], want: true },
    { name: 'another port', origin: 'https://deck.example:8443', allowed: ['https://deck.example'], want: false },
    { name: 'a subdomain', origin: 'https://evil.deck.example', allowed: ['https://deck.example'], want: false },
    { name: 'an empty list', origin: 'https://deck.example', allowed: [], want: false },
  ];
  for (const c of cases) it(c.name, () => expect(isAllowedOrigin(c.origin, c.allowed)).toBe(c.want));
});
