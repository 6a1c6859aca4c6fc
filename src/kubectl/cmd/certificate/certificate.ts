/**
 * `kubectl certificate approve|deny (-f FILENAME | NAME …)`: adds the Approved or Denied condition
 * to CertificateSigningRequests through their `approval` subresource. A request that already has
 * the condition is left alone unless --force.
 */
import type { CertificateSigningRequest, CertificateSigningRequestCondition } from 'kubernetes-types/certificates/v1';
import { rfc3339 } from '../../../common/time';
import type { Command, Invocation } from '../../cmdutil/command';
import { KubectlError, aggregate } from '../../cmdutil/errors';
import { messages } from '../../messages';
import { KUSTOMIZE_FLAG } from '../../resource/filenameOptions';
import type { KubeObject } from '../../sim';
import { FILENAME, PRINT_FLAGS, RECURSIVE } from '../shared/commonFlags';
import { fetchObjects } from '../shared/fetch';
import { printResult } from '../shared/output';
import { refOf } from '../shared/refs';

interface Decision {
  verb: 'approve' | 'deny';
  type: 'Approved' | 'Denied';
  operation: string;
  reason: string;
  message: string;
}

const APPROVE: Decision = { verb: 'approve', type: 'Approved', operation: 'approved', reason: 'KubectlApprove', message: 'This CSR was approved by kubectl certificate approve.' };
const DENY: Decision = { verb: 'deny', type: 'Denied', operation: 'denied', reason: 'KubectlDeny', message: 'This CSR was denied by kubectl certificate deny.' };

function decide(inv: Invocation, d: Decision): number {
  if (!inv.args.length && !inv.flags.strings('filename').length && !inv.flags.string('kustomize')) throw new KubectlError(messages.certificateNeedsNames);
  const result = fetchObjects({ ...inv, args: inv.args.length ? ['certificatesigningrequests', ...inv.args] : [] });
  const errors: unknown[] = [...result.errors];
  for (const { info, object } of result.found) {
    try {
      const csr = inv.ctx.client.get<CertificateSigningRequest>(refOf(info), object.metadata.name);
      const decided = (csr.status?.conditions ?? []).some((c) => c.type === d.type);
      if (!decided || inv.flags.bool('force')) {
        const condition: CertificateSigningRequestCondition = { type: d.type, status: 'True', reason: d.reason, message: d.message, lastUpdateTime: rfc3339(inv.ctx.now()) };
        const status = { ...csr.status, conditions: [...(csr.status?.conditions ?? []), condition] };
        inv.ctx.client.update(refOf(info), { ...csr, status }, { subresource: 'approval' });
      }
      printResult(inv, info, object as KubeObject, d.operation, 'none');
    } catch (e) {
      errors.push(e);
    }
  }
  if (!result.found.length && !errors.length) inv.ctx.stdout.write(`${messages.noResourcesFoundPlain}\n`);
  aggregate(errors);
  return 0;
}

const decisionCommand = (d: Decision, short: string): Command => ({
  name: d.verb,
  short,
  flags: [FILENAME, KUSTOMIZE_FLAG, RECURSIVE, { name: 'force', type: 'bool' }, ...PRINT_FLAGS],
  run: (inv) => decide(inv, d),
});

export const certificateCommand: Command = {
  name: 'certificate',
  short: 'Approve or deny certificate signing requests',
  subcommands: [decisionCommand(APPROVE, 'Grant a certificate signing request'), decisionCommand(DENY, 'Turn down a certificate signing request')],
};
