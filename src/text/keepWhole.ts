/** U+2060 WORD JOINER: forbids a line break where it stands and draws nothing. */
const JOIN = '\u2060'

/**
 * Keeps a time range (8:30–17:30, 18:00–次日02:00), a number range (1–500) or a landline
 * (0931-8123456) on one line. Browsers and WeChat may break a line right after a dash between digits,
 * which in 大字模式 leaves "8:30–" at the end of one line and "17:30" on the next; a word joiner on
 * each side of the dash (and inside 次日) forbids that break and changes nothing on screen.
 */
export function keepWhole(text: string): string {
  return text.replace(
    /(\d)\s?([–\-~～])\s?(次日)?(?=\d)/g,
    (_all, digit: string, dash: string, nextDay?: string) => `${digit}${JOIN}${dash}${JOIN}${nextDay ? `次${JOIN}日${JOIN}` : ''}`,
  )
}
