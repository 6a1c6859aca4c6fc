/** NodeUnschedulable: a cordoned node (`spec.unschedulable`) takes only pods that tolerate it. */
import { unresolvable, type FilterPlugin } from '../framework';
import { tolerationsTolerateTaint } from '../tolerations';

export const ERR_REASON_UNSCHEDULABLE = 'node(s) were unschedulable';

const UNSCHEDULABLE_TAINT = { key: 'node.kubernetes.io/unschedulable', effect: 'NoSchedule' };

export const nodeUnschedulable: FilterPlugin = {
  name: 'NodeUnschedulable',
  filter(state, node) {
    if (!node.unschedulable) return undefined;
    return tolerationsTolerateTaint(state.pod.spec?.tolerations, UNSCHEDULABLE_TAINT) ? undefined : unresolvable(ERR_REASON_UNSCHEDULABLE);
  },
};
