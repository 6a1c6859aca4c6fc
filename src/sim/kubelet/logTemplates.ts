/**
 * Placeholders in program lines, filled in when the line is printed so timestamps match the
 * virtual clock: `{{date:FORMAT}}`, `{{hostname}}`, `{{podIP}}`, `{{env:NAME}}`.
 */
const days = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const p2 = (n: number) => String(n).padStart(2, '0');

/** The clock formats the images print, all in UTC like a container without TZ. */
export function formatDate(ms: number, format: string): string {
  const d = new Date(ms);
  const [Y, M, D, h, m, s] = [d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate(), d.getUTCHours(), d.getUTCMinutes(), d.getUTCSeconds()];
  const milli = String(d.getUTCMilliseconds()).padStart(3, '0');
  const micro = `${milli}${String(Math.floor((ms * 1000) % 1000)).padStart(3, '0')}`;
  const hms = `${p2(h)}:${p2(m)}:${p2(s)}`;
  const ymd = `${Y}-${p2(M + 1)}-${p2(D)}`;
  switch (format) {
    case 'nginx':
      return `${Y}/${p2(M + 1)}/${p2(D)} ${hms}`;
    case 'iso':
      return `${ymd}T${hms}.${milli}Z`;
    case 'isomicro':
      return `${ymd}T${hms}.${micro}Z`;
    case 'redis':
      return `${p2(D)} ${months[M]} ${Y} ${hms}.${milli}`;
    case 'httpd':
      return `${days[d.getUTCDay()]} ${months[M]} ${p2(D)} ${hms}.${micro} ${Y}`;
    case 'entrypoint':
      return `${ymd} ${hms}+00:00`;
    case 'pg':
      return `${ymd} ${hms}.${milli} UTC`;
    case 'klog':
      return `${p2(M + 1)}${p2(D)} ${hms}.${micro}`;
    case 'unix':
      return String(Math.floor(ms / 1000));
    case 'mongo':
      return `${ymd}T${hms}.${milli}+00:00`;
    case 'log4j':
      return `${ymd} ${hms},${milli}`;
    case 'fluentd':
      return `${ymd} ${hms} +0000`;
    case 'clf':
      return `${p2(D)}/${months[M]}/${Y}:${hms} +0000`;
    default:
      // busybox and GNU `date` without arguments
      return `${days[d.getUTCDay()]} ${months[M]} ${String(D).padStart(2, ' ')} ${hms} UTC ${Y}`;
  }
}

export interface TemplateContext {
  now: number;
  hostname: string;
  podIP: string;
  env: Record<string, string>;
}

export function fillTemplate(text: string, ctx: TemplateContext): string {
  return text.replace(/\{\{(\w+)(?::([^}]*))?\}\}/g, (whole, key: string, arg: string | undefined) => {
    if (key === 'date') return formatDate(ctx.now, arg ?? '');
    if (key === 'hostname') return ctx.hostname;
    if (key === 'podIP') return ctx.podIP;
    if (key === 'env') return ctx.env[arg ?? ''] ?? '';
    return whole;
  });
}
