import type { PluginObj, types } from '@babel/core'

/** Types for jsx-runtime-local.js, a Babel plugin (plain JavaScript: babel.config.js loads it with require). */
declare function jsxRuntimeLocal(api: { types: typeof types }): PluginObj
export = jsxRuntimeLocal
