/**
 * Image resolution as containerd does it on a pull: normalise the reference, find the
 * repository and tag, and fail with containerd's own wording when the registry would.
 */
import { hexDigest } from './hash';
import { imageCatalog } from './imageCatalog';
import { addonImageCatalog } from './addonImages';
import { systemImageCatalog } from './systemImages';
import { docsImageCatalog } from './docsImages';
import { type ImageReference, parseImageReference } from './imageReference';
import type { ImageConfig, ImageFamily, ImageTag } from './imageTypes';

export type ImageResolution =
  | {
      ok: true;
      /** The reference as written in the pod spec. */
      image: string;
      ref: ImageReference;
      /** What `containerStatuses[].image` shows: `docker.io/library/nginx:1.25`. */
      normalized: string;
      /** What `containerStatuses[].imageID` shows: `docker.io/library/nginx@sha256:…`. */
      imageID: string;
      sizeBytes: number;
      /** Typical pull time on a node with an empty cache, before jitter. */
      pullSeconds: number;
      version: string;
      config: ImageConfig;
    }
  /** The kubelet rejects the name before any pull: waiting reason `InvalidImageName`. */
  | { ok: false; reason: 'InvalidImageName'; image: string; message: string }
  /** The pull fails: `error` is the CRI error text (`rpc error: code = … desc = …`). */
  | { ok: false; reason: 'ErrImagePull'; image: string; error: string };

/** Registries that answer; anything else fails name resolution like an unknown host would. */
const knownRegistries = new Set([
  'docker.io',
  'registry.k8s.io',
  'k8s.gcr.io',
  'gcr.io',
  'us.gcr.io',
  'us-docker.pkg.dev',
  'quay.io',
  'ghcr.io',
  'mcr.microsoft.com',
  'public.ecr.aws',
]);

/** Bytes per second a node pulls at; a 70 MB nginx takes about five seconds. */
const PULL_BYTES_PER_SECOND = 15_000_000;
const PULL_LATENCY_SECONDS = 0.4;
const NODE_PLATFORM = 'linux/amd64';

const byRepository = new Map<string, ImageFamily>();
for (const family of [...imageCatalog, ...systemImageCatalog, ...addonImageCatalog, ...docsImageCatalog]) {
  byRepository.set(family.repository, family);
  for (const alias of family.aliases ?? []) byRepository.set(alias, family);
}

export function findImageFamily(repository: string): ImageFamily | undefined {
  return byRepository.get(repository);
}

function withVersion(config: ImageConfig, version: string): ImageConfig {
  const files = config.files && Object.fromEntries(Object.entries(config.files).map(([path, text]) => [path, text.replaceAll('{{version}}', version)]));
  return { ...config, env: config.env.map(([k, v]) => [k, v.replaceAll('{{version}}', version)]), ...(files ? { files } : {}) };
}

function pullFailure(image: string, ref: ImageReference, code: 'NotFound' | 'Unknown', cause: string): ImageResolution {
  const name = ref.normalized;
  return {
    ok: false,
    reason: 'ErrImagePull',
    image,
    error: `rpc error: code = ${code} desc = failed to pull and unpack image "${name}": failed to resolve reference "${name}": ${cause}`,
  };
}

function unknownImage(image: string, ref: ImageReference, family: ImageFamily | undefined): ImageResolution {
  if (!knownRegistries.has(ref.domain)) {
    const manifest = `https://${ref.domain}/v2/${ref.path}/manifests/${ref.digest ?? ref.tag}`;
    return pullFailure(image, ref, 'Unknown', `failed to do request: Head "${manifest}": dial tcp: lookup ${ref.domain.replace(/:\d+$/, '')} on 192.168.49.1:53: no such host`);
  }
  if (!family && ref.domain === 'docker.io') {
    return pullFailure(image, ref, 'Unknown', 'pull access denied, repository does not exist or may require authorization: server message: insufficient_scope: authorization failed');
  }
  return pullFailure(image, ref, 'NotFound', `${ref.normalized}: not found`);
}

/** The tag a digest reference stands for: the family's `latest`, else its first tag. */
function tagFor(family: ImageFamily, ref: ImageReference): [string, ImageTag] | undefined {
  const name = ref.digest ? ('latest' in family.tags ? 'latest' : Object.keys(family.tags)[0]) : ref.tag;
  const tag = family.tags[name];
  return tag ? [name, tag] : undefined;
}

export function resolveImage(image: string): ImageResolution {
  const parsed = parseImageReference(image);
  if (!parsed.ok) {
    return {
      ok: false,
      reason: 'InvalidImageName',
      image,
      message: `Failed to apply default image tag "${image}": couldn't parse image name "${image}": ${parsed.message}`,
    };
  }
  const ref = parsed.ref;
  const family = findImageFamily(ref.repository);
  const found = family && tagFor(family, ref);
  if (!family || !found) return unknownImage(image, ref, family);
  // Every node is linux/amd64: an image list without that platform has nothing to unpack.
  if (family.platforms && !family.platforms.includes(NODE_PLATFORM)) {
    return { ok: false, reason: 'ErrImagePull', image, error: `rpc error: code = NotFound desc = failed to pull and unpack image "${ref.normalized}": no match for platform in manifest: not found` };
  }
  const [tagName, tag] = found;
  const digest = ref.digest ?? `sha256:${hexDigest(`${family.repository}:${tag.sameAs ?? tagName}`)}`;
  return {
    ok: true,
    image,
    ref,
    normalized: ref.normalized,
    imageID: `${ref.repository}@${digest}`,
    sizeBytes: tag.sizeBytes,
    pullSeconds: Math.round((PULL_LATENCY_SECONDS + tag.sizeBytes / PULL_BYTES_PER_SECOND) * 1000) / 1000,
    version: tag.version,
    config: withVersion(family.config, tag.version),
  };
}
