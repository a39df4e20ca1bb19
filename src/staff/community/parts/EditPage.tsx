import { type ReactNode, useEffect } from 'react'
import Taro, { useRouter } from '@tarojs/taro'
import PageState from '@/components/PageState'
import { useRemoteFor } from '@/hooks/useRemote'
import StaffPage from '../../components/StaffPage'

interface EditPageProps<T> {
  /** Reads the item named by the page's `id`; without an id the form starts empty. */
  load: (id: string) => Promise<T>
  titles: { edit: string; create: string }
  /** Said when the id names nothing. */
  missing: string
  /** The form, given the item (undefined for a new one). */
  children: (item: T | undefined) => ReactNode
}

/** An edit page of the community console (notice, guide, watch point): the item by its id, then its form. */
export default function EditPage<T>({ load, titles, missing, children }: EditPageProps<T>) {
  const id = useRouter().params.id
  const item = useRemoteFor(`edit:${id ?? ''}`, async () => (id ? load(id) : null), { isEmpty: () => false })
  const title = id ? titles.edit : titles.create
  useEffect(() => {
    Taro.setNavigationBarTitle({ title }).catch(() => undefined)
  }, [title])
  return (
    <StaffPage title={title}>
      <PageState remote={item} emptyTitle={missing}>
        {(found) => children(found ?? undefined)}
      </PageState>
    </StaffPage>
  )
}
