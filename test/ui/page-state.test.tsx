import { act, fireEvent, render, screen } from '@testing-library/react'
import { ApiError } from '@/api'
import PageState from '@/components/PageState'
import { useRemote } from '@/hooks/useRemote'

type Answer = { items: string[] }

function Sessions({ load, timeoutMs }: { load: () => Promise<Answer>; timeoutMs?: number }) {
  const remote = useRemote(() => load(), [load], { timeoutMs })
  return (
    <PageState remote={remote} emptyTitle="近期还没有安排" loadingText="正在加载…">
      {(data) => <p>{data.items.join('，')}</p>}
    </PageState>
  )
}

describe('PageState with useRemote', () => {
  it('says it is loading while the answer is on its way', () => {
    render(<Sessions load={() => new Promise(() => undefined)} />)
    expect(screen.getByText('正在加载…')).toBeInTheDocument()
  })

  it('shows the data once it arrives', async () => {
    render(<Sessions load={async () => ({ items: ['南关社区', '北街市场'] })} />)
    expect(await screen.findByText('南关社区，北街市场')).toBeInTheDocument()
  })

  it('says plainly when there is nothing to show', async () => {
    render(<Sessions load={async () => ({ items: [] })} />)
    expect(await screen.findByText('近期还没有安排')).toBeInTheDocument()
  })

  it('shows the server message and loads again when 重试 is tapped', async () => {
    const load = jest
      .fn<Promise<Answer>, []>()
      .mockRejectedValueOnce(new ApiError('INTERNAL', '网络不可用，请检查网络后重试'))
      .mockResolvedValueOnce({ items: ['南关社区'] })
    render(<Sessions load={load} />)

    expect(await screen.findByText('暂时没能打开')).toBeInTheDocument()
    expect(screen.getByText('网络不可用，请检查网络后重试')).toBeInTheDocument()

    fireEvent.click(screen.getByText('重试'))
    expect(await screen.findByText('南关社区')).toBeInTheDocument()
    expect(load).toHaveBeenCalledTimes(2)
  })

  it('words the headline by error code', async () => {
    render(<Sessions load={() => Promise.reject(new ApiError('FORBIDDEN', '需要民警身份'))} />)
    expect(await screen.findByText('没有权限查看')).toBeInTheDocument()
    expect(screen.getByText('需要民警身份')).toBeInTheDocument()
  })

  it('tells how long to wait when asked to slow down', async () => {
    render(<Sessions load={() => Promise.reject(new ApiError('RATE_LIMITED', '操作太频繁。', { retryAfter: 30 }))} />)
    expect(await screen.findByText(/请 30 秒后再试/)).toBeInTheDocument()
  })

  it('never spins forever: a call that does not answer becomes an error with 重试', async () => {
    jest.useFakeTimers()
    try {
      render(<Sessions load={() => new Promise(() => undefined)} timeoutMs={5000} />)
      await act(async () => {
        jest.advanceTimersByTime(5001)
      })
      expect(screen.getByText('等待时间太长，请检查网络后重试')).toBeInTheDocument()
      expect(screen.getByText('重试')).toBeInTheDocument()
    } finally {
      jest.useRealTimers()
    }
  })

  it('turns an unexpected failure into a plain network message', async () => {
    render(<Sessions load={() => Promise.reject(new TypeError('Failed to fetch'))} />)
    expect(await screen.findByText('网络不可用，请检查网络后重试')).toBeInTheDocument()
  })
})
