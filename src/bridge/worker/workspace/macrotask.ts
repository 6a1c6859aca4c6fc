/**
 * Waits one macrotask: every promise continuation queued so far (a woken command running until
 * it waits again) has run when this resolves. A MessageChannel, not setTimeout, because browsers
 * clamp nested timeouts to 4 ms and a replay yields thousands of times; both the Worker and Node
 * have it. The ports are closed so Node does not stay alive for them.
 */
export function yieldToMacrotasks(): Promise<void> {
  return new Promise((resolve) => {
    const { port1, port2 } = new MessageChannel();
    // Typed by hand: Node's typings of MessagePort lack the `onmessage` property both runtimes have.
    (port1 as unknown as { onmessage: () => void }).onmessage = () => {
      port1.close();
      port2.close();
      resolve();
    };
    port2.postMessage(null);
  });
}
