/**
 * Jobs: generation counts spec changes, status is a subresource, and a new Job gets the
 * selector generated from its uid (pkg/registry/batch/job: generateSelectorIfNeeded).
 */
import { generateJobSelector } from '../defaults/job';
import type { Strategy } from './strategy';

export const jobStrategy: Strategy = { tracksGeneration: true, hasStatus: true, prepareWithUID: generateJobSelector };
