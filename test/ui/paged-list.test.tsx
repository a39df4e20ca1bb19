import { act, fireEvent, render, screen } from '@testing-library/react'
import { useState } from 'react'
import PagedMore from '@/components/PagedMore'
import PageState from '@/components/PageState'
import { usePaged } from '@/hooks/usePaged'
import type { Page } from '@/types/common'

/** A page's answer the test hands out when it chooses. */
function deferred<T>() {
  let resolve: (value: T) => void = () => undefined
  const promise = new Promise<T>((done) => (resolve = done))
  return { promise, resolve }
}

type Load = (filter: string, cursor?: string) => Promise<Page<string>>

function FilteredList({ load }: { load: Load }) {
  const [filter, setFilter] = useState('甲')
  const paged = usePaged((cursor) => load(filter, cursor), [filter, load])
  return (
    <div>
      <button onClick={() => setFilter('乙')}>换成乙</button>
      <PageState remote={paged.remote} emptyTitle="没有" loadingText="正在加载…">
        {({ items }) => <p>{items.join('，')}</p>}
      </PageState>
      <PagedMore paged={paged} />
    </div>
  )
}

describe('a list read page by page', () => {
  it('shows 正在加载 as soon as the filter changes, never the rows of the old filter', async () => {
    const second = deferred<Page<string>>()
    const load = jest.fn<ReturnType<Load>, Parameters<Load>>((filter) => (filter === '甲' ? Promise.resolve({ items: ['甲一'] }) : second.promise))
    render(<FilteredList load={load} />)
    expect(await screen.findByText('甲一')).toBeInTheDocument()
    fireEvent.click(screen.getByText('换成乙'))
    expect(screen.queryByText('甲一')).not.toBeInTheDocument()
    expect(screen.getByText('正在加载…')).toBeInTheDocument()
    await act(async () => second.resolve({ items: ['乙一'] }))
    expect(screen.getByText('乙一')).toBeInTheDocument()
  })

  it('drops a later page that arrives after the filter changed', async () => {
    const late = deferred<Page<string>>()
    const load = jest.fn<ReturnType<Load>, Parameters<Load>>((filter, cursor) => {
      if (filter === '乙') return Promise.resolve({ items: ['乙一'] })
      return cursor ? late.promise : Promise.resolve({ items: ['甲一'], nextCursor: 'p2' })
    })
    render(<FilteredList load={load} />)
    fireEvent.click(await screen.findByText('加载更多'))
    expect(screen.getByText('正在加载…')).toBeInTheDocument()
    fireEvent.click(screen.getByText('换成乙'))
    expect(await screen.findByText('乙一')).toBeInTheDocument()
    await act(async () => late.resolve({ items: ['甲二'] }))
    expect(screen.getByText('乙一')).toBeInTheDocument()
    expect(screen.queryByText(/甲二/)).not.toBeInTheDocument()
    expect(screen.queryByText('加载更多')).not.toBeInTheDocument()
  })

  it('adds the next page under the first and stops offering more after the last', async () => {
    const load = jest.fn<ReturnType<Load>, Parameters<Load>>((_filter, cursor) =>
      Promise.resolve(cursor ? { items: ['甲二'] } : { items: ['甲一'], nextCursor: 'p2' }),
    )
    render(<FilteredList load={load} />)
    fireEvent.click(await screen.findByText('加载更多'))
    expect(await screen.findByText('甲一，甲二')).toBeInTheDocument()
    expect(screen.queryByText('加载更多')).not.toBeInTheDocument()
    expect(load).toHaveBeenLastCalledWith('甲', 'p2')
  })
})
