import { describe, expect, it } from 'vitest';
import { cycleState, makeNode, makePod, nodeInfo } from '../fixtures';
import { imageLocality, normalizedImageName } from './imageLocality';

const MB = 1024 * 1024;

describe('ImageLocality', () => {
  const names = [
    { image: 'nginx', want: 'nginx:latest' },
    { image: 'nginx:1.27', want: 'nginx:1.27' },
    { image: 'localhost:5000/app', want: 'localhost:5000/app:latest' },
  ];
  it.each(names)('normalizes $image', ({ image, want }) => expect(normalizedImageName(image)).toBe(want));

  const cases = [
    { name: 'image absent', images: [], onNodes: 0, want: 0 },
    { name: 'big image on every node', images: [{ names: ['nginx:1.27'], sizeBytes: 523 * MB }], onNodes: 2, want: 51 },
    { name: 'big image on half the nodes counts half', images: [{ names: ['nginx:1.27'], sizeBytes: 523 * MB }], onNodes: 1, want: 24 },
  ];
  it.each(cases)('$name', ({ images, onNodes, want }) => {
    const node = nodeInfo(makeNode('n', { images }));
    const state = cycleState(makePod('p'), [node, nodeInfo(makeNode('m'))]);
    state.imageNodeCounts = new Map([['nginx:1.27', onNodes]]);
    expect(imageLocality.score(state, node, imageLocality.preScore!(state, [node]))).toBe(want);
  });
});
