import type { LatencyResult } from './latency'

/** What a sample is judged by: its p99 (a latency measurement, a booking race). */
type Measured = Pick<LatencyResult, 'p99'>

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
export async function alternate(samples: number, baseline: () => Promise<Measured>, subject: () => Promise<Measured>): Promise<SampledRatio> {
  return (await alternateEach(samples, baseline, { subject })).subject
}

/** As `alternate`, with several subjects each measured right after the same baseline in every round. */
export async function alternateEach<K extends string>(
  samples: number,
  baseline: () => Promise<Measured>,
  subjects: Record<K, () => Promise<Measured>>,
): Promise<Record<K, SampledRatio>> {
  const names = Object.keys(subjects) as K[]
  const rounds: Array<{ base: Measured; measured: Record<K, Measured> }> = []
  for (let i = 0; i < samples; i++) {
    const base = await baseline()
    const measured = {} as Record<K, Measured>
    for (const name of names) measured[name] = await subjects[name]()
    rounds.push({ base, measured })
  }
  const sampled = (name: K): SampledRatio => {
    const ratios = rounds.map((r) => r.measured[name].p99 / r.base.p99)
    return {
      p99: median(rounds.map((r) => r.measured[name].p99)),
      baselineP99: median(rounds.map((r) => r.base.p99)),
      ratio: median(ratios),
      lowest: Math.min(...ratios),
      highest: Math.max(...ratios),
      ratios,
    }
  }
  return Object.fromEntries(names.map((name) => [name, sampled(name)])) as Record<K, SampledRatio>
}
