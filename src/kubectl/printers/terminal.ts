/**
 * printers.WriteEscaped: kubectl neutralises the terminal escape character and carriage
 * returns in everything it prints from objects, so a crafted name cannot drive the terminal.
 */
export function escapeTerminal(text: string): string {
  return text.replaceAll('\x1b', '^[').replaceAll('\r', '\\r');
}
