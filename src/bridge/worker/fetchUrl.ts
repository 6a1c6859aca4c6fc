/**
 * Downloads for `kubectl apply -f https://…`: the Worker's (or Node's) fetch, with a time limit.
 * Offline — the playground's normal state on a plane — it answers like an unreachable host.
 */
export async function fetchUrl(url: string): Promise<{ status: number; statusText: string; body: string } | { error: string }> {
  if (typeof fetch !== 'function') return { error: 'no such host' };
  try {
    const r = await fetch(url, { signal: AbortSignal.timeout(10_000) });
    return { status: r.status, statusText: r.statusText, body: await r.text() };
  } catch {
    return { error: 'no such host' };
  }
}
