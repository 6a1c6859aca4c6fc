import { describe, expect, it } from 'vitest';
import type { Script, Word } from './ast';
import { IncompleteInputError, ShellSyntaxError } from './errors';
import { isIncomplete, parseScript } from './parser';

/** Flattens a word to `text` with quoted literals in «» and expansions as $name / $(src). */
function show(word: Word): string {
  return word.parts
    .map((p) => {
      if (p.kind === 'literal') return p.quoted ? `«${p.text}»` : p.text;
      if (p.kind === 'param') return `$${p.name}${p.op ?? ''}`;
      if (p.kind === 'command') return `$(${p.source})`;
      if (p.kind === 'arith') return `$((${p.source}))`;
      if (p.kind === 'process') return `<(${p.source})`;
      return p.text;
    })
    .join('');
}

function shape(script: Script): string[][] {
  return script.items.map((item) => {
    const pipelines = [item.first, ...item.rest.map((r) => r.pipeline)];
    return pipelines.map((p) =>
      p.commands.map((c) => (c.type === 'simple' ? [...c.assignments.map((a) => `${a.name}=${show(a.value)}`), ...c.words.map(show)].join(' ') : `<${c.type}>`)).join(' | '),
    );
  });
}

describe('parseScript words', () => {
  it.each([
    { name: 'plain words', src: 'kubectl get pods', want: [['kubectl get pods']] },
    { name: 'single quotes', src: "echo 'a b'", want: [['echo «a b»']] },
    { name: 'double quotes with a variable', src: 'echo "x $A y"', want: [['echo «x »$A« y»']] },
    { name: 'braced parameter with default', src: 'echo ${A:-d}', want: [['echo $A:-']] },
    { name: 'command substitution with a quoted paren', src: 'echo $(echo ")")', want: [['echo $(echo ")")']] },
    { name: 'backticks', src: 'echo `date`', want: [['echo $(date)']] },
    { name: 'arithmetic', src: 'echo $((1+2))', want: [['echo $((1+2))']] },
    { name: 'backslash escapes', src: 'echo a\\ b', want: [['echo a« »b']] },
    { name: 'assignment and env prefix', src: 'A=1 B=x cmd', want: [['A=1 B=x cmd']] },
    { name: 'assignment after the command word is an argument', src: 'export A=b', want: [['export A=b']] },
    { name: 'process substitution', src: 'source <(kubectl completion bash)', want: [['source <(kubectl completion bash)']] },
    { name: 'comment', src: 'echo a # rest', want: [['echo a']] },
    { name: 'lists and pipelines', src: 'a | b && c || d; e', want: [['a | b', 'c', 'd'], ['e']] },
    { name: 'newlines separate commands', src: 'a\n\nb\n', want: [['a'], ['b']] },
    { name: 'line continuation', src: 'echo a \\\n  b', want: [['echo a b']] },
    { name: 'compound commands in a pipeline', src: 'for i in a; do echo; done | sort; { a; } && (b)', want: [['<for> | sort'], ['<group>', '<group>']] },
  ])('$name', ({ src, want }) => {
    expect(shape(parseScript(src))).toEqual(want);
  });
});

describe('parseScript redirects and heredocs', () => {
  it.each([
    { name: '>', src: 'echo a > f', want: [{ fd: 1, op: '>', target: 'f' }] },
    { name: '>>', src: 'echo a >> f', want: [{ fd: 1, op: '>>', target: 'f' }] },
    { name: '2>&1', src: 'cmd 2>&1', want: [{ fd: 2, op: '>&', target: '1' }] },
    { name: '&>', src: 'cmd &> f', want: [{ fd: 1, op: '&>', target: 'f' }] },
    { name: '< and 2>', src: 'cmd < in 2> err', want: [{ fd: 0, op: '<', target: 'in' }, { fd: 2, op: '>', target: 'err' }] },
    { name: '>/dev/null without a space', src: 'cmd >/dev/null', want: [{ fd: 1, op: '>', target: '/dev/null' }] },
  ])('$name', ({ src, want }) => {
    const cmd = parseScript(src).items[0].first.commands[0];
    expect(cmd.redirects.map((r) => ({ fd: r.fd, op: r.op, target: show(r.target!) }))).toEqual(want);
  });

  it.each([
    { name: 'heredoc body', src: 'cat <<EOF\na $X\nEOF', body: 'a $X\n', expand: true },
    { name: 'quoted delimiter', src: "cat <<'EOF'\na $X\nEOF", body: 'a $X\n', expand: false },
    { name: '<<- strips leading tabs', src: 'cat <<-EOF\n\ta\n\tEOF', body: 'a\n', expand: true },
    { name: 'heredoc piped to kubectl', src: 'cat <<EOF | kubectl apply -f -\nkind: Pod\nEOF', body: 'kind: Pod\n', expand: true },
    { name: 'heredoc with a file redirect after it', src: 'cat <<EOF > web.yaml\nx\nEOF', body: 'x\n', expand: true },
  ])('$name', ({ src, body, expand }) => {
    const cmd = parseScript(src).items[0].first.commands[0];
    expect(cmd.redirects[0].heredoc).toEqual({ body, expand });
  });

  it('keeps commands after a heredoc', () => {
    expect(shape(parseScript('cat <<EOF\nx\nEOF\necho after'))).toEqual([['cat'], ['echo after']]);
  });
});

describe('isIncomplete', () => {
  it.each([
    { name: 'complete line', src: 'echo hi', incomplete: false },
    { name: 'open single quote', src: "echo 'abc", incomplete: true },
    { name: 'open double quote', src: 'echo "abc', incomplete: true },
    { name: 'open command substitution', src: 'echo $(date', incomplete: true },
    { name: 'trailing backslash', src: 'echo a \\', incomplete: true },
    { name: 'trailing pipe', src: 'kubectl get pods |', incomplete: true },
    { name: 'trailing &&', src: 'true &&', incomplete: true },
    { name: 'trailing ||', src: 'true ||\n', incomplete: true },
    { name: 'heredoc waiting for its terminator', src: 'cat <<EOF\nline', incomplete: true },
    { name: 'heredoc terminated', src: 'cat <<EOF\nline\nEOF', incomplete: false },
    { name: 'quote closed on the next line', src: 'echo "a\nb"', incomplete: false },
    { name: 'syntax error is not incomplete', src: 'echo | | x', incomplete: false },
    { name: 'for loop waiting for done', src: 'for i in 1 2; do\n  echo $i', incomplete: true },
    { name: 'while loop waiting for do', src: 'while true', incomplete: true },
    { name: 'if waiting for fi', src: 'if true; then echo a', incomplete: true },
    { name: 'group waiting for }', src: '{ echo a;', incomplete: true },
    { name: 'closed loop', src: 'while true; do sleep 1; done', incomplete: false },
  ])('$name', ({ src, incomplete }) => {
    expect(isIncomplete(src)).toBe(incomplete);
  });
});

describe('syntax errors', () => {
  it.each([
    { name: 'double pipe', src: 'a | | b', message: "syntax error near unexpected token `|'" },
    { name: 'leading ;', src: '; a', message: "syntax error near unexpected token `;'" },
    { name: 'lone )', src: 'echo )', message: "syntax error near unexpected token `)'" },
    { name: 'redirect without target', src: 'echo >', message: "syntax error near unexpected token `newline'" },
    { name: 'leading &&', src: '&& b', message: "syntax error near unexpected token `&&'" },
  ])('$name', ({ src, message }) => {
    expect(() => parseScript(src)).toThrow(new ShellSyntaxError(message));
  });

  it('reports an open quote as incomplete input', () => {
    expect(() => parseScript('echo "a')).toThrow(IncompleteInputError);
  });
});
