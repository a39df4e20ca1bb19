import { fireEvent, render, screen, waitFor } from '@testing-library/react'
import PlatesPage from '@/staff/plates/index'
import ConsoleHomePage from '@/staff/index/index'
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
        cursor === 'page-2' ? { items: [plate('CCCC4444', '南关小学门口')] } : { items: [plate('AAAA2222', '南关社区 3 号楼单元门'), plate('BBBB3333', '南关农贸市场东门')], nextCursor: 'page-2' },
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
  })

  it('offers officers no way to create plates', async () => {
    fakeStaffCloud({ 'org.whoami': () => OFFICER, 'org.listStations': () => STATIONS, 'plates.list': () => ({ items: [plate('AAAA2222', '南关社区 3 号楼单元门')] }) })
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
