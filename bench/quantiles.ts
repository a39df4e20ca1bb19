/**
 * The q-quantile (0 ≤ q ≤ 1) of timings by nearest rank, the rule every benchmark here reports: the
 * value at ⌊q·n⌋ of the sorted timings, the largest for q = 1. No timings is a broken benchmark, not a 0.
 */
export function quantile(values: readonly number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b)
  const value = sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]
  if (value === undefined) throw new Error('no timings to take a quantile of: the benchmark measured nothing')
  return value
}

export const median = (values: readonly number[]) => quantile(values, 0.5)
