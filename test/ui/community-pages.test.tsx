import { fireEvent, render, screen, waitFor } from '@testing-library/react'
import Taro from '@tarojs/taro'
import type { Guide, MyReport } from '../../types/community'
import MyReportsPage from '@/community/reports/mine'
import GuideDetailPage from '@/community/guides/detail'
import NoticeDetailPage from '@/community/notices/detail'
import { fakeStaffCloud, Refusal } from './staff-cloud'
import { first } from '../list-items'
import type { TaroHooks } from './taro-hooks'

let params: Record<string, string> = {}
jest.mock('@tarojs/taro', () => jest.requireActual<TaroHooks>('./taro-hooks').taroWith({ useRouter: () => ({ params, path: '/community' }) }))

const report: MyReport = {
  ticketNo: 'JB20261120-8MPA',
  category: 'gambling',
  text: '地下室晚上常有人聚集打牌，好像有赌钱。',
  anonymous: true,
  status: 'closed',
  createdAt: '2026-11-20T02:00:00.000Z',
  timeline: [
    { status: 'submitted', at: '2026-11-20T02:00:00.000Z' },
    { status: 'accepted', at: '2026-11-20T07:00:00.000Z' },
    { status: 'closed', at: '2026-11-21T07:00:00.000Z', note: '已查处，谢谢您的线索。' },
  ],
}

const guide: Guide = {
  id: 'residence-permit',
  title: '居住证办理',
  category: '居住证',
  purpose: '离开户口所在地到本市居住，可以办理居住证。',
  eligibility: ['在本市居住满半年'],
  materials: ['本人居民身份证', '居住地址证明'],
  steps: ['办理居住登记', '申领居住证'],
  where: '居住地派出所',
  fees: '首次申领免费',
  timeLimit: '受理后 15 日内发证',
  notes: [],
  visitMatter: '居住证',
  updatedAt: '2026-11-20T02:00:00.000Z',
}

describe('我的举报', () => {
  it('shows each report with its timeline and the reply, anonymous ones included', async () => {
    fakeStaffCloud({ 'community.myReports': () => ({ items: [report] }) })
    render(<MyReportsPage />)
    expect(await screen.findByText('地下室晚上常有人聚集打牌，好像有赌钱。')).toBeInTheDocument()
    expect(screen.getByText('编号 JB20261120-8MPA · 匿名')).toBeInTheDocument()
    expect(screen.getByText('涉赌')).toBeInTheDocument()
    for (const step of ['已提交', '已受理']) expect(screen.getByText(step)).toBeInTheDocument()
    expect(screen.getAllByText('已办结')).toHaveLength(2)
    expect(screen.getByText('已查处，谢谢您的线索。')).toBeInTheDocument()
    expect(screen.getByText('11月21日 周六 15:00')).toBeInTheDocument()
  })

  it('says so when there is nothing yet', async () => {
    fakeStaffCloud({ 'community.myReports': () => ({ items: [] }) })
    render(<MyReportsPage />)
    expect(await screen.findByText('您还没有提交过线索')).toBeInTheDocument()
  })
})

describe('a service guide', () => {
  it('lists what to bring and offers to book the 流动警务室 for its matter', async () => {
    params = { id: 'residence-permit' }
    const calls = fakeStaffCloud({ 'community.getGuide': () => guide })
    const switchTab = jest.spyOn(Taro, 'switchTab').mockResolvedValue({ errMsg: 'switchTab:ok' })
    render(<GuideDetailPage />)
    expect(await screen.findByText('居住地址证明')).toBeInTheDocument()
    expect(first(calls).data).toEqual({ id: 'residence-permit' })
    fireEvent.click(screen.getByText('预约流动警务室'))
    expect(switchTab).toHaveBeenCalledWith({ url: '/pages/visits/index' })
    switchTab.mockRestore()
  })

  it('offers no booking when the matter is not one for the 流动警务室', async () => {
    params = { id: 'hk-macau-endorsement' }
    const { visitMatter: _none, ...withoutMatter } = guide
    fakeStaffCloud({ 'community.getGuide': () => ({ ...withoutMatter, title: '港澳通行证再次签注' }) })
    render(<GuideDetailPage />)
    expect(await screen.findByText('港澳通行证再次签注')).toBeInTheDocument()
    expect(screen.queryByText('预约流动警务室')).not.toBeInTheDocument()
  })
})

describe('a notice', () => {
  it('says plainly when it has been taken down', async () => {
    params = { id: 'nt-gone' }
    fakeStaffCloud({ 'community.getNotice': () => new Refusal('NOT_FOUND', '没有找到这条公告', 404) })
    render(<NoticeDetailPage />)
    await waitFor(() => expect(screen.getByText('这条公告已经下架或不存在')).toBeInTheDocument())
  })
})
