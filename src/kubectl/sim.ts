/**
 * The one place kubectl reaches into the simulation: the public `src/sim/index.ts`.
 */
export * from '../sim/index';
