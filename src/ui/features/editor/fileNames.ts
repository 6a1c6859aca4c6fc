/** How the editor names its file to the learner, and the command Apply runs. */

/** `/root/web.yaml` → `~/web.yaml`, as the prompt would show it; other paths stay as they are. */
export function displayPath(path: string, home = '/root'): string {
  if (path === home) return '~';
  return path.startsWith(`${home}/`) ? `~${path.slice(home.length)}` : path;
}

/** The path to type in the terminal: relative to home when possible, quoted when needed. */
export function shellPath(path: string, home = '/root'): string {
  const p = path.startsWith(`${home}/`) ? path.slice(home.length + 1) : path;
  return /^[\w./~-]+$/.test(p) ? p : `'${p.replace(/'/g, `'\\''`)}'`;
}

export function applyCommand(path: string): string {
  return `kubectl apply -f ${shellPath(path)}`;
}
