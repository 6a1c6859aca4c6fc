/** The shape of an image as the catalogue describes it (see imageCatalog.ts). */
import type { ShellFlavour } from './programTypes';

export interface ImageTag {
  /** Compressed size as the registry reports it; this is what the kubelet's Pulled event prints. */
  sizeBytes: number;
  /** The software version inside, for startup lines and env (`NGINX_VERSION`). */
  version: string;
  /** Another tag with the same manifest, so both resolve to one digest (`latest` → `1.27.3`). */
  sameAs?: string;
}

export interface ImageConfig {
  entrypoint: string[];
  cmd: string[];
  /** Image ENV in Dockerfile order; `{{version}}` is replaced by the tag's version. */
  env: [string, string][];
  exposedPorts: number[];
  /** Which /bin/sh and coreutils the image ships; `none` for scratch and distroless images. */
  userland: ShellFlavour;
  hasBash: boolean;
  /** Executables beyond the userland, by name and by path, mapped to a server program id. */
  programs: Record<string, string>;
  /** Files the image ships that learners read (`cat /usr/share/nginx/html/index.html`); `{{version}}` as in env. */
  files?: Record<string, string>;
  idle: { memoryBytes: number; cpuMilli: number };
}

export interface ImageFamily {
  /** Canonical repository, e.g. `docker.io/library/nginx`. */
  repository: string;
  /** Other repositories that serve the same image (mirrors, renamed registries). */
  aliases?: string[];
  tags: Record<string, ImageTag>;
  config: ImageConfig;
  /** `os/arch` of the image's manifests; absent means linux/amd64 (the nodes' platform). */
  platforms?: string[];
}
