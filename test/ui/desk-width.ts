/**
 * jsdom has no matchMedia: these stand in for a browser window of a given width, answering the
 * `(min-width: Npx)` queries the console asks (see src/staff/hooks/useDeskWidth.ts).
 */
export function windowWidth(width: number): void {
  window.matchMedia = ((query: string) => {
    const min = /min-width:\s*(\d+)px/.exec(query)
    return {
      matches: min ? width >= Number(min[1]) : false,
      media: query,
      onchange: null,
      addEventListener: () => undefined,
      removeEventListener: () => undefined,
      addListener: () => undefined,
      removeListener: () => undefined,
      dispatchEvent: () => false,
    } as MediaQueryList
  }) as typeof window.matchMedia
}

export const DESK = 1366
export const PHONE = 390
