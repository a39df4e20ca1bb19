import { Text, View } from '@tarojs/components'
import ActionButton from '../../components/ActionButton'
import PageState from '../../components/PageState'
import ListRow from '../components/ListRow'
import LoadMore from '../components/LoadMore'
import PlateFilters from '../components/PlateFilters'
import StaffPage from '../components/StaffPage'
import { consoleUrls, openConsolePage } from '../navigation'
import BulkBar from './BulkBar'
import { PLATE_KIND_LABELS, PLATE_STATUS_LABELS } from './labels'
import { usePlateRegister } from './usePlateRegister'
import './BulkBar.css'

export default function PlatesPage() {
  const { role, filter, setFilter, list, selection } = usePlateRegister()
  return (
    <StaffPage title='警民联系牌'>
      {role.isAdmin ? (
        <View className='staff-page__actions'>
          <ActionButton onClick={() => openConsolePage(consoleUrls.plateNew)}>新建一块</ActionButton>
          <ActionButton tone='secondary' onClick={() => openConsolePage(consoleUrls.plateBatch)}>
            批量生成
          </ActionButton>
          {selection.selecting ? null : (
            <ActionButton tone='secondary' onClick={selection.start} hint='批量停用或改绑'>
              多选
            </ActionButton>
          )}
        </View>
      ) : null}
      <PlateFilters filter={filter} onChange={setFilter} withStation={role.isAdmin} />
      {selection.selecting ? <BulkBar selection={selection} stationId={filter.stationId} /> : null}
      <PageState remote={list.remote} loadingText='正在读取联系牌…' emptyTitle='没有符合条件的联系牌' emptyHint='换个条件试试，或新建一块。'>
        {({ items, nextCursor }) => (
          <>
            <View className='jmt-card'>
              {items.map((plate) => {
                const row = (
                  <ListRow
                    title={plate.label}
                    tag={plate.status === 'retired' ? PLATE_STATUS_LABELS.retired : undefined}
                    tagTone='warning'
                    lines={[`${plate.code}　${PLATE_KIND_LABELS[plate.kind]}　${plate.area}`, plate.address, plate.retiredReason ? `停用原因：${plate.retiredReason}` : '']}
                    aside={`${plate.scans} 次`}
                    onClick={selection.selecting ? undefined : () => openConsolePage(consoleUrls.plateDetail(plate.code))}
                  />
                )
                if (!selection.selecting) return <View key={plate.code}>{row}</View>
                const on = selection.isPicked(plate.code)
                return (
                  <View
                    key={plate.code}
                    className='plate-pick'
                    role='checkbox'
                    aria-checked={on}
                    aria-label={`选择 ${plate.label} ${plate.code}`}
                    onClick={() => selection.toggle(plate.code)}
                  >
                    <Text className={on ? 'plate-pick__box plate-pick__box--on' : 'plate-pick__box'}>{on ? '✓' : ''}</Text>
                    <View className='plate-pick__row'>{row}</View>
                  </View>
                )
              })}
            </View>
            <LoadMore hasMore={Boolean(nextCursor)} loading={list.loadingMore} error={list.moreError} onLoadMore={list.loadMore} />
          </>
        )}
      </PageState>
    </StaffPage>
  )
}
