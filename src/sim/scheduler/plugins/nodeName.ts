/** NodeName: a pod that names its node fits only that node. */
import { unresolvable, type FilterPlugin } from '../framework';

export const ERR_REASON_NODE_NAME = "node(s) didn't match the requested node name";

export const nodeName: FilterPlugin = {
  name: 'NodeName',
  filter(state, node) {
    const wanted = state.pod.spec?.nodeName;
    return !wanted || wanted === node.name ? undefined : unresolvable(ERR_REASON_NODE_NAME);
  },
};
