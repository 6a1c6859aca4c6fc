/** The Worker's (or the page's, in the fallback) own timers pacing the feed's messages. */
import type { FrameTimer } from './clusterFeed';

export const timeoutFrameTimer: FrameTimer = {
  schedule(fn, ms) {
    setTimeout(fn, ms);
  },
};
