import { messages } from '../../types/messages'
import { createFunction, withCaller } from '../_shared/router'
import { close, inbox, readThread, reply } from './inbox'
import { REPLY_TEMPLATE } from './notify'
import { getThread, myThreads, send } from './threads'

/** 留言：residents write to their community officer from a plate's card; the station answers. */
export const main = createFunction('messages', messages, {
  templates: async () => ({ reply: REPLY_TEMPLATE }),
  ...withCaller({ send, myThreads, getThread, inbox, readThread, reply, close }),
})
