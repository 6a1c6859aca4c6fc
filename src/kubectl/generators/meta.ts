/**
 * Go serializes a zero metav1.Time as `null`, so every object kubectl builds client-side carries
 * `creationTimestamp: null` (visible in `--dry-run=client -o yaml`). The API types say string.
 */
export const ZERO_TIME = null as unknown as string;
