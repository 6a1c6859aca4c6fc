/**
 * Lesson prose as markdown: shell code blocks become runnable command blocks, everything else
 * is rendered by marked and sanitised by DOMPurify (lesson text is data: no scripts, no event
 * handlers, no javascript: links).
 */
import DOMPurify from 'dompurify';
import { Lexer, Parser, type Token } from 'marked';

export type Segment = { kind: 'html'; tokens: Token[] } | { kind: 'command'; text: string };

/** Fenced blocks in these languages (or none) are commands to run; others are shown as code. */
const SHELL = new Set(['', 'sh', 'bash', 'shell', 'console']);

/** Splits markdown into runs of prose and the shell code blocks between them. */
export function splitMarkdown(text: string): Segment[] {
  const out: Segment[] = [];
  for (const token of new Lexer().lex(text)) {
    if (token.type === 'code' && SHELL.has((token.lang ?? '').trim())) {
      out.push({ kind: 'command', text: token.text.replace(/^\$ /gm, '') });
      continue;
    }
    const last = out.at(-1);
    if (last?.kind === 'html') last.tokens.push(token);
    else out.push({ kind: 'html', tokens: [token] });
  }
  return out;
}

/** HTML for prose tokens, safe to insert. */
export function renderTokens(tokens: Token[]): string {
  const links = Object.assign(tokens, { links: {} });
  return DOMPurify.sanitize(Parser.parse(links), { USE_PROFILES: { html: true } });
}
