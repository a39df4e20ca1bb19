import { fireEvent, render, screen, waitFor } from '@testing-library/react'
import Taro from '@tarojs/taro'
import BatchForm from '@/staff/components/BatchForm'
import { type CloudCall, fakeStaffCloud, Refusal, STATIONS } from './staff-cloud'
import { typeInto } from './staff-form-input'
import { first } from '../list-items'

let showToast: jest.SpyInstance

beforeEach(() => {
  showToast = jest.spyOn(Taro, 'showToast').mockResolvedValue({ errMsg: 'showToast:ok' })
})
afterEach(() => showToast.mockRestore())

/** The station's known areas: the area is picked from them, never typed. */
const AREAS = { items: [{ area: '南关社区', stationId: 'st-chengguan', officerName: '王建国', plates: 3 }] }

async function fillPlace() {
  typeInto('名称前缀', '南关社区门牌')
  typeInto('地址', '南关什字')
  fireEvent.click(await screen.findByText('城关派出所'))
  fireEvent.click(await screen.findByText('南关社区（王建国）'))
}

const batches = (calls: CloudCall[]) => calls.filter((c) => c.action === 'createBatch')

describe('批量生成联系牌', () => {
  it.each([
    ['nothing', ''],
    ['zero', '0'],
    ['more than 500', '501'],
    ['a fraction', '2.5'],
  ])('refuses a count of %s before asking the server', async (_, count) => {
    const calls = fakeStaffCloud({ 'org.listStations': () => STATIONS, 'plates.listAreas': () => AREAS })
    render(<BatchForm onCreated={jest.fn()} />)
    await fillPlace()
    typeInto('数量', count)

    fireEvent.click(screen.getByText('批量生成'))

    expect(screen.getByText('数量应为 1–500 之间的整数')).toBeInTheDocument()
    expect(batches(calls)).toEqual([])
  })

  it('asks for the label prefix, the area and the station', async () => {
    const calls = fakeStaffCloud({ 'org.listStations': () => STATIONS, 'plates.listAreas': () => AREAS })
    render(<BatchForm onCreated={jest.fn()} />)
    await screen.findByText('城关派出所')
    typeInto('数量', '20')

    fireEvent.click(screen.getByText('批量生成'))
    expect(screen.getByText('请填写名称前缀，例如 南关社区门牌')).toBeInTheDocument()

    typeInto('名称前缀', '南关社区门牌')
    typeInto('地址', '南关什字')
    fireEvent.click(screen.getByText('批量生成'))
    expect(screen.getByText('请选择所属派出所')).toBeInTheDocument()

    // With the station chosen, its areas are offered and one must be picked.
    fireEvent.click(screen.getByText('城关派出所'))
    await screen.findByText('南关社区（王建国）')
    fireEvent.click(screen.getByText('批量生成'))
    expect(screen.getByText('请选择所属社区')).toBeInTheDocument()
    expect(batches(calls)).toEqual([])
  })

  it('sends a valid batch and hands back the new codes', async () => {
    const calls = fakeStaffCloud({
      'org.listStations': () => STATIONS,
      'plates.listAreas': () => AREAS,
      'plates.createBatch': () => ({ codes: ['AAAA2222', 'BBBB3333'] }),
    })
    const onCreated = jest.fn()
    render(<BatchForm onCreated={onCreated} />)
    await fillPlace()
    typeInto('数量', '2')

    fireEvent.click(screen.getByText('批量生成'))
    expect(screen.getByText('正在生成…')).toBeInTheDocument()

    await waitFor(() => expect(onCreated).toHaveBeenCalledWith(expect.objectContaining({ codes: ['AAAA2222', 'BBBB3333'] })))
    expect(first(batches(calls)).data).toEqual({
      count: 2,
      kind: 'plate',
      labelPrefix: '南关社区门牌',
      address: '南关什字',
      area: '南关社区',
      stationId: 'st-chengguan',
    })
    expect(showToast).toHaveBeenCalledWith(expect.objectContaining({ title: '已生成 2 块' }))
  })

  it('shows the server’s reason when it refuses', async () => {
    fakeStaffCloud({
      'org.listStations': () => STATIONS,
      'plates.listAreas': () => AREAS,
      'plates.createBatch': () => new Refusal('FORBIDDEN', '只有管理员可以这样做', 403),
    })
    const onCreated = jest.fn()
    render(<BatchForm onCreated={onCreated} />)
    await fillPlace()
    typeInto('数量', '3')

    fireEvent.click(screen.getByText('批量生成'))

    expect(await screen.findByText('只有管理员可以这样做')).toBeInTheDocument()
    expect(screen.getByText('批量生成')).toBeInTheDocument()
    expect(onCreated).not.toHaveBeenCalled()
    expect(showToast).not.toHaveBeenCalled()
  })
})
