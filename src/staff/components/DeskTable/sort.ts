export type SortDirection = 'ascending' | 'descending'
export type SortValue = string | number | undefined

const collator = new Intl.Collator('zh-Hans-CN', { numeric: true })

/**
 * Rows ordered by one column, a copy. Text in Chinese collation (numbers inside text as numbers:
 * 2 号 before 10 号); a row without a value goes last either way; equal rows keep their server order.
 */
export function sortRows<T>(rows: readonly T[], value: (row: T) => SortValue, direction: SortDirection): T[] {
  const sign = direction === 'ascending' ? 1 : -1
  return [...rows].sort((a, b) => {
    const x = value(a)
    const y = value(b)
    if (x === undefined || y === undefined) return x === y ? 0 : x === undefined ? 1 : -1
    const order = typeof x === 'number' && typeof y === 'number' ? x - y : collator.compare(String(x), String(y))
    return sign * order
  })
}
