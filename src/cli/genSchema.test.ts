import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { FIELDS_FILE, generate, SCHEMA_FILE } from './genSchema';

describe('generated API schema', () => {
  it('is what the generator produces from the installed kubernetes-types (run `npm run gen:schema`)', () => {
    expect(readFileSync(FIELDS_FILE, 'utf8') === generate(false)).toBe(true);
    expect(readFileSync(SCHEMA_FILE, 'utf8') === generate(true)).toBe(true);
  });
});
