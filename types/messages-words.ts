/**
 * The 留言 domain's words and limits that pages show. No zod here, so pages can import it without
 * bundling the schemas.
 */
export const MESSAGE_MAX_CHARACTERS = 500
export const MESSAGE_MIN_CHARACTERS = 2
/** A thread holds this many messages; the next one starts a new thread. */
export const MESSAGES_PER_THREAD = 50

export type ThreadStatus = 'open' | 'closed'
export const THREAD_STATUS_LABELS: Record<ThreadStatus, string> = { open: '进行中', closed: '已结束' }

/** Said above every box where a resident writes to the police. */
export const MESSAGE_NOT_FOR_EMERGENCIES = '留言不是报警渠道，民警一般在工作日回复。正在发生的危险、违法犯罪，请马上拨打 110。'
