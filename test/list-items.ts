/**
 * Taking one element out of a list in a test. A missing element is a failed test that says which
 * element it expected, not a TypeError three lines later: these are the test suite's answer to
 * `noUncheckedIndexedAccess`.
 */

/** The element at `index` (negative counts from the end), failing the test when there is none. */
export function nth<T>(list: readonly T[], index: number, what = 'element'): T {
  const position = index < 0 ? list.length + index : index
  if (!Number.isInteger(position) || position < 0 || position >= list.length)
    throw new Error(`expected ${what} at index ${index}, but the list has ${list.length}`)
  // In range, so an element of the list (which may itself be undefined, as in a list of odd values).
  return list[position] as T
}

export const first = <T>(list: readonly T[], what = 'a first element'): T => nth(list, 0, what)

export const last = <T>(list: readonly T[], what = 'a last element'): T => nth(list, -1, what)

/** The one element of a list that must hold exactly one. */
export function only<T>(list: readonly T[], what = 'element'): T {
  if (list.length !== 1) throw new Error(`expected exactly one ${what}, found ${list.length}`)
  return nth(list, 0, what)
}

/** A value the test needs to be there (a record entry, a regex group), failing the test when it is not. */
export function present<T>(value: T | null | undefined, what: string): T {
  if (value === undefined || value === null) throw new Error(`expected ${what}, found ${value}`)
  return value
}
