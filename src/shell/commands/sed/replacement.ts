type CaseMode = 'none' | 'upper' | 'lower';

/** Expands a sed replacement: `&`, `\1`…`\9`, `\n`, `\t`, and GNU's `\U` `\L` `\E` `\u` `\l`. */
export function expandReplacement(template: string, match: string, groups: string[]): string {
  let out = '';
  let mode: CaseMode = 'none';
  let oneShot: 'upper' | 'lower' | undefined;
  const add = (s: string): void => {
    let text = mode === 'upper' ? s.toUpperCase() : mode === 'lower' ? s.toLowerCase() : s;
    if (oneShot && text) {
      text = (oneShot === 'upper' ? text[0].toUpperCase() : text[0].toLowerCase()) + text.slice(1);
      oneShot = undefined;
    }
    out += text;
  };
  for (let i = 0; i < template.length; i++) {
    const c = template[i];
    if (c === '&') {
      add(match);
      continue;
    }
    if (c !== '\\' || i + 1 >= template.length) {
      add(c);
      continue;
    }
    const n = template[++i];
    if (/[0-9]/.test(n)) add(n === '0' ? match : (groups[Number(n) - 1] ?? ''));
    else if (n === 'n') add('\n');
    else if (n === 't') add('\t');
    else if (n === 'U') mode = 'upper';
    else if (n === 'L') mode = 'lower';
    else if (n === 'E') mode = 'none';
    else if (n === 'u') oneShot = 'upper';
    else if (n === 'l') oneShot = 'lower';
    else add(n);
  }
  return out;
}
