/** π to n significant digits, as `perl -Mbignum=bpi -wle 'print bpi(n)'` prints it (Machin's formula). */
export function piDigits(n: number): string {
  const guard = 10n;
  const scale = 10n ** (BigInt(n - 1) + guard);
  const arctanInv = (x: bigint): bigint => {
    let sum = 0n;
    let term = scale / x;
    const x2 = x * x;
    for (let k = 0n; term !== 0n; k++) {
      sum += (k % 2n === 0n ? 1n : -1n) * (term / (2n * k + 1n));
      term /= x2;
    }
    return sum;
  };
  const pi = 4n * (4n * arctanInv(5n) - arctanInv(239n));
  const rounded = (pi / 10n ** (guard - 1n) + 5n) / 10n;
  const s = rounded.toString();
  return `${s[0]}.${s.slice(1)}`;
}
