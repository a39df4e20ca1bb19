import { render, screen } from '@testing-library/react'
import PlatePoster, { NO_OFFICER_NAME } from '@/staff/components/PlatePoster'
import type { ActionOutput } from '../../types'

const card: ActionOutput<'plates', 'lookup'> = {
  plate: { code: 'BTSQ23EC', kind: 'plate', label: '白塔山公园北门', address: '白塔山公园', area: '白塔山社区', status: 'active' },
  officer: null,
  station: { stationId: 'st-chengguan', name: '城关派出所', address: '城关区民主路 88 号', phone: '0000-6110110' },
  emergency: [],
}

describe('the printable plate poster', () => {
  it('says 本社区民警 and gives the station phone when the area has no officer', () => {
    render(<PlatePoster card={card} pngBase64="iVBORw0KGgo=" />)

    expect(NO_OFFICER_NAME).toBe('本社区民警')
    expect(screen.getByText('本社区民警')).toBeInTheDocument()
    expect(screen.queryByText(/警号/)).not.toBeInTheDocument()
    expect(screen.queryByText(/民警电话/)).not.toBeInTheDocument()
    expect(screen.getByText('城关派出所 0000-6110110')).toBeInTheDocument()
  })

  it('names the officer with badge number and phone, and carries everything a plate must', () => {
    const officer = { officerId: 'of-wang', name: '王建国', badgeNo: '062301', phone: '13800000001', dutyHours: '工作日 8:30–17:30' }
    const { container } = render(<PlatePoster card={{ ...card, officer }} pngBase64="iVBORw0KGgo=" />)

    expect(screen.getByText('警民联系牌')).toBeInTheDocument()
    expect(screen.getByText('白塔山社区')).toBeInTheDocument()
    expect(screen.getByText('王建国')).toBeInTheDocument()
    expect(screen.getByText('警号 062301')).toBeInTheDocument()
    expect(screen.getByText('民警电话 13800000001')).toBeInTheDocument()
    expect(screen.queryByText('本社区民警')).not.toBeInTheDocument()
    for (const number of ['110', '119', '120', '122', '96110']) expect(screen.getByText(number)).toBeInTheDocument()
    expect(screen.getByText('本程序不是报警渠道。紧急情况请直接拨打 110。')).toBeInTheDocument()
    expect(screen.getByText('编号 BTSQ23EC')).toBeInTheDocument()
    expect(container.querySelector('[src="data:image/png;base64,iVBORw0KGgo="]')).not.toBeNull()
  })
})
