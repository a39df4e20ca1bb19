import { existsSync, mkdirSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { basename, join } from 'node:path'
import { bundleForLocalCloud, ROOT } from '../scripts/bundle-functions'

/** The name the floor function is called by, through the gateway like any function. */
export const FLOOR_FUNCTION = 'benchFloor'

/**
 * The floor under any plate lookup on this stack: a function that makes the lookup's one genuine-SDK
 * read of a plate and nothing else (no router, input check, rate limit or card), initialised as our
 * functions initialise the SDK. Whatever a lookup costs beyond it is ours; what it costs itself is the
 * gateway, the worker hop, wx-server-sdk and the emulator.
 */
const FLOOR_SOURCE = `const cloud = require('wx-server-sdk')
cloud.init({ env: cloud.DYNAMIC_CURRENT_ENV })
const db = cloud.database()
exports.main = async (event) => {
  const { data } = await db.collection('plates').where({ _id: event.data.code }).limit(1).get()
  return { ok: true, data: { found: data.length } }
}
`

/**
 * The project's function bundle with the floor function beside it, for the bench's own cloud only:
 * the functions are links to the bundle, the floor a folder of its own. Kept inside the repo (under
 * .cache) so that the floor's `require('wx-server-sdk')` finds the installed SDK as the bundle's do.
 * The project's bundle itself never holds the floor, so `npm start` never serves it.
 */
export async function bundleWithFloor(): Promise<string> {
  const bundle = await bundleForLocalCloud()
  const dir = join(ROOT, '.cache', 'bench-floor', basename(bundle))
  if (existsSync(join(dir, FLOOR_FUNCTION, 'index.js'))) return dir
  rmSync(join(ROOT, '.cache', 'bench-floor'), { recursive: true, force: true })
  mkdirSync(join(dir, FLOOR_FUNCTION), { recursive: true })
  for (const name of readdirSync(bundle)) symlinkSync(join(bundle, name), join(dir, name))
  writeFileSync(join(dir, FLOOR_FUNCTION, 'index.js'), FLOOR_SOURCE)
  return dir
}
