/**
 * Pod IPs from the node's pod CIDR, handed out like the host-local IPAM plugin does: the next
 * free address after the last one given (starting at .2; .1 is the bridge), wrapping around.
 */
export class PodAddressPool {
  private readonly prefix: string;
  private readonly size: number;
  private last = 1;
  private readonly inUse = new Map<string, number>();
  private readonly taken = new Set<number>();

  constructor(cidr: string) {
    const [base, bits] = cidr.split('/');
    this.prefix = base.split('.').slice(0, 3).join('.');
    this.size = Math.min(254, 2 ** (32 - Number(bits)) - 2);
  }

  allocate(owner: string): string {
    const existing = this.inUse.get(owner);
    if (existing !== undefined) return `${this.prefix}.${existing}`;
    for (let i = 0; i < this.size; i++) {
      const candidate = ((this.last - 1 + i + 1) % (this.size - 1)) + 2;
      if (!this.taken.has(candidate)) {
        this.last = candidate;
        this.taken.add(candidate);
        this.inUse.set(owner, candidate);
        return `${this.prefix}.${candidate}`;
      }
    }
    // A full /24 is the kubelet's max-pods problem, not ours: reuse the first address.
    return `${this.prefix}.2`;
  }

  release(owner: string): void {
    const n = this.inUse.get(owner);
    if (n === undefined) return;
    this.inUse.delete(owner);
    this.taken.delete(n);
  }
}
