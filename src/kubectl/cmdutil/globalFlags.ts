/**
 * kubectl's persistent flags (genericclioptions.ConfigFlags plus klog's `-v`). They are accepted
 * anywhere on the line, before or after the verb; most only matter to a real client's transport.
 */
import type { FlagSpec } from './flags';

const str = (name: string, shorthand?: string): FlagSpec => ({ name, shorthand, type: 'string' });
const bool = (name: string): FlagSpec => ({ name, type: 'bool' });

export const GLOBAL_FLAGS: readonly FlagSpec[] = [
  str('namespace', 'n'),
  str('context'),
  str('cluster'),
  str('user'),
  str('kubeconfig'),
  str('server', 's'),
  str('token'),
  str('as'),
  { name: 'as-group', type: 'stringArray' },
  str('as-uid'),
  str('username'),
  str('password'),
  str('certificate-authority'),
  str('client-certificate'),
  str('client-key'),
  str('tls-server-name'),
  str('cache-dir'),
  { name: 'request-timeout', type: 'string', default: '0' },
  { name: 'v', shorthand: 'v', type: 'int' },
  str('vmodule'),
  { name: 'log-flush-frequency', type: 'duration', default: 5 },
  bool('insecure-skip-tls-verify'),
  bool('match-server-version'),
  bool('warnings-as-errors'),
  bool('disable-compression'),
  { name: 'profile', type: 'string', default: 'none' },
  { name: 'profile-output', type: 'string', default: 'profile.pprof' },
  { name: 'help', shorthand: 'h', type: 'bool' },
];
