/**
 * What the Taro build inlines at compile time, defined for the H5 components under jsdom.
 * Runs before the test framework (jest `setupFiles`).
 */
const globals = globalThis as Record<string, unknown>

globals.ENABLE_INNER_HTML = true
globals.ENABLE_ADJACENT_HTML = true
globals.ENABLE_SIZE_APIS = true
globals.ENABLE_TEMPLATE_CONTENT = true
globals.ENABLE_CLONE_NODE = true
globals.ENABLE_CONTAINS = true
globals.ENABLE_MUTATION_OBSERVER = true
globals.DEPRECATED_ADAPTER_COMPONENT = false
globals.SUPPORT_DINGTALK_NAVIGATE = 'disabled'
globals.SUPPORT_TARO_POLYFILL = 'disabled'

// Our own defineConstants (config/index.ts), with their build defaults.
globals.CLOUD_ENV = ''
globals.API_BASE = ''
globals.DISTRICT_PHONE = '0000-6110000'
globals.DISTRICT_PHONE_NAME = '城关公安分局值班电话'

process.env.TARO_ENV = 'h5'
