import { parse } from 'yaml';
import { LessonFormatError } from './LessonFormatError';
import type { LessonCommand, LessonSpec, LessonText, ProseBlock, StepText } from './types';

const HEADING = /^##\s+(.+?)\s*\{#([a-z0-9-]+)\}\s*$/;
const DIRECTIVE = /^\{\{\s*(command|hint)\s+([a-z0-9-]+)\s*\}\}\s*$/;
const FENCE = /^\s*(```|~~~)/;

interface Section {
  id?: string;
  title: string;
  lines: string[];
  line: number;
}

function frontMatter(text: string, where: string): { meta: Record<string, unknown>; body: string; offset: number } {
  const m = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/.exec(text);
  if (!m) throw new LessonFormatError(`${where}: starts with front matter (--- title, summary ---)`);
  const meta = parse(m[1]) as Record<string, unknown>;
  return { meta: meta ?? {}, body: text.slice(m[0].length), offset: m[0].split('\n').length - 1 };
}

/** Splits at `## Title {#id}` headings that are not inside code fences. */
function sections(body: string, offset: number): Section[] {
  const out: Section[] = [{ title: '', lines: [], line: offset + 1 }];
  let fenced = false;
  body.split('\n').forEach((line, i) => {
    if (FENCE.test(line)) fenced = !fenced;
    const h = fenced ? null : HEADING.exec(line);
    if (h) out.push({ id: h[2], title: h[1], lines: [], line: offset + i + 1 });
    else out[out.length - 1].lines.push(line);
  });
  return out;
}

const markdown = (lines: string[]): ProseBlock[] => {
  const text = lines.join('\n').trim();
  return text ? [{ kind: 'markdown', text }] : [];
};

/** Turns a section into prose blocks and hint texts, placing commands at their directives. */
function proseOf(sec: Section, commands: LessonCommand[], where: string): { body: ProseBlock[]; hints: Record<string, string> } {
  const body: ProseBlock[] = [];
  const hints: Record<string, string> = {};
  let pending: string[] = [];
  let hint: string | undefined;
  let fenced = false;
  const flush = () => {
    if (hint !== undefined) hints[hint] = pending.join('\n').trim();
    else body.push(...markdown(pending));
    pending = [];
  };
  sec.lines.forEach((line, i) => {
    if (FENCE.test(line)) fenced = !fenced;
    const d = fenced ? null : DIRECTIVE.exec(line);
    if (!d) return void pending.push(line);
    const at = `${where}:${sec.line + i + 1}`;
    if (d[1] === 'command') {
      if (hint !== undefined) throw new LessonFormatError(`${at}: {{command}} after a {{hint}}: hints come last in a step`);
      const command = commands.find((c) => c.id === d[2]);
      if (!command) throw new LessonFormatError(`${at}: no command "${d[2]}" in this step of lesson.yaml`);
      flush();
      body.push({ kind: 'command', command });
    } else {
      flush();
      if (hints[d[2]] !== undefined) throw new LessonFormatError(`${at}: hint "${d[2]}" twice`);
      hint = d[2];
    }
  });
  flush();
  return { body, hints };
}

function stepText(sec: Section, step: LessonSpec['steps'][number], where: string): StepText {
  const { body, hints } = proseOf(sec, step.commands, where);
  for (const c of step.commands) {
    if (!c.hidden && !body.some((b) => b.kind === 'command' && b.command.id === c.id)) {
      throw new LessonFormatError(`${where}: step "${step.id}" never shows command "${c.id}" ({{command ${c.id}}}); mark it hidden if only the solution uses it`);
    }
  }
  for (const h of step.hints) if (!hints[h.id]) throw new LessonFormatError(`${where}: step "${step.id}" has no text for hint "${h.id}"`);
  for (const id of Object.keys(hints)) {
    if (!step.hints.some((h) => h.id === id)) throw new LessonFormatError(`${where}: hint "${id}" is not declared in lesson.yaml step "${step.id}"`);
  }
  return { title: sec.title, body, hints };
}

/** Parses one language's markdown (`en.md`) against the lesson's spec. */
export function parseLessonText(text: string, spec: LessonSpec, where: string): LessonText {
  const { meta, body, offset } = frontMatter(text, where);
  if (typeof meta.title !== 'string' || typeof meta.summary !== 'string') throw new LessonFormatError(`${where}: front matter needs title and summary`);
  const [intro, ...rest] = sections(body, offset);
  const finish = rest.find((s) => s.id === 'finish');
  const stepSections = rest.filter((s) => s !== finish);
  const ids = stepSections.map((s) => s.id).join(', ');
  const want = spec.steps.map((s) => s.id).join(', ');
  if (ids !== want) throw new LessonFormatError(`${where}: step sections are [${ids}], lesson.yaml has [${want}] (## Title {#id}, in order)`);
  if (finish && rest[rest.length - 1] !== finish) throw new LessonFormatError(`${where}: {#finish} must be the last section`);
  const steps: Record<string, StepText> = {};
  spec.steps.forEach((step, i) => (steps[step.id] = stepText(stepSections[i], step, where)));
  const closing = finish ? proseOf(finish, [], where) : { body: [], hints: {} };
  return { title: meta.title, summary: meta.summary, intro: proseOf(intro, [], where).body, steps, finish: closing.body };
}
