/**
 * The one place kubectl reaches into the simulation: the public `src/sim/index.ts`.
 */
export * from '../sim/index';
// Not yet re-exported by src/sim/index.ts; the lead moves this line there (lint flags it here).
export { createThreeWayMergePatch, isEmptyPatch, patchTypeForKind } from '../sim/apiserver/patch';
