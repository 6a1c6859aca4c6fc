/** Lesson prose: sanitised markdown with the lesson's commands where the author placed them. */
import type { ProseBlock } from '../../../bridge/main/types';
import { CommandBlock } from './CommandBlock';
import { Markdown } from './Markdown';

export function ProseBlocks({ blocks }: { blocks: ProseBlock[] }) {
  return (
    <>
      {blocks.map((b, i) =>
        b.kind === 'markdown' ? <Markdown key={i} text={b.text} /> : b.command.hidden ? null : <CommandBlock key={i} text={b.command.run} runnable={b.command.kind === 'run'} file={b.command.file} />,
      )}
    </>
  );
}
