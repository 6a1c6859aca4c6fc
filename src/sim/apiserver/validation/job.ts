/** batch/v1 Job (ValidateJob, ValidateJobUpdate): the selector is generated unless manualSelector is true. */
import type { Job } from 'kubernetes-types/batch/v1';
import type { KubeObject } from '../../api/types';
import { nameIsDNSSubdomain } from './names';
import { immutable, validateObjectMeta, validateObjectMetaUpdate } from './objectMeta';
import { semanticEqual } from './semantic';
import type { KindValidation } from './types';
import { validateJobSpec } from './jobSpec';

export const jobValidation: KindValidation = {
  validateCreate(obj: KubeObject) {
    const job = obj as Job;
    return [...validateObjectMeta(job.metadata, true, nameIsDNSSubdomain), ...validateJobSpec(job.spec, 'spec', job.spec?.manualSelector !== true)];
  },
  validateUpdate(obj: KubeObject, old: KubeObject) {
    const [job, prev] = [obj as Job, old as Job];
    // A suspended Job may change its template (to fit a queue's resources); a running one may not.
    const templateMutable = prev.spec?.suspend === true;
    return [
      ...validateObjectMetaUpdate(job.metadata, prev.metadata),
      ...validateJobSpec(job.spec, 'spec', false),
      ...immutable(job.spec?.selector, prev.spec?.selector, 'spec.selector', semanticEqual),
      ...immutable(job.spec?.completions, prev.spec?.completions, 'spec.completions', semanticEqual),
      ...immutable(job.spec?.completionMode, prev.spec?.completionMode, 'spec.completionMode', semanticEqual),
      ...(templateMutable ? [] : immutable(job.spec?.template, prev.spec?.template, 'spec.template', semanticEqual)),
    ];
  },
};
