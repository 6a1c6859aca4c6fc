/**
 * The full playground for an embedded view: the same cluster profile, theme, language, lesson
 * and state, without the parameters that only make sense inside a host page.
 */
const EMBED_ONLY = ['embed', 'layout', 'readonly', 'autorun', 'speed', 'origins'];

export function fullPlaygroundUrl(href: string): string {
  const url = new URL(href);
  for (const name of EMBED_ONLY) url.searchParams.delete(name);
  return url.toString();
}
