import { randomInt, scrypt } from 'node:crypto'
import { promisify } from 'node:util'
import type { ActionInput, ActionOutput } from '../../types'
import { BIND_CODE_LENGTH, BIND_CODE_MINUTES } from '../../types/bind-code'
import { _, db } from '../_shared/cloud'
import { isDuplicateKey } from '../_shared/db-errors'
import { conflict, notFound } from '../_shared/errors'
import type { Caller } from '../_shared/identity'
import { firstRow, updatedCount } from '../_shared/results'
import type { BindCodeDoc } from './docs'
import { grantFields, writeGrant } from './roles'

const scryptAsync = promisify(scrypt) as (password: string, salt: string, keylen: number, options: { N: number }) => Promise<Buffer>

/**
 * A code is kept only as a slow hash: 8 digits are 10⁸ guesses, which a plain SHA-256 of a stolen
 * table would answer in seconds; scrypt at N=2¹² (~10 ms and 4 MB a guess on a free core) makes it
 * about two weeks of one core, far past the code's 15 minutes, while a redeem stays cheap for a
 * function. The fixed salt is what lets the hash be the document's key (one keyed read per try); the
 * lifetime, single use and the per-person rate limit do the rest.
 */
export async function hashBindCode(code: string): Promise<string> {
  return (await scryptAsync(code, 'jmt-bind-code-v1', 32, { N: 2 ** 12 })).toString('hex')
}

const newCode = () => String(randomInt(0, 10 ** BIND_CODE_LENGTH)).padStart(BIND_CODE_LENGTH, '0')

/**
 * Makes a 绑定码 for a role (and officer record). A new code for an officer voids the older ones for
 * the same record, and expired codes are swept on the way: the collection holds a handful of rows.
 */
export async function createBindCode(input: ActionInput<'org', 'createBindCode'>, admin: Caller): Promise<ActionOutput<'org', 'createBindCode'>> {
  const fields = await grantFields(input)
  const now = new Date()
  const stale = fields.officerId ? _.or([{ officerId: fields.officerId }, { expiresAt: _.lt(now) }]) : { expiresAt: _.lt(now) }
  await db.collection('bindCodes').where(stale).remove()
  const expiresAt = new Date(now.getTime() + BIND_CODE_MINUTES * 60_000)
  // Two open codes hashing alike is a clash of 8 random digits: try another.
  for (let attempt = 0; ; attempt++) {
    const code = newCode()
    const doc: BindCodeDoc = { _id: await hashBindCode(code), ...fields, status: 'open', createdBy: admin.openid, createdAt: now, expiresAt }
    try {
      await db.collection('bindCodes').add({ data: doc })
      return { bindCode: code, expiresAt: expiresAt.toISOString(), role: fields.role, ...(fields.officerId ? { officerId: fields.officerId } : {}) }
    } catch (error) {
      if (!isDuplicateKey(error) || attempt >= 3) throw error
    }
  }
}

const UNKNOWN_CODE = '绑定码不对、已用过或已过期，请向管理员要一个新的'

/**
 * The person enters the code on 我的: it is claimed atomically (open and unexpired → used), so two
 * people entering the same code cannot both get the role, and then the grant is written.
 */
export async function redeemBindCode(input: ActionInput<'org', 'redeemBindCode'>, caller: Caller): Promise<ActionOutput<'org', 'redeemBindCode'>> {
  if (caller.role === 'admin') throw conflict('您已经是管理员，不需要绑定码')
  const key = await hashBindCode(input.bindCode)
  const now = new Date()
  const code = await firstRow<BindCodeDoc>(
    db
      .collection('bindCodes')
      .where({ _id: key, status: 'open', expiresAt: _.gt(now) })
      .limit(1)
      .get(),
  )
  if (!code) throw notFound(UNKNOWN_CODE)
  // The record may have been deactivated since the code was made: checked before the code is spent.
  const fields = await grantFields(code)
  const claimed = await updatedCount(
    db
      .collection('bindCodes')
      .where({ _id: key, status: 'open', expiresAt: _.gt(now) })
      .update({ data: { status: 'used', usedBy: caller.openid, usedAt: now } }),
  )
  if (claimed !== 1) throw notFound(UNKNOWN_CODE)
  await writeGrant(caller.openid, fields, code.createdBy, 'bindCode')
  return { role: fields.role, ...(fields.officerId ? { officerId: fields.officerId } : {}), ...(fields.stationId ? { stationId: fields.stationId } : {}) }
}
