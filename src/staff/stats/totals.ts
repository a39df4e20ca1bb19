/** One plate's scans on one China day, as `plates.stats` answers them. */
export interface DayCount {
  code: string
  day: string
  scans: number
}

/** Scans of all plates per day, newest day first. */
export function totalsByDay(perDay: DayCount[]): { day: string; scans: number }[] {
  const totals = new Map<string, number>()
  for (const { day, scans } of perDay) totals.set(day, (totals.get(day) ?? 0) + scans)
  return [...totals].map(([day, scans]) => ({ day, scans })).sort((a, b) => b.day.localeCompare(a.day))
}
