import { act, fireEvent, render, screen, waitFor } from '@testing-library/react'
import Taro from '@tarojs/taro'
import VisitBookingForm, { NO_REMINDER_ON_WEB, PURPOSE_NOTICE } from '@/components/VisitBookingForm'
import { type CloudCall, fakeStaffCloud, Refusal } from './staff-cloud'
import { openSession } from './visits-fixtures'

const REMINDER = 'tmpl-reminder-1'
const CHANGED = 'tmpl-cancelled-1'
const TEMPLATES = { reminder: REMINDER, cancelled: CHANGED, requestAnswered: 'tmpl-answer-1' }
const BOOKED = { bookingId: 'bk-9', queueNo: 13, expectedAt: '2026-12-01T01:40:00.000Z', checkinCode: 'K7M2Q9XA' }

let subscribe: jest.SpyInstance
/** What happened, in order: the subscribe dialog and the cloud calls. */
let events: string[]

function cloud(book: () => unknown = () => BOOKED): CloudCall[] {
  return fakeStaffCloud({
    'visits.templates': () => TEMPLATES,
    'visits.book': () => {
      events.push('book')
      return book()
    },
  })
}

/** WeChat's dialog in the mini-program: the reminder answered `answer`, the change notice accepted. */
function subscribeAnswers(answer: 'accept' | 'reject') {
  subscribe = jest.spyOn(Taro, 'requestSubscribeMessage').mockImplementation((async () => {
    events.push('subscribe')
    return { errMsg: 'requestSubscribeMessage:ok', [REMINDER]: answer, [CHANGED]: 'accept' }
  }) as unknown as typeof Taro.requestSubscribeMessage)
}

/** Runs `body` as the mini-program build would (process.env.TARO_ENV is inlined there; read at run time here). */
async function inMiniProgram(body: () => Promise<void>) {
  const was = process.env.TARO_ENV
  process.env.TARO_ENV = 'weapp'
  try {
    await body()
  } finally {
    process.env.TARO_ENV = was
  }
}

const asked = (calls: CloudCall[]) => calls.filter((c) => c.fn === 'subscriptions').map((c) => c.data.templateIds)

/** Types into the field labelled `label`, as Taro's H5 input reports typing. */
function typeInto(label: string, value: string) {
  const field = screen.getByLabelText(label)
  act(() => {
    field.dispatchEvent(new CustomEvent('input', { detail: { value }, bubbles: true }))
  })
}

const bookings = (calls: CloudCall[]) => calls.filter((c) => c.action === 'book').map((c) => c.data)

async function renderForm(onBooked = jest.fn(), session = openSession()) {
  const view = render(<VisitBookingForm session={session} onBooked={onBooked} />)
  // The template ids arrive first; the switch only asks once it knows which template to ask for.
  await waitFor(() => expect(global.fetch).toHaveBeenCalled())
  // A macrotask: every promise of the templates answer settles before the test taps anything.
  await act(() => new Promise((resolve) => setTimeout(resolve, 0)))
  return view
}

beforeEach(() => {
  events = []
  subscribeAnswers('accept')
})
afterEach(() => subscribe.mockRestore())

describe('the booking form', () => {
  it('says in one line why it asks for a name and phone, and marks both optional', async () => {
    cloud()
    await renderForm()

    expect(screen.getByText(PURPOSE_NOTICE)).toBeInTheDocument()
    expect(PURPOSE_NOTICE).not.toMatch(/\n/)
    expect(screen.getAllByText('（可不填）')).toHaveLength(2)
  })

  it("offers exactly the session's services as the matter", async () => {
    cloud()
    await renderForm()

    const matters = screen.getAllByRole('radio').map((chip) => chip.textContent)
    expect(matters).toEqual(['户籍咨询', '居住证', '反诈咨询'])
    expect(screen.queryByText('纠纷求助')).not.toBeInTheDocument()
  })

  it('asks for a matter before anything else', async () => {
    const calls = cloud()
    await renderForm()

    fireEvent.click(screen.getByText('确认预约'))

    expect(screen.getByRole('alert')).toHaveTextContent('请选择要办理的事项')
    expect(bookings(calls)).toEqual([])
    expect(subscribe).not.toHaveBeenCalled()
    expect(asked(calls)).toEqual([])
  })

  it('refuses a phone number that cannot be right, but books without one', async () => {
    const calls = cloud()
    const onBooked = jest.fn()
    await renderForm(onBooked)
    fireEvent.click(screen.getByText('居住证'))
    typeInto('电话', '1380000')

    fireEvent.click(screen.getByText('确认预约'))
    expect(screen.getByRole('alert')).toHaveTextContent('请填写手机号（11 位）或带区号的座机号')
    expect(bookings(calls)).toEqual([])

    // A service number is not a number anyone can be called back on.
    typeInto('电话', '12345')
    fireEvent.click(screen.getByText('确认预约'))
    expect(screen.getByRole('alert')).toHaveTextContent('带区号的座机号')
    expect(bookings(calls)).toEqual([])

    typeInto('电话', '')
    fireEvent.click(screen.getByText('确认预约'))
    await waitFor(() => expect(onBooked).toHaveBeenCalledWith(BOOKED))
    expect(bookings(calls)).toEqual([{ sessionId: 'ses-market', matter: '居住证', remind: false }])
  })

  it('asks WeChat in ONE dialog for the reminder and the change notice on the tap, before booking, and books with remind when accepted', async () => {
    await inMiniProgram(async () => {
      const calls = cloud()
      const onBooked = jest.fn()
      await renderForm(onBooked)
      fireEvent.click(screen.getByText('反诈咨询'))
      typeInto('姓名', ' 李秀兰 ')
      typeInto('电话', '13800000011')

      fireEvent.click(screen.getByText('确认预约'))

      await waitFor(() => expect(onBooked).toHaveBeenCalledWith(BOOKED))
      expect(subscribe).toHaveBeenCalledTimes(1)
      expect(subscribe.mock.calls[0][0]).toMatchObject({ tmplIds: [REMINDER, CHANGED] })
      expect(events).toEqual(['subscribe', 'book'])
      expect(bookings(calls)).toEqual([{ sessionId: 'ses-market', matter: '反诈咨询', name: '李秀兰', phone: '13800000011', remind: true }])
    })
  })

  it('books without a reminder when the person declines it in the dialog', async () => {
    subscribe.mockRestore()
    subscribeAnswers('reject')
    await inMiniProgram(async () => {
      const calls = cloud()
      await renderForm()
      fireEvent.click(screen.getByText('户籍咨询'))

      fireEvent.click(screen.getByText('确认预约'))

      await waitFor(() => expect(bookings(calls)).toEqual([{ sessionId: 'ses-market', matter: '户籍咨询', remind: false }]))
    })
  })

  it('with 提醒我 off, asks only for the change notice', async () => {
    await inMiniProgram(async () => {
      const calls = cloud()
      await renderForm()
      fireEvent.click(screen.getByText('户籍咨询'))
      const toggle = screen.getByRole('switch', { name: '开始前提醒我' })
      expect(toggle).toHaveAttribute('aria-checked', 'true')

      fireEvent.click(toggle)
      expect(toggle).toHaveAttribute('aria-checked', 'false')
      fireEvent.click(screen.getByText('确认预约'))

      await waitFor(() => expect(bookings(calls)).toHaveLength(1))
      expect(subscribe).toHaveBeenCalledTimes(1)
      expect(subscribe.mock.calls[0][0]).toMatchObject({ tmplIds: [CHANGED] })
      expect(bookings(calls)[0]).toMatchObject({ remind: false })
    })
  })

  it('in the H5 build offers no 提醒我 and asks for nothing: a web page gets no WeChat message, and says so', async () => {
    const calls = cloud()
    const onBooked = jest.fn()
    await renderForm(onBooked)
    expect(screen.queryByRole('switch', { name: '开始前提醒我' })).not.toBeInTheDocument()
    expect(screen.getByText(NO_REMINDER_ON_WEB)).toBeInTheDocument()
    fireEvent.click(screen.getByText('居住证'))

    fireEvent.click(screen.getByText('确认预约'))

    await waitFor(() => expect(onBooked).toHaveBeenCalledWith(BOOKED))
    expect(subscribe).not.toHaveBeenCalled()
    expect(asked(calls)).toEqual([])
    expect(bookings(calls)).toEqual([{ sessionId: 'ses-market', matter: '居住证', remind: false }])
  })

  it.each([
    ['FULL', '名额已满', '名额已满，请选择其他场次'],
    ['CONFLICT', '已预约', '你已预约过这一场，可在“我的预约”里查看'],
  ])('says what a %s refusal means', async (code, message, words) => {
    cloud(() => new Refusal(code, message, 409))
    const onBooked = jest.fn()
    await renderForm(onBooked)
    fireEvent.click(screen.getByText('居住证'))

    fireEvent.click(screen.getByText('确认预约'))

    expect(await screen.findByRole('alert')).toHaveTextContent(words)
    expect(onBooked).not.toHaveBeenCalled()
  })
})
