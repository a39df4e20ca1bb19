import { fireEvent, render, screen, waitFor, within } from '@testing-library/react'
import Taro from '@tarojs/taro'
import ArticlePage from '@/fraud/article/index'
import CasePage from '@/fraud/case/index'
import FraudPage from '@/pages/fraud/index'
import { setLargeText } from '@/settings/largeText'
import { fakeStaffCloud, Refusal } from './staff-cloud'
import { last } from '../list-items'
import type { TaroHooks } from './taro-hooks'

let params: Record<string, string> = {}
const shares: ((res?: unknown) => { title: string; path: string })[] = []
jest.mock('@tarojs/taro', () =>
  jest.requireActual<TaroHooks>('./taro-hooks').taroWith({
    useRouter: () => ({ params, path: '/fraud/article/index' }),
    useShareAppMessage: (make: (res?: unknown) => { title: string; path: string }) => shares.push(make),
  }),
)

const ARTICLE = {
  id: 'article-01',
  type: 'police',
  title: '“公安局”来电说你涉嫌洗钱？马上挂断',
  summary: '公检法不会电话办案，更没有“安全账户”。',
  views: 3,
  publishedAt: '2026-11-20T08:00:00.000Z',
  body: [
    { kind: 'paragraph', text: '骗子会报出你的姓名和身份证号。' },
    { kind: 'signs', items: ['说你涉嫌犯罪', '要你转账到安全账户'] },
    { kind: 'steps', items: ['马上挂断', '拨打 110 核实'] },
  ],
}

let makePhoneCall: jest.SpyInstance
beforeEach(() => {
  params = {}
  shares.length = 0
  setLargeText(false)
  makePhoneCall = jest.spyOn(Taro, 'makePhoneCall').mockResolvedValue({ errMsg: 'makePhoneCall:ok' })
})
afterEach(() => makePhoneCall.mockRestore())

describe('the article page', () => {
  it('shows the article with its signs and steps, and 96110 and 110 one tap away', async () => {
    params = { id: 'article-01' }
    const calls = fakeStaffCloud({ 'fraud.getArticle': () => ARTICLE })
    render(<ArticlePage />)

    expect(await screen.findByText(ARTICLE.title)).toBeInTheDocument()
    expect(screen.getByText('冒充公检法')).toBeInTheDocument()
    expect(screen.getByText('要你转账到安全账户')).toBeInTheDocument()
    expect(screen.getByText('骗子的套路，看到就要警惕')).toBeInTheDocument()
    expect(screen.getByText('遇到了，这样做')).toBeInTheDocument()
    expect(calls[0]).toMatchObject({ action: 'getArticle', data: { id: 'article-01' } })

    fireEvent.click(screen.getByText('拨打 96110 反诈专线'))
    expect(makePhoneCall).toHaveBeenLastCalledWith({ phoneNumber: '96110' })
    fireEvent.click(screen.getByText('拨打 110 报警'))
    expect(makePhoneCall).toHaveBeenLastCalledWith({ phoneNumber: '110' })
  })

  it('shares with a title that names the trick and a path back to the article', async () => {
    params = { id: 'article-01' }
    fakeStaffCloud({ 'fraud.getArticle': () => ARTICLE })
    render(<ArticlePage />)
    await screen.findByText(ARTICLE.title)
    const share = last(shares)()
    expect(share).toEqual({ title: `【防骗必看】${ARTICLE.title}`, path: '/fraud/article/index?id=article-01' })
    // The H5 build shares too: its button is the phone's share sheet with the same card.
    const webShare = jest.fn().mockResolvedValue(undefined)
    Object.defineProperty(navigator, 'share', { value: webShare, configurable: true, writable: true })
    fireEvent.click(screen.getByText('转发给家里人'))
    await waitFor(() =>
      expect(webShare).toHaveBeenCalledWith(
        expect.objectContaining({ title: share.title, url: expect.stringContaining('#/fraud/article/index?id=article-01') }),
      ),
    )
    Object.defineProperty(navigator, 'share', { value: undefined, configurable: true, writable: true })
  })

  it('says the article is gone when it was taken down, still offering the numbers to call', async () => {
    params = { id: 'article-09' }
    fakeStaffCloud({ 'fraud.getArticle': () => new Refusal('NOT_FOUND', '没有找到这篇文章，它可能已经下架', 404) })
    render(<ArticlePage />)
    expect(await screen.findByText('这篇文章找不到了')).toBeInTheDocument()
    expect(screen.getByText('更多防骗知识')).toBeInTheDocument()
  })

  it('grows its type in large-text mode', async () => {
    params = { id: 'article-01' }
    fakeStaffCloud({ 'fraud.getArticle': () => ARTICLE })
    setLargeText(true)
    render(<ArticlePage />)
    await screen.findByText(ARTICLE.title)
    expect(screen.getByTestId('page')).toHaveClass('jmt-page--large')
  })
})

describe('the case page', () => {
  it('tells what happened, where it went wrong and the lesson', async () => {
    params = { id: 'case-01' }
    fakeStaffCloud({
      'fraud.getCase': () => ({
        id: 'case-01',
        type: 'romance',
        title: '网恋三个月，被带进投资平台',
        story: '张阿姨在交友软件上认识了一位“工程师”。',
        mistake: '没见过面就转了钱。',
        lesson: '网友谈钱，就是骗子。',
        views: 1,
        publishedAt: '2026-11-20T08:00:00.000Z',
      }),
    })
    render(<CasePage />)
    expect(await screen.findByText('网恋三个月，被带进投资平台')).toBeInTheDocument()
    for (const heading of ['事情经过', '错在哪里', '记住这一条']) expect(screen.getByText(heading)).toBeInTheDocument()
    expect(screen.getByText('网友谈钱，就是骗子。')).toBeInTheDocument()
    expect(last(shares)().title).toContain('网恋三个月')
  })
})

describe('the 反诈 tab', () => {
  it('shows today’s tip, the types with counts, the latest articles and cases, and the quiz entry', async () => {
    const navigateTo = jest.spyOn(Taro, 'navigateTo').mockResolvedValue({ errMsg: 'navigateTo:ok' })
    fakeStaffCloud({
      'fraud.dailyTip': () => ({ date: '2026-11-24', tip: { id: 'tip-01', text: '陌生人让你转账，一律不转。', type: 'police' } }),
      'fraud.listTypes': () => ({
        items: [
          { type: 'police', label: '冒充公检法', articles: 2 },
          { type: 'rebate', label: '刷单返利', articles: 0 },
        ],
      }),
      'fraud.listArticles': () => ({ items: [ARTICLE] }),
      'fraud.listCases': () => ({
        items: [{ id: 'case-01', type: 'romance', title: '网恋三个月', excerpt: '张阿姨…', publishedAt: '2026-11-20T08:00:00.000Z' }],
      }),
    })
    render(<FraudPage />)

    expect(await screen.findByText('陌生人让你转账，一律不转。')).toBeInTheDocument()
    expect(await screen.findByText('2 篇')).toBeInTheDocument()
    expect(await screen.findByText(ARTICLE.title)).toBeInTheDocument()
    expect(await screen.findByText('网恋三个月')).toBeInTheDocument()
    // 转发 from the tip's own button carries the tip; the page menu shares the tab.
    const card = last(shares)
    expect(card({ from: 'button', target: { dataset: { share: 'tip' } } }).title).toBe('今日防骗提醒：陌生人让你转账，一律不转。')
    expect(card({ from: 'menu' }).title).toBe('这几种骗局专骗老人，转给爸妈看看')
    expect(screen.getByText('把今天的提醒转给家人')).toBeInTheDocument()

    fireEvent.click(screen.getByText(ARTICLE.title))
    expect(navigateTo).toHaveBeenLastCalledWith({ url: '/fraud/article/index?id=article-01' })
    fireEvent.click(screen.getByText('开始测验'))
    expect(navigateTo).toHaveBeenLastCalledWith({ url: '/fraud/quiz/index' })

    const tile = screen.getByText('冒充公检法', { selector: '.fraud-grid__tile *' })
    fireEvent.click(tile)
    const detail = document.querySelector('.fraud-grid__detail') as HTMLElement
    fireEvent.click(within(detail).getByText('看这类骗局的文章和案例'))
    expect(navigateTo).toHaveBeenLastCalledWith({ url: '/fraud/list/index?type=police' })
    navigateTo.mockRestore()
  })
})
