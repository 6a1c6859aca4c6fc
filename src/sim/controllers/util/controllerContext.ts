/**
 * What the composition root hands every controller: the one client, the shared informers, and
 * the cluster's clock and seeded randomness.
 */
import type { Clock } from '../../../common/clock';
import type { Rng } from '../../../common/rng';
import type { SharedInformerFactory } from '../../client/informer';
import type { ClusterClient } from '../../client/types';

export interface ControllerContext {
  client: ClusterClient;
  informers: SharedInformerFactory;
  clock: Clock;
  rng: Rng;
}
