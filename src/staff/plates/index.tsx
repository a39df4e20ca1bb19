import { Text, View } from '@tarojs/components'
import type { ActionOutput } from '@/types'
import ActionButton from '../../components/ActionButton'
import PageState from '../../components/PageState'
import { chinaDate } from '@/time/china'
import DeskLayout from '../components/DeskLayout'
import DeskTable, { type DeskColumn } from '../components/DeskTable'
import DeskTag from '../components/DeskTable/DeskTag'
import ListFoot from '../components/ListFoot'
import ListRow from '../components/ListRow'
import PlateFilters from '../components/PlateFilters'
import StaffPage from '../components/StaffPage'
import { consoleUrls, openConsolePage } from '../navigation'
import BulkBar from './BulkBar'
import { PLATE_KIND_LABELS, PLATE_STATUS_LABELS } from './labels'
import { usePlateRegister } from './usePlateRegister'
import './BulkBar.css'

type ListedPlate = ActionOutput<'plates', 'list'>['items'][number]

/** The plate register as a table on a station PC (多选 keeps the checkbox list). */
const PLATE_COLUMNS: DeskColumn<ListedPlate>[] = [
  {
    key: 'label',
    title: '位置名称',
    sortBy: (p) => p.label,
    cell: (p) => (
      <>
        {p.label} {p.status === 'retired' ? <DeskTag text={PLATE_STATUS_LABELS.retired} tone="warning" /> : null}
      </>
    ),
  },
  { key: 'code', title: '编号', fit: true, sortBy: (p) => p.code, cell: (p) => p.code },
  { key: 'kind', title: '类型', fit: true, sortBy: (p) => PLATE_KIND_LABELS[p.kind], cell: (p) => PLATE_KIND_LABELS[p.kind] },
  { key: 'area', title: '社区', fit: true, sortBy: (p) => p.area, cell: (p) => p.area },
  { key: 'address', title: '地址', sortBy: (p) => p.address, cell: (p) => (p.retiredReason ? `${p.address}（停用原因：${p.retiredReason}）` : p.address) },
  { key: 'createdAt', title: '建档日期', fit: true, sortBy: (p) => Date.parse(p.createdAt), cell: (p) => chinaDate(p.createdAt) },
  { key: 'scans', title: '扫码次数', align: 'end', sortBy: (p) => p.scans, cell: (p) => p.scans },
]

export default function PlatesPage() {
  const { role, filter, setFilter, list, selection } = usePlateRegister()
  return (
    <StaffPage title="警民联系牌" wide>
      <DeskLayout
        side={
          <>
            {role.isAdmin ? (
              <View className="staff-page__actions">
                <ActionButton onClick={() => openConsolePage(consoleUrls.plateNew)}>新建一块</ActionButton>
                <ActionButton tone="secondary" onClick={() => openConsolePage(consoleUrls.plateBatch)}>
                  批量生成
                </ActionButton>
                {selection.selecting ? null : (
                  <ActionButton tone="secondary" onClick={selection.start} hint="批量停用或改绑">
                    多选
                  </ActionButton>
                )}
              </View>
            ) : null}
            <PlateFilters filter={filter} onChange={setFilter} withStation={role.isAdmin} />
            {selection.selecting ? <BulkBar selection={selection} stationId={filter.stationId} /> : null}
          </>
        }
      >
        <PageState remote={list.remote} loadingText="正在读取联系牌…" emptyTitle="没有符合条件的联系牌" emptyHint="换个条件试试，或新建一块。">
          {({ items }) => {
            const cards = (
              <View className="jmt-card">
                {items.map((plate) => {
                  const row = (
                    <ListRow
                      title={plate.label}
                      tag={plate.status === 'retired' ? PLATE_STATUS_LABELS.retired : undefined}
                      tagTone="warning"
                      lines={[
                        `${plate.code}　${PLATE_KIND_LABELS[plate.kind]}　${plate.area}`,
                        plate.address,
                        plate.retiredReason ? `停用原因：${plate.retiredReason}` : '',
                      ]}
                      aside={`${plate.scans} 次`}
                      onClick={selection.selecting ? undefined : () => openConsolePage(consoleUrls.plateDetail(plate.code))}
                    />
                  )
                  if (!selection.selecting) return <View key={plate.code}>{row}</View>
                  const on = selection.isPicked(plate.code)
                  return (
                    <View
                      key={plate.code}
                      className="plate-pick"
                      role="checkbox"
                      aria-checked={on}
                      aria-label={`选择 ${plate.label} ${plate.code}`}
                      onClick={() => selection.toggle(plate.code)}
                    >
                      <Text className={on ? 'plate-pick__box plate-pick__box--on' : 'plate-pick__box'}>{on ? '✓' : ''}</Text>
                      <View className="plate-pick__row">{row}</View>
                    </View>
                  )
                })}
              </View>
            )
            return (
              <>
                {selection.selecting ? (
                  cards
                ) : (
                  <DeskTable
                    caption="联系牌（点列名排序，点一行打开）"
                    columns={PLATE_COLUMNS}
                    rows={items}
                    rowKey={(p) => p.code}
                    onOpen={(p) => openConsolePage(consoleUrls.plateDetail(p.code))}
                    openHint="打开这块联系牌"
                    phone={cards}
                  />
                )}
                <ListFoot list={list} />
              </>
            )
          }}
        </PageState>
      </DeskLayout>
    </StaffPage>
  )
}
