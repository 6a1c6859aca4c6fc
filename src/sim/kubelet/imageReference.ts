/**
 * Image reference parsing with the rules of github.com/distribution/reference, which both the
 * kubelet (to apply the default tag) and containerd (to resolve the pull) use: a first path
 * component with a dot, a colon or `localhost` is a registry; otherwise the image lives on
 * Docker Hub, and single-component names sit under `library/`.
 */
export interface ImageReference {
  /** `docker.io`, `registry.k8s.io`, `gcr.io` … */
  domain: string;
  /** The path inside the registry: `library/nginx`, `google-samples/hello-app`. */
  path: string;
  tag: string;
  digest?: string;
  /** `docker.io/library/nginx` */
  repository: string;
  /** `docker.io/library/nginx:1.25` or `…@sha256:…` for digest references. */
  normalized: string;
}

export type ParsedReference = { ok: true; ref: ImageReference } | { ok: false; message: string };

const componentPattern = /^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*$/;
const tagPattern = /^[\w][\w.-]{0,127}$/;
const digestPattern = /^sha256:[a-f0-9]{64}$/;
const domainPattern = /^(?:[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?)(?:\.[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?)*(?::[0-9]+)?$/;

function splitDomain(name: string): { domain: string; remainder: string } {
  const slash = name.indexOf('/');
  const first = slash < 0 ? '' : name.slice(0, slash);
  if (slash < 0 || (!first.includes('.') && !first.includes(':') && first !== 'localhost' && first.toLowerCase() === first)) {
    const remainder = slash < 0 ? `library/${name}` : name;
    return { domain: 'docker.io', remainder };
  }
  const domain = first === 'index.docker.io' ? 'docker.io' : first;
  const rest = name.slice(slash + 1);
  return { domain, remainder: domain === 'docker.io' && !rest.includes('/') ? `library/${rest}` : rest };
}

/** Parses like `reference.ParseNormalizedNamed` followed by `TagNameOnly` (default tag `latest`). */
export function parseImageReference(image: string): ParsedReference {
  const invalid = { ok: false as const, message: 'invalid reference format' };
  if (image === '' || image !== image.trim()) return invalid;
  let rest = image;
  let digest: string | undefined;
  const at = rest.indexOf('@');
  if (at >= 0) {
    digest = rest.slice(at + 1);
    rest = rest.slice(0, at);
    if (!digestPattern.test(digest)) return invalid;
  }
  const { domain, remainder } = splitDomain(rest);
  const colon = remainder.lastIndexOf(':');
  const path = colon >= 0 ? remainder.slice(0, colon) : remainder;
  const tag = colon >= 0 ? remainder.slice(colon + 1) : undefined;
  if (path.toLowerCase() !== path) {
    return { ok: false, message: `invalid reference format: repository name (${path}) must be lowercase` };
  }
  if (!domainPattern.test(domain) || !path.split('/').every((c) => componentPattern.test(c))) return invalid;
  if (tag !== undefined && !tagPattern.test(tag)) return invalid;
  const repository = `${domain}/${path}`;
  const effectiveTag = tag ?? 'latest';
  const normalized = digest && tag === undefined ? `${repository}@${digest}` : `${repository}:${effectiveTag}`;
  return { ok: true, ref: { domain, path, tag: effectiveTag, digest, repository, normalized } };
}
