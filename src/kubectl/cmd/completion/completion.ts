/**
 * `kubectl completion bash|zsh|fish|powershell`: prints a script the shell can `source`. The
 * playground's own terminal completes on its own, so the script only registers the hook a
 * real shell would call (`kubectl __complete …`); its header lines are kubectl's.
 */
import type { Command } from '../../cmdutil/command';
import { messages } from '../../messages';
import { usageError } from '../shared/usage';

const BASH = `# bash completion V2 for kubectl                              -*- shell-script -*-

__start_kubectl()
{
    local cur words cword
    COMPREPLY=()
    cur="\${COMP_WORDS[COMP_CWORD]}"
    COMPREPLY=( $(kubectl __complete "\${COMP_WORDS[@]:1}" 2>/dev/null | grep -v '^:') )
}

if [[ $(type -t compopt) = "builtin" ]]; then
    complete -o default -F __start_kubectl kubectl
else
    complete -o default -o nospace -F __start_kubectl kubectl
fi

# ex: ts=4 sw=4 et filetype=sh
`;

const ZSH = `#compdef kubectl
compdef _kubectl kubectl

# zsh completion for kubectl                              -*- shell-script -*-

_kubectl()
{
    local -a completions
    completions=("\${(@f)$(kubectl __complete "\${words[@]:1}" 2>/dev/null | grep -v '^:')}")
    _describe 'completions' completions
}

if [ "$funcstack[1]" = "_kubectl" ]; then
    _kubectl
fi
`;

const FISH = `# fish completion for kubectl                              -*- shell-script -*-

complete -c kubectl -f -a '(kubectl __complete (commandline -opc)[2..-1] (commandline -ct) 2>/dev/null | string match -v -r "^:")'
`;

const POWERSHELL = `# powershell completion for kubectl                              -*- shell-script -*-

Register-ArgumentCompleter -CommandName 'kubectl' -ScriptBlock {
    param($WordToComplete, $CommandAst, $CursorPosition)
    kubectl __complete $CommandAst.CommandElements[1..99] 2>$null | Where-Object { $_ -notlike ':*' }
}
`;

const SCRIPTS: Record<string, string> = { bash: BASH, zsh: ZSH, fish: FISH, powershell: POWERSHELL };

export const completionCommand: Command = {
  name: 'completion',
  short: 'Print a Tab-completion script for bash, zsh, fish or powershell',
  run(inv) {
    if (inv.args.length === 0) throw usageError(inv.commandPath, messages.completionNoShell);
    if (inv.args.length > 1) throw usageError(inv.commandPath, messages.completionTooMany);
    const script = SCRIPTS[inv.args[0]];
    if (!script) throw usageError(inv.commandPath, messages.completionUnsupported(inv.args[0]));
    inv.ctx.stdout.write(script);
    return 0;
  },
};
