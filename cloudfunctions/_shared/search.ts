import { db } from './cloud'

/** Characters with a meaning in a regular expression, taken literally in a search. */
const literally = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

/**
 * A case-blind "contains" match of what someone typed into a search box, every character taken as
 * itself (a typed `.` or `(` is not a pattern), as `where` takes it for one field.
 */
export function containing(typed: string): ReturnType<typeof db.RegExp> {
  return db.RegExp({ regexp: literally(typed), options: 'i' })
}
