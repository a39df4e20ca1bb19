import type { SampledRatio } from './samples'

/**
 * How the bench prints a figure: what was measured, the baseline measured in the same run, their
 * ratio, and the goal beside it. A goal is a ratio ("≤ 3×") or an exact count; timings on a shared
 * machine vary, so a missed timing goal is reported, not fatal. A broken invariant (an oversold seat)
 * is fatal.
 */
export interface Figure {
  name: string
  value: string
  baseline?: string
  ratio?: number
  goal: string
  met: boolean
  /** A correctness invariant rather than a timing: the bench fails when it does not hold. */
  invariant?: boolean
}

const figures: Figure[] = []

export const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`
export const ms = (n: number) => `${n.toFixed(1)} ms`

export function report(figure: Figure): void {
  figures.push(figure)
  const ratio = figure.ratio === undefined ? '' : `  = ${figure.ratio.toFixed(2)}×`
  const baseline = figure.baseline ? `  vs ${figure.baseline}` : ''
  console.log(`${figure.met ? '✓' : '✗'} ${figure.name}: ${figure.value}${baseline}${ratio}  (goal ${figure.goal})`)
}

/** A figure measured as alternating samples: their median p99 against the baselines', each sample's ratio after the goal. */
export function reportSampled(name: string, sampled: SampledRatio, goal: string, met: boolean): void {
  const samples = sampled.ratios.map((r) => r.toFixed(2)).join(', ')
  report({ name, value: ms(sampled.p99), baseline: ms(sampled.baselineP99), ratio: sampled.ratio, goal: `${goal} (samples ${samples}×)`, met })
}

/** A ratio figure with a "≤ goal×" target. */
export function reportRatio(name: string, value: string, baseline: string, ratio: number, goal: number): void {
  report({ name, value, baseline, ratio, goal: `≤ ${goal}×`, met: ratio <= goal })
}

export function summary(): { failed: Figure[] } {
  console.log('\n| figure | now | baseline (same run) | ratio | goal | |')
  console.log('| --- | --- | --- | --- | --- | --- |')
  for (const f of figures) {
    console.log(
      `| ${f.name} | ${f.value} | ${f.baseline ?? ''} | ${f.ratio === undefined ? '' : `${f.ratio.toFixed(2)}×`} | ${f.goal} | ${f.met ? '✓' : '✗'} |`,
    )
  }
  return { failed: figures.filter((f) => f.invariant && !f.met) }
}
