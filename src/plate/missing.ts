/** What a page about one plate says when there is none, in the same words for residents and staff. */
export const PLATE_MISSING = {
  emptyTitle: '没有找到这块联系牌',
  errorTitles: { NOT_FOUND: '没有找到这块联系牌', INVALID_ARGUMENT: '联系牌编号不对' },
}
