/** kubectl attach's own messages (pkg/cmd/attach/attach.go, v1.32), word for word. */
export const attachMessages = {
  needsArgument: 'at least 1 argument is required for attach',
  tooManyArguments: (args: readonly string[]) => `expected POD, TYPE/NAME, or TYPE NAME, (at most 2 arguments) saw ${args.length}: [${args.join(' ')}]`,
  completedPod: (phase: string) => `cannot attach a container in a completed pod; current phase is ${phase}`,
  timedOut: 'timed out waiting for the condition',
  noTTY: (container: string) => `error: Unable to use a TTY - container ${container} did not allocate one`,
  pressEnter: "If you don't see a command prompt, try pressing enter.",
  sessionEnded: (pod: string, container: string) => `Session ended, resume using 'kubectl attach ${pod} -c ${container} -i -t' command when the pod is running`,
};
