import { messages } from '../../types/messages'
import { createFunction } from '../_shared/router'
import { close, inbox, readThread, reply } from './inbox'
import { REPLY_TEMPLATE } from './notify'
import { getThread, myThreads, send } from './threads'

/** 留言：residents write to their community officer from a plate's card; the station answers. */
export const main = createFunction('messages', messages, {
  templates: async () => ({ reply: REPLY_TEMPLATE }),
  send: async (input, ctx) => send(input, await ctx.caller()),
  myThreads: async (input, ctx) => myThreads(input, await ctx.caller()),
  getThread: async (input, ctx) => getThread(input, await ctx.caller()),
  inbox: async (input, ctx) => inbox(input, await ctx.caller()),
  readThread: async (input, ctx) => readThread(input, await ctx.caller()),
  reply: async (input, ctx) => reply(input, await ctx.caller()),
  close: async (input, ctx) => close(input, await ctx.caller()),
})
