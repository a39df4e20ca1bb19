import { fireEvent, render, screen } from '@testing-library/react'
import Taro from '@tarojs/taro'
import EmergencyNumbers from '@/components/EmergencyNumbers'

describe('EmergencyNumbers', () => {
  let makePhoneCall: jest.SpyInstance

  beforeEach(() => {
    makePhoneCall = jest.spyOn(Taro, 'makePhoneCall').mockResolvedValue({ errMsg: 'makePhoneCall:ok' })
  })

  afterEach(() => makePhoneCall.mockRestore())

  it.each([
    ['110', '报警'],
    ['119', '火警'],
    ['120', '急救'],
    ['122', '交通事故'],
  ])('calls %s (%s) with one tap', (number, label) => {
    render(<EmergencyNumbers />)
    expect(screen.getByText(label)).toBeInTheDocument()
    fireEvent.click(screen.getByText(number))
    expect(makePhoneCall).toHaveBeenCalledTimes(1)
    expect(makePhoneCall).toHaveBeenCalledWith({ phoneNumber: number })
  })

  it('offers 96110, the anti-fraud hotline', () => {
    render(<EmergencyNumbers />)
    fireEvent.click(screen.getByText('96110 反诈专线'))
    expect(makePhoneCall).toHaveBeenCalledWith({ phoneNumber: '96110' })
  })

  it('can leave the anti-fraud hotline out', () => {
    render(<EmergencyNumbers withFraudHotline={false} />)
    expect(screen.queryByText('96110 反诈专线')).not.toBeInTheDocument()
  })

  it('says the app is not the way to report an emergency', () => {
    render(<EmergencyNumbers />)
    expect(screen.getByText('本程序不是报警渠道。紧急情况请直接拨打 110。')).toBeInTheDocument()
  })

  it('stays quiet when the person backs out of the dialler', async () => {
    makePhoneCall.mockRejectedValue({ errMsg: 'makePhoneCall:fail cancel' })
    render(<EmergencyNumbers />)
    fireEvent.click(screen.getByText('120'))
    await Promise.resolve()
    expect(makePhoneCall).toHaveBeenCalledWith({ phoneNumber: '120' })
  })
})
