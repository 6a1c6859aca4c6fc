/**
 * ImageLocality: prefers nodes that already hold the pod's images, weighted by image size and
 * scaled down when the image is on most nodes anyway (no point herding pods onto one node).
 */
import type { ScorePlugin } from '../framework';

const MB = 1024 * 1024;
const MIN_THRESHOLD = 23 * MB;
const MAX_CONTAINER_THRESHOLD = 1000 * MB;

/** normalizedImageName: an image without a tag or digest means `:latest`. */
export function normalizedImageName(name: string): string {
  return name.lastIndexOf(':') <= name.lastIndexOf('/') ? `${name}:latest` : name;
}

export const imageLocality: ScorePlugin = {
  name: 'ImageLocality',
  weight: 1,
  preScore(state) {
    const spec = state.pod.spec;
    return [...(spec?.initContainers ?? []), ...(spec?.containers ?? [])].map((c) => normalizedImageName(c.image ?? ''));
  },
  score(state, node, pre) {
    const images = pre as string[];
    if (!images.length) return 0;
    const total = state.allNodes.length;
    let sum = 0;
    for (const image of images) {
      const s = node.images.get(image);
      if (s) sum += Math.trunc(s.size * ((state.imageNodeCounts.get(image) ?? 0) / total));
    }
    const max = MAX_CONTAINER_THRESHOLD * images.length;
    const clamped = Math.min(Math.max(sum, MIN_THRESHOLD), max);
    return Math.trunc((100 * (clamped - MIN_THRESHOLD)) / (max - MIN_THRESHOLD));
  },
};
