import { randomInt } from 'node:crypto'
import type { TicketFlow } from '../../types/tickets'
import { chinaDate } from '../_shared/china-time'

// No 0/O, 1/I: a ticket number is read out over the phone. 32 letters: 5 bits each.
const TICKET_ALPHABET = '23456789ABCDEFGHJKLMNPQRSTUVWXYZ'
/** 8 random characters, 40 bits from the system's cryptographic source: a ticket cannot be guessed. */
const TICKET_RANDOM_CHARS = 8

function randomTail(): string {
  let tail = ''
  for (let i = 0; i < TICKET_RANDOM_CHARS; i++) tail += TICKET_ALPHABET[randomInt(TICKET_ALPHABET.length)]
  return tail
}

/**
 * e.g. JB20261124-7KQ3-M9XP: the kind, the China day it was sent, eight random characters in two groups.
 * `tail` is given only by the demo data, whose tickets keep the same numbers from one start to the next.
 */
export function newTicketNo(prefix: TicketFlow['prefix'], now = new Date(), tail = randomTail()): string {
  return `${prefix}${chinaDate(now).replace(/-/g, '')}-${tail.slice(0, 4)}-${tail.slice(4)}`
}
