/**
 * intstr.GetScaledValueFromIntOrPercent: `maxSurge: 25%` of 3 replicas is 1 when rounding up
 * (surge) and 0 when rounding down (unavailable).
 */
export type IntOrString = number | string;

export function getScaledValueFromIntOrPercent(value: IntOrString, total: number, roundUp: boolean): number {
  if (typeof value === 'number') return value;
  if (!value.endsWith('%')) throw new Error(`invalid value for IntOrString: invalid type: string is not a percentage`);
  const text = value.slice(0, -1);
  if (!/^[+-]?\d+$/.test(text)) throw new Error(`invalid value "${value}": strconv.Atoi: parsing "${text}": invalid syntax`);
  const scaled = (Number(text) * total) / 100;
  return roundUp ? Math.ceil(scaled) : Math.floor(scaled);
}
