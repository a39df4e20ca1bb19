/**
 * What the card of a scanned code calls the thing that was scanned. A 警民联系牌 hangs at a door or a
 * corner; a 警民联系章 is stamped in a household register (户口簿) and belongs to a family, so its card
 * speaks to that household. No zod here: the app and the local cloud's plate link both import it.
 */
export type PlateKind = 'plate' | 'stamp'

export interface PlateWords {
  /** The card's title (navigation bar and header). */
  title: string
  /** "This plate" / "this stamp", as the subject of a sentence. */
  thing: string
  /** One line under the title: what was scanned and what the card is for. */
  about: string
  /** The kicker over the officer's card. */
  officerKicker: string
  /** When the area has no officer at the moment. */
  noOfficer: string
}

export const PLATE_WORDS: Record<PlateKind, PlateWords> = {
  plate: {
    title: '警民联系牌',
    thing: '这块联系牌',
    about: '这里的社区民警和警务室',
    officerKicker: '社区民警',
    noOfficer: '这里的社区民警正在安排中，有事请先联系下面的警务室。',
  },
  stamp: {
    title: '警民联系章',
    thing: '这枚联系章',
    about: '您家户口簿上的联系章',
    officerKicker: '您家的社区民警',
    noOfficer: '您家所在社区的民警正在安排中，有事请先联系下面的警务室。',
  },
}

export const plateWords = (kind: PlateKind | undefined): PlateWords => PLATE_WORDS[kind === 'stamp' ? 'stamp' : 'plate']

/** Said on a retired plate or stamp: that it is out of service, and why when the reason is known. */
export function retiredNotice(kind: PlateKind, reason: string | undefined): string {
  const { thing } = plateWords(kind)
  const why = reason?.trim() ? `停用原因：${reason.trim().replace(/[。.]$/, '')}。` : ''
  return `${thing}已经停用。${why}`
}
