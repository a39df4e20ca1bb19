import { fireEvent, render, screen, waitFor } from '@testing-library/react'
import PlatesPage from '@/staff/plates/index'
import ConsoleHomePage from '@/staff/index/index'
import { DESK, PHONE, windowWidth } from './desk-width'
import { ADMIN, fakeStaffCloud, OFFICER, STATIONS } from './staff-cloud'

const plate = (code: string, label: string) => ({
  code,
  kind: 'plate',
  label,
  address: '南关什字 3 号楼',
  area: '南关社区',
  stationId: 'st-chengguan',
  status: 'active',
  scans: 4,
  createdAt: '2026-11-20T08:00:00.000Z',
})

describe('the console plate list', () => {
  it('loads the next page with 加载更多 and keeps the first', async () => {
    const calls = fakeStaffCloud({
      'org.whoami': () => OFFICER,
      'org.listStations': () => STATIONS,
      'plates.list': ({ cursor }) =>
        cursor === 'page-2'
          ? { items: [plate('CCCC4444', '南关小学门口')] }
          : { items: [plate('AAAA2222', '南关社区 3 号楼单元门'), plate('BBBB3333', '南关农贸市场东门')], nextCursor: 'page-2' },
    })
    render(<PlatesPage />)

    expect(await screen.findByText('南关社区 3 号楼单元门')).toBeInTheDocument()
    expect(screen.queryByText('南关小学门口')).not.toBeInTheDocument()

    fireEvent.click(screen.getByText('加载更多'))

    expect(await screen.findByText('南关小学门口')).toBeInTheDocument()
    expect(screen.getByText('南关社区 3 号楼单元门')).toBeInTheDocument()
    expect(screen.getByText('南关农贸市场东门')).toBeInTheDocument()
    expect(screen.queryByText('加载更多')).not.toBeInTheDocument()
    expect(screen.getByText('已经全部显示')).toBeInTheDocument()
    expect(calls.filter((c) => c.action === 'list').map((c) => c.data.cursor)).toEqual([undefined, 'page-2'])
    expect(calls.filter((c) => c.action === 'list').map((c) => c.data.limit)).toEqual([20, 20])
  })

  it('offers officers no way to create plates', async () => {
    fakeStaffCloud({
      'org.whoami': () => OFFICER,
      'org.listStations': () => STATIONS,
      'plates.list': () => ({ items: [plate('AAAA2222', '南关社区 3 号楼单元门')] }),
    })
    render(<PlatesPage />)

    await screen.findByText('南关社区 3 号楼单元门')
    expect(screen.queryByText('新建一块')).not.toBeInTheDocument()
    expect(screen.queryByText('批量生成')).not.toBeInTheDocument()
  })

  it('offers admins creating one plate or a batch', async () => {
    fakeStaffCloud({ 'org.whoami': () => ADMIN, 'org.listStations': () => STATIONS, 'plates.list': () => ({ items: [] }) })
    render(<PlatesPage />)

    expect(await screen.findByText('没有符合条件的联系牌')).toBeInTheDocument()
    await waitFor(() => expect(screen.getByText('新建一块')).toBeInTheDocument())
    expect(screen.getByText('批量生成')).toBeInTheDocument()
  })
})

describe('the console home', () => {
  it('hides admin-only entries from officers', async () => {
    fakeStaffCloud({ 'org.whoami': () => OFFICER })
    render(<ConsoleHomePage />)

    expect(await screen.findByText('警民联系牌')).toBeInTheDocument()
    expect(screen.getByText('扫码统计')).toBeInTheDocument()
    expect(screen.queryByText('新建一块联系牌')).not.toBeInTheDocument()
    expect(screen.queryByText('批量生成联系牌')).not.toBeInTheDocument()
  })

  it('shows admins every entry', async () => {
    fakeStaffCloud({ 'org.whoami': () => ADMIN })
    render(<ConsoleHomePage />)

    expect(await screen.findByText('新建一块联系牌')).toBeInTheDocument()
    expect(screen.getByText('批量生成联系牌')).toBeInTheDocument()
  })
})

describe('the console plate list on a station PC (1366 px wide)', () => {
  beforeEach(() => windowWidth(DESK))
  afterEach(() => windowWidth(PHONE))

  // A few rows stand for each page of 50: what matters is the limit asked and the cursor followed.
  const pageOf = (from: number, count: number) => Array.from({ length: count }, (_, i) => plate(`P${String(from + i).padStart(7, '0')}`, `第 ${from + i} 块`))

  it('asks for 50 rows a page and opens pages by number', async () => {
    const calls = fakeStaffCloud({
      'org.whoami': () => OFFICER,
      'org.listStations': () => STATIONS,
      'plates.list': ({ cursor }) =>
        cursor === 'page-3'
          ? { items: pageOf(101, 3) }
          : cursor === 'page-2'
            ? { items: pageOf(51, 3), nextCursor: 'page-3' }
            : { items: pageOf(1, 3), nextCursor: 'page-2' },
    })
    render(<PlatesPage />)

    expect(await screen.findByText('第 1 块')).toBeInTheDocument()
    expect(screen.getByRole('table')).toBeInTheDocument()
    expect(screen.queryByText('加载更多')).not.toBeInTheDocument()
    // Page 2 is known once page 1 answered its cursor; page 3 not yet.
    expect(screen.getByRole('button', { name: '第 1 页' })).toHaveAttribute('aria-current', 'page')
    expect(screen.queryByRole('button', { name: '第 3 页' })).not.toBeInTheDocument()

    fireEvent.click(screen.getByRole('button', { name: '第 2 页' }))
    expect(await screen.findByText('第 51 块')).toBeInTheDocument()
    expect(screen.queryByText('第 1 块')).not.toBeInTheDocument()

    fireEvent.click(screen.getByRole('button', { name: '第 3 页' }))
    expect(await screen.findByText('第 103 块')).toBeInTheDocument()
    expect(screen.getByRole('button', { name: '下一页 ›' })).toBeDisabled()

    fireEvent.click(screen.getByRole('button', { name: '第 1 页' }))
    expect(await screen.findByText('第 1 块')).toBeInTheDocument()

    const lists = calls.filter((c) => c.action === 'list')
    expect(lists.map((c) => c.data.limit)).toEqual([50, 50, 50, 50])
    expect(lists.map((c) => c.data.cursor)).toEqual([undefined, 'page-2', 'page-3', undefined])
  })

  it('starts again from page 1 when a filter changes', async () => {
    const calls = fakeStaffCloud({
      'org.whoami': () => OFFICER,
      'org.listStations': () => STATIONS,
      'plates.list': ({ cursor, status }) =>
        status === 'retired' ? { items: pageOf(900, 1) } : cursor ? { items: pageOf(51, 2) } : { items: pageOf(1, 3), nextCursor: 'page-2' },
    })
    render(<PlatesPage />)
    fireEvent.click(await screen.findByRole('button', { name: '第 2 页' }))
    await screen.findByText('第 51 块')

    fireEvent.click(screen.getByText('已停用'))
    expect(await screen.findByText('第 900 块')).toBeInTheDocument()
    expect(screen.queryByRole('navigation', { name: '分页' })).not.toBeInTheDocument()
    expect(calls.filter((c) => c.action === 'list').at(-1)?.data).toMatchObject({ status: 'retired', limit: 50 })
    expect(calls.filter((c) => c.action === 'list').at(-1)?.data.cursor).toBeUndefined()
  })
})
