/**
 * `kubectl help [command]` and `kubectl options`, cobra's help command and kubectl's page of
 * global flags. They take the root lazily because they are themselves part of the tree.
 */
import type { Command } from '../cmdutil/command';
import { findSubcommand } from '../cmdutil/command';
import { globalOptionsText, helpText, rootUsage } from '../cmdutil/help';

/** cobra's Find: follows the words as far as they name commands and ignores the rest. */
function findHelpTopic(root: Command, words: readonly string[]): { command: Command; path: string } | undefined {
  let command = root;
  const path = ['kubectl'];
  for (const word of words) {
    const next = findSubcommand(command, word);
    if (!next) break;
    command = next;
    path.push(next.name);
  }
  return command === root && words.length ? undefined : { command, path: path.join(' ') };
}

export function helpCommand(root: () => Command): Command {
  return {
    name: 'help',
    short: 'Show the help of any command',
    run: ({ ctx, args }) => {
      const topic = findHelpTopic(root(), args);
      if (topic) ctx.stdout.write(helpText(topic.command, topic.path));
      else ctx.stderr.write(`Unknown help topic [${args.map((a) => `\`${a}\``).join(' ')}]\n\n\n${rootUsage(root())}`);
      return 0;
    },
  };
}

export const optionsCommand: Command = {
  name: 'options',
  short: 'List the options every command accepts',
  run: ({ ctx }) => {
    ctx.stdout.write(globalOptionsText());
    return 0;
  },
};
