/**
 * The order people in China expect of names (pinyin), as `localeCompare(…, 'zh-Hans-CN')` gives it,
 * from one collator made once: localeCompare with a locale builds a collator for every comparison,
 * which made sorting 300 names take 9 ms instead of 0.2 ms.
 */
export const compareChinese = new Intl.Collator('zh-Hans-CN').compare
