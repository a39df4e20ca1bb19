/** A one-time 绑定码: 8 digits, typed on the person's own 我的 page (no zod: the app bundles this). */
export const BIND_CODE_LENGTH = 8
/** Minutes a 绑定码 can be used after it is made. */
export const BIND_CODE_MINUTES = 15
export const BIND_CODE_PATTERN = new RegExp(`^\\d{${BIND_CODE_LENGTH}}$`)
