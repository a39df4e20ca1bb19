import { randomInt } from 'node:crypto'
import { PLATE_ALPHABET, PLATE_CODE_PROBLEMS, makePlateCode, readPlateCode } from '../../types/plate-code'
import { AppError } from '../_shared/errors'

/** A fresh code from a cryptographic source: codes are printed and must not be guessable in sequence. */
export const newPlateCode = () => makePlateCode(() => randomInt(PLATE_ALPHABET.length) / PLATE_ALPHABET.length)

/** The canonical code, or INVALID_ARGUMENT saying plainly what is wrong with what was typed. */
export function requirePlateCode(input: string): string {
  const read = readPlateCode(input)
  if (!read.ok) throw new AppError('INVALID_ARGUMENT', PLATE_CODE_PROBLEMS[read.reason], { field: 'code' })
  return read.code
}
