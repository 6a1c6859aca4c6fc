/**
 * Building blocks the image catalogues (imageCatalog.ts, docsImages.ts) share: units, the usual
 * PATH, an image config with defaults, and images both catalogues carry under other names.
 */
import type { ImageConfig } from './imageTypes';

export const MB = 1_000_000;
export const Mi = 1024 * 1024;
export const PATH: [string, string] = ['PATH', '/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin'];

/** An image's config from what differs; `idleMemoryBytes` is what its process uses doing nothing. */
export function imageConfig(partial: Partial<ImageConfig> & Pick<ImageConfig, 'userland'>, idleMemoryBytes: number): ImageConfig {
  return {
    entrypoint: [],
    cmd: [],
    env: [PATH],
    exposedPorts: [],
    hasBash: partial.userland === 'dash' || partial.userland === 'bash',
    programs: {},
    idle: { memoryBytes: idleMemoryBytes, cpuMilli: 0 },
    ...partial,
  };
}

/** Redis on Debian (the official image, and the guestbook's copy of it): server, CLI, entrypoint. */
export function redisConfig(idleMemoryMi: number): ImageConfig {
  return imageConfig(
    {
      userland: 'dash',
      entrypoint: ['docker-entrypoint.sh'],
      cmd: ['redis-server'],
      env: [PATH, ['REDIS_VERSION', '{{version}}']],
      exposedPorts: [6379],
      programs: { 'docker-entrypoint.sh': 'redis-entrypoint', 'redis-server': 'redis', 'redis-cli': 'redis-cli' },
      idle: { memoryBytes: Math.round(idleMemoryMi * Mi), cpuMilli: 2 },
    },
    0,
  );
}
