/** Turns a parsed shell script into flat program instructions with jumps. */
import type { Instruction } from './programTypes';
import { type ShellNode, parseShell, ShellSyntaxError } from './shellSyntax';
import type { ShellFlavour } from './programTypes';

export type CompiledScript = { ok: true; instructions: Instruction[] } | { ok: false; error: string };

/** The message each shell prints for a syntax error in `sh -c '…'`. */
function syntaxErrorLine(flavour: ShellFlavour, detail: string): string {
  if (flavour === 'bash') return `bash: -c: line 1: syntax error: ${detail}`;
  if (flavour === 'dash') return `sh: 1: Syntax error: ${detail}`;
  return `sh: syntax error: ${detail}`;
}

export function compileScript(source: string, flavour: ShellFlavour): CompiledScript {
  try {
    return { ok: true, instructions: compileNode(parseShell(source, { arrays: flavour === 'bash' })) };
  } catch (e) {
    if (e instanceof ShellSyntaxError) return { ok: false, error: syntaxErrorLine(flavour, e.message) };
    throw e;
  }
}

export function compileNode(root: ShellNode): Instruction[] {
  const out: Instruction[] = [];
  let loops = 0;
  const emit = (i: Instruction): number => out.push(i) - 1;
  const patch = (at: number, to: number) => {
    const ins = out[at];
    if (ins.op === 'jump' || ins.op === 'jumpIf') ins.to = to;
    else if (ins.op === 'forNext') ins.exitTo = to;
  };

  const walk = (node: ShellNode): void => {
    switch (node.type) {
      case 'list':
        for (const item of node.items) {
          if (item.background && item.node.type === 'pipeline') {
            emit({ op: 'run', pipeline: item.node.commands, background: true });
          } else walk(item.node);
        }
        return;
      case 'pipeline':
        emit({ op: 'run', pipeline: node.commands, background: false, negate: node.negate || undefined });
        return;
      case 'andOr': {
        walk(node.first);
        for (const { op, node: next } of node.rest) {
          const skip = emit({ op: 'jumpIf', to: -1, when: op === '&&' ? 'failure' : 'success' });
          walk(next);
          patch(skip, out.length);
        }
        return;
      }
      case 'loop': {
        const top = out.length;
        walk(node.cond);
        const leave = emit({ op: 'jumpIf', to: -1, when: node.until ? 'success' : 'failure' });
        walk(node.body);
        emit({ op: 'jump', to: top });
        patch(leave, out.length);
        return;
      }
      case 'for': {
        const loop = loops++;
        emit({ op: 'forInit', loop, words: node.words });
        const top = emit({ op: 'forNext', loop, name: node.name, exitTo: -1 });
        walk(node.body);
        emit({ op: 'jump', to: top });
        patch(top, out.length);
        return;
      }
      case 'if': {
        const ends: number[] = [];
        for (const branch of node.branches) {
          walk(branch.cond);
          const next = emit({ op: 'jumpIf', to: -1, when: 'failure' });
          walk(branch.body);
          ends.push(emit({ op: 'jump', to: -1 }));
          patch(next, out.length);
        }
        if (node.otherwise) walk(node.otherwise);
        for (const e of ends) patch(e, out.length);
        return;
      }
    }
  };
  walk(root);
  return out;
}
