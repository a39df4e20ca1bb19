import { View } from '@tarojs/components'
import ActionButton from '../../components/ActionButton'
import PageState from '../../components/PageState'
import ListRow from '../components/ListRow'
import LoadMore from '../components/LoadMore'
import PlateFilters from '../components/PlateFilters'
import StaffPage from '../components/StaffPage'
import { consoleUrls, openConsolePage } from '../navigation'
import { PLATE_KIND_LABELS, PLATE_STATUS_LABELS } from './labels'
import { usePlateRegister } from './usePlateRegister'

export default function PlatesPage() {
  const { role, filter, setFilter, list } = usePlateRegister()
  return (
    <StaffPage title='警民联系牌'>
      {role.isAdmin ? (
        <View className='staff-page__actions'>
          <ActionButton onClick={() => openConsolePage(consoleUrls.plateNew)}>新建一块</ActionButton>
          <ActionButton tone='secondary' onClick={() => openConsolePage(consoleUrls.plateBatch)}>
            批量生成
          </ActionButton>
        </View>
      ) : null}
      <PlateFilters filter={filter} onChange={setFilter} withStation={role.isAdmin} />
      <PageState remote={list.remote} loadingText='正在读取联系牌…' emptyTitle='没有符合条件的联系牌' emptyHint='换个条件试试，或新建一块。'>
        {({ items, nextCursor }) => (
          <>
            <View className='jmt-card'>
              {items.map((plate) => (
                <ListRow
                  key={plate.code}
                  title={plate.label}
                  tag={plate.status === 'retired' ? PLATE_STATUS_LABELS.retired : undefined}
                  tagTone='warning'
                  lines={[`${plate.code}　${PLATE_KIND_LABELS[plate.kind]}　${plate.area}`, plate.address]}
                  aside={`${plate.scans} 次`}
                  onClick={() => openConsolePage(consoleUrls.plateDetail(plate.code))}
                />
              ))}
            </View>
            <LoadMore hasMore={Boolean(nextCursor)} loading={list.loadingMore} error={list.moreError} onLoadMore={list.loadMore} />
          </>
        )}
      </PageState>
    </StaffPage>
  )
}
