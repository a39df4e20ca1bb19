import { compareChinese } from '../../cloudfunctions/_shared/chinese-order'

describe('compareChinese', () => {
  it('orders names by pinyin, as localeCompare with zh-Hans-CN does', () => {
    const names = ['上海路社区', '北关社区', '天津街社区', '安居社区', '长安社区', '中山社区']
    expect([...names].sort(compareChinese)).toEqual(['安居社区', '北关社区', '上海路社区', '天津街社区', '长安社区', '中山社区'])
    expect([...names].sort(compareChinese)).toEqual([...names].sort((a, b) => a.localeCompare(b, 'zh-Hans-CN')))
  })
})
