import type { LatencyResult } from './latency'

/** One figure measured as several samples, each against its own baseline taken just before it. */
export interface SampledRatio {
  /** Median of the samples' p99. */
  p99: number
  /** Median of the baselines' p99. */
  baselineP99: number
  /** Median of the per-sample ratios, and their spread. */
  ratio: number
  lowest: number
  highest: number
  ratios: number[]
}

const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b)
  const at = (i: number) => sorted[i] ?? Number.NaN
  const middle = Math.floor(sorted.length / 2)
  return sorted.length % 2 ? at(middle) : (at(middle - 1) + at(middle)) / 2
}

/**
 * Runs `baseline` then `subject`, `samples` times in turn, and answers the median p99 ratio with its
 * spread. On a shared machine one pair can land in a burst of someone else's work; alternating puts
 * both sides of each pair in the same moment, and the median of several pairs is what a second run
 * would find again.
 */
export async function alternate(samples: number, baseline: () => Promise<LatencyResult>, subject: () => Promise<LatencyResult>): Promise<SampledRatio> {
  const pairs: Array<{ base: LatencyResult; measured: LatencyResult }> = []
  for (let i = 0; i < samples; i++) {
    const base = await baseline()
    pairs.push({ base, measured: await subject() })
  }
  const ratios = pairs.map((p) => p.measured.p99 / p.base.p99)
  return {
    p99: median(pairs.map((p) => p.measured.p99)),
    baselineP99: median(pairs.map((p) => p.base.p99)),
    ratio: median(ratios),
    lowest: Math.min(...ratios),
    highest: Math.max(...ratios),
    ratios,
  }
}
