/** A gap in the row of page numbers. */
export const GAP = 'gap'

/**
 * The page numbers a pager shows: the first, the last, and two either side of the current one, with
 * a gap where numbers are left out, e.g. 1 … 5 6 [7] 8 9 … 20.
 */
export function pageWindow(page: number, pages: number): (number | typeof GAP)[] {
  const shown: (number | typeof GAP)[] = []
  for (let n = 1; n <= pages; n += 1) {
    if (n === 1 || n === pages || Math.abs(n - page) <= 2) shown.push(n)
    else if (shown[shown.length - 1] !== GAP) shown.push(GAP)
  }
  return shown
}
