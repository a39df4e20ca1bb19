import { Text, View } from '@tarojs/components'
import PageState from '../../components/PageState'
import PrintButton from '../components/PrintButton'
import QrImage from '../components/QrImage'
import StaffPage from '../components/StaffPage'
import { useBatchPrint } from './useBatchPrint'
import '../print.css'
import './poster.css'
import './sheet.css'

/**
 * A label sheet of a batch: small labels (QR, code, name) on A4, 3 across and 7 down, for stamps in
 * household registers and for plates that already have a poster.
 */
export default function BatchSheetPage() {
  const { batchId, loaded, posters } = useBatchPrint()
  return (
    <StaffPage className="print-page poster-page label-sheet-page">
      <PageState
        remote={posters}
        loadingText={loaded > 0 ? `正在生成标签，已完成 ${loaded} 张…` : '正在生成标签…'}
        emptyTitle="这一批没有联系牌"
        errorTitles={{ NOT_FOUND: '没有找到这一批联系牌', INVALID_ARGUMENT: '批次编号不对' }}
      >
        {(items) => (
          <>
            <View className="print-page__controls poster-page__controls">
              <Text className="jmt-hero staff-page__title">{`批次 ${batchId}：${items.length} 张标签`}</Text>
              <Text className="jmt-muted">A4 纵向，每页 21 张（3 列 × 7 行）。</Text>
              <PrintButton hint="A4 纵向，打印时选「实际大小」" />
            </View>
            <View className="label-sheet">
              {items.map(({ plate, station, pngBase64 }) => (
                <View className="label-sheet__label" key={plate.code}>
                  <QrImage pngBase64={pngBase64} code={plate.code} size="label" />
                  <View className="label-sheet__words">
                    <Text className="label-sheet__title">警民联系牌</Text>
                    <Text className="label-sheet__name">{plate.label}</Text>
                    <Text className="label-sheet__line">{station.phone}</Text>
                    <Text className="label-sheet__code">{plate.code}</Text>
                  </View>
                </View>
              ))}
            </View>
          </>
        )}
      </PageState>
    </StaffPage>
  )
}
