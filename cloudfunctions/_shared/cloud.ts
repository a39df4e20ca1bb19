import cloud from 'wx-server-sdk'

/**
 * The one place that initialises wx-server-sdk. In the WeChat cloud DYNAMIC_CURRENT_ENV is the
 * environment the function is deployed in; in the local cloud, TCB_ENV and TCB_CONTEXT_CNFG point
 * the very same SDK at the emulator.
 */
// The SDK's typings declare the symbol but not that `env` accepts it.
cloud.init({ env: cloud.DYNAMIC_CURRENT_ENV as unknown as string })

export { cloud }
export const db = cloud.database()
export const _ = db.command
export type Database = typeof db

/** True when the function runs in the local cloud (npm start, tests), false in the WeChat cloud. */
export const isLocalCloud = process.env.JMT_LOCAL_CLOUD === '1'
