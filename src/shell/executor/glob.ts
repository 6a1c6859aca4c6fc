import type { VirtualFs } from '../vfs/VirtualFs';

/**
 * Pathname expansion. `pattern` marks quoted characters with a leading `\`, so only unquoted
 * `*`, `?` and `[...]` are wildcards. Returns undefined when nothing matches (bash then
 * keeps the word as typed).
 */
export function expandGlob(pattern: string, fs: VirtualFs, cwd: string): string[] | undefined {
  if (!hasWildcard(pattern)) return undefined;
  const absolute = pattern.startsWith('/');
  const segments = pattern.split('/').filter((s) => s !== '');
  let paths = [absolute ? '/' : ''];
  for (const seg of segments) {
    const next: string[] = [];
    for (const prefix of paths) {
      if (!hasWildcard(seg)) {
        const candidate = join(prefix, unescape(seg));
        if (fs.stat(fs.resolve(cwd, candidate || '.'))) next.push(candidate);
        continue;
      }
      const dir = fs.resolve(cwd, prefix || '.');
      if (!fs.isDirectory(dir)) continue;
      const re = toRegExp(seg);
      for (const name of fs.readdir(dir)) {
        if (name.startsWith('.') && !seg.startsWith('.') && !seg.startsWith('\\.')) continue;
        if (re.test(name)) next.push(join(prefix, name));
      }
    }
    paths = next;
  }
  return paths.length ? paths.sort() : undefined;
}

function join(prefix: string, name: string): string {
  if (prefix === '') return name;
  return prefix.endsWith('/') ? prefix + name : `${prefix}/${name}`;
}

export function hasWildcard(pattern: string): boolean {
  for (let i = 0; i < pattern.length; i++) {
    if (pattern[i] === '\\') i++;
    else if (pattern[i] === '*' || pattern[i] === '?' || pattern[i] === '[') return true;
  }
  return false;
}

function unescape(s: string): string {
  return s.replace(/\\(.)/g, '$1');
}

function toRegExp(seg: string): RegExp {
  let re = '';
  for (let i = 0; i < seg.length; i++) {
    const c = seg[i];
    if (c === '\\') re += escapeRe(seg[++i] ?? '');
    else if (c === '*') re += '.*';
    else if (c === '?') re += '.';
    else if (c === '[') {
      const end = seg.indexOf(']', i + 2);
      if (end < 0) re += '\\[';
      else {
        const body = seg.slice(i + 1, end).replace(/^!/, '^').replace(/\\/g, '\\\\');
        re += `[${body}]`;
        i = end;
      }
    } else re += escapeRe(c);
  }
  return new RegExp(`^${re}$`);
}

function escapeRe(c: string): string {
  return c.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}
