import { RATE_LIMITS } from '../cloudfunctions/_shared/rate-limit'
import type { LocalCloud } from '../local/cloud'

let made = 0

/**
 * Tokens of enough distinct residents that `requests` calls spread over them keep every one of them
 * within the production limit of the `lookup` family (at most a third of it each, so calls landing in
 * one window with another measurement's stay within it too). The limits stay on: the bench goes
 * through the same router and counters as any resident.
 */
export function residentsFor(cloud: LocalCloud, requests: number): string[] {
  const perResident = Math.floor(RATE_LIMITS.lookup.max / 3)
  const count = Math.max(32, Math.ceil(requests / perResident))
  made += 1
  return Array.from({ length: count }, (_, i) => cloud.tokens.issue(`bench-resident-${process.pid}-${made}-${i}`))
}
