import { memo, useMemo } from 'react';
import { CommandBlock } from './CommandBlock';
import { renderTokens, splitMarkdown } from './markdown';

/** Sanitised markdown with runnable shell blocks. */
export const Markdown = memo(function Markdown({ text }: { text: string }) {
  const segments = useMemo(() => splitMarkdown(text), [text]);
  return (
    <>
      {segments.map((s, i) =>
        s.kind === 'command' ? <CommandBlock key={i} text={s.text} /> : <div key={i} className="prose" dangerouslySetInnerHTML={{ __html: renderTokens(s.tokens) }} />,
      )}
    </>
  );
});
