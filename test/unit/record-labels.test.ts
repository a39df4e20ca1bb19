import { PERSONAL_DATA } from '../../cloudfunctions/privacy/registry'
import { describeCounts, RECORD_LABELS } from '../../src/privacy/records'

describe('我的数据 names every kind of record in words', () => {
  it.each(PERSONAL_DATA.map((c) => c.collection))('has a label for %s', (collection) => {
    expect(RECORD_LABELS[collection]).toMatch(/^[\u4e00-\u9fa5]+$/)
  })

  it('never shows a collection’s internal name, even one it does not know', () => {
    expect(describeCounts({ bookings: 2, someNewCollection: 1 })).toBe('流动警务室预约 2 条，其他记录 1 条')
  })
})
