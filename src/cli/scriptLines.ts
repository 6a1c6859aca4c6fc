/**
 * Splits a script into the commands a learner would type one at a time: lines are joined while
 * the shell says the input is incomplete (open quotes, heredocs, trailing `\`, `|` or `&&`).
 */
export function splitCommands(text: string, isIncomplete: (s: string) => boolean): string[] {
  const out: string[] = [];
  let pending = '';
  for (const line of text.split('\n')) {
    pending = pending ? `${pending}\n${line}` : line;
    if (isIncomplete(pending)) continue;
    if (pending.trim() && !pending.trim().startsWith('#')) out.push(pending);
    pending = '';
  }
  if (pending.trim()) out.push(pending);
  return out;
}
