/**
 * `kubectl apply -f https://k8s.io/examples/…`: kubectl downloads URL arguments before reading
 * them. Tutorials use the documentation's short links, which point at the website repository's
 * examples folder; those are fetched from there directly. Without a network, the error reads like
 * kubectl's when the host cannot be reached.
 */
import type { KubectlContext } from '../context';
import { KubectlError } from '../cmdutil/errors';

const DOCS_EXAMPLES = 'https://raw.githubusercontent.com/kubernetes/website/main/content/en/examples/';

export const isUrl = (path: string) => /^https?:\/\//.test(path);

/** Where the bytes of a documentation short link actually live. */
export function downloadLocation(url: string): string {
  const m = /^https?:\/\/(?:k8s\.io|kubernetes\.io|www\.kubernetes\.io)\/examples\/(.+)$/.exec(url);
  return m ? DOCS_EXAMPLES + m[1] : url;
}

/** Downloads every URL among `filenames`; returns a context whose readFile answers them. */
export async function withDownloadedUrls(ctx: KubectlContext, filenames: readonly string[]): Promise<KubectlContext> {
  const urls = filenames.filter(isUrl);
  if (!urls.length) return ctx;
  const texts = new Map<string, string>();
  for (const url of urls) {
    const host = /^https?:\/\/([^/:]+)/.exec(url)?.[1] ?? url;
    if (!ctx.fetchUrl) throw new KubectlError(`Get "${url}": dial tcp: lookup ${host}: no such host`);
    const r = await ctx.fetchUrl(downloadLocation(url));
    if (r.error !== undefined) throw new KubectlError(`Get "${url}": dial tcp: lookup ${host}: ${r.error}`);
    if (r.status !== 200) throw new KubectlError(`unable to read URL "${url}", server reported ${r.status} ${r.statusText}, status code=${r.status}`);
    texts.set(url, r.body);
  }
  return { ...ctx, readFile: (path) => texts.get(path) ?? ctx.readFile(path), listDir: (path) => (texts.has(path) ? undefined : ctx.listDir?.(path)) };
}
