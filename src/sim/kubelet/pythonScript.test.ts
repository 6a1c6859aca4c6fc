import { describe, expect, it } from 'vitest';
import { runPython } from './pythonScript';

const perIndex = 'import os, sys\nindex = int(os.environ.get("JOB_COMPLETION_INDEX"))\nif index == 0:\n  sys.exit(1)\nelif index == 1:\n  sys.exit(42)\nelse:\n  print("done", index)\n';

describe('runPython', () => {
  it.each([
    { name: 'if branch', index: '0', code: 1, out: [] },
    { name: 'elif branch', index: '1', code: 42, out: [] },
    { name: 'else branch prints', index: '3', code: 0, out: ['done 3'] },
  ])('$name', ({ index, code, out }) => {
    const r = runPython(perIndex, { JOB_COMPLETION_INDEX: index });
    expect(r.exitCode).toBe(code);
    expect(r.steps.filter((s) => s.kind === 'out').map((s) => ('text' in s ? s.text : ''))).toEqual(out);
  });

  it.each([
    { name: 'loops over range with arithmetic', script: 'for i in range(1, 3):\n  print(i * 10 % 7)', out: ['3', '6'], code: 0 },
    { name: 'sleep becomes virtual time', script: 'import time\ntime.sleep(2)\nprint("up")', out: ['up'], code: 0 },
    { name: 'unknown name raises NameError', script: 'print(x)', out: [], code: 1 },
    { name: 'code outside the subset fails loudly', script: 'import json\njson.dumps({})', out: [], code: 1 },
  ])('$name', ({ script, out, code }) => {
    const r = runPython(script, {});
    expect(r.exitCode).toBe(code);
    expect(r.steps.filter((s) => s.kind === 'out').map((s) => ('text' in s ? s.text : ''))).toEqual(out);
    if (code) expect(r.steps.at(-1)).toMatchObject({ kind: 'err', text: expect.stringContaining('Traceback') });
  });
});
