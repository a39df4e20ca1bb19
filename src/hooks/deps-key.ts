const functionIds = new WeakMap<object, number>()
let lastFunctionId = 0

/**
 * One string for a hook's dependency list, so a hook can pass its caller's list on: values (ids,
 * filters, points) compare by content, functions by identity, as React compares an effect's.
 */
export function depsKey(deps: readonly unknown[]): string {
  return JSON.stringify(deps, (_key, value: unknown) => {
    if (typeof value !== 'function') return value
    let id = functionIds.get(value)
    if (id === undefined) functionIds.set(value, (id = ++lastFunctionId))
    return `function#${id}`
  })
}
