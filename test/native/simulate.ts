/**
 * miniprogram-simulate, typed for what these tests use. Its own typings import miniprogram-api-typings,
 * whose globals (`require`, `wx`, `Component`…) would replace Node's across the whole type check, so
 * the package is required untyped and described here instead.
 */
export interface SimulatedNode {
  dom?: HTMLElement
  /** A custom component's instance (its data and methods); built-in tags have none worth reading. */
  instance: { data: Record<string, unknown> } & Record<string, unknown>
  querySelector(selector: string): SimulatedNode | undefined
  querySelectorAll(selector: string): SimulatedNode[]
  dispatchEvent(eventName: string, options?: unknown): void
}

export interface SimulatedComponent extends SimulatedNode {
  attach(parent: Node): void
  setData(data: Record<string, unknown>): void
}

export interface ComponentDefinition {
  tagName?: string
  template: string
  properties?: Record<string, { type: unknown; value?: unknown }>
}

export interface LoadOptions {
  compiler?: 'official' | 'simulate'
  rootPath?: string
  usingComponents?: Record<string, string>
}

interface Simulate {
  load(componentPath: string, options?: LoadOptions): string
  load(definition: ComponentDefinition): string
  render(id: string, properties?: Record<string, unknown>): SimulatedComponent
  sleep(ms: number): Promise<void>
}

/** The mini-program APIs the tab bar calls; miniprogram-simulate puts its own stand-ins on global `wx`. */
export interface WxStandIn {
  getStorageSync(key: string): unknown
  switchTab(options: { url: string }): unknown
}

// eslint-disable-next-line @typescript-eslint/no-require-imports
export const simulate = require('miniprogram-simulate') as Simulate
export const wx = (globalThis as unknown as { wx: WxStandIn }).wx
