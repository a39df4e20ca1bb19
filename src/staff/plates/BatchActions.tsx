import { View } from '@tarojs/components'
import ActionButton from '../../components/ActionButton'
import { call } from '../../api'
import FormProblem from '@/components/FormProblem'
import { useCsvExport } from '../hooks/useCsvExport'
import { consoleUrls, openConsolePage } from '../navigation'
import SectionTitle from '@/components/SectionTitle'

/** What is done with a batch as a whole: its posters and labels printed in one go, its list exported. */
export default function BatchActions({ batchId, count }: { batchId: string; count?: number }) {
  const { exportCsv, exporting, problem } = useCsvExport(() => call('plates', 'exportBatch', { batchId }))

  return (
    <View className="jmt-card">
      <SectionTitle>{count ? `批次 ${batchId}（${count} 块）` : `批次 ${batchId}`}</SectionTitle>
      <View className="staff-page__actions">
        <ActionButton onClick={() => openConsolePage(consoleUrls.batchPosters(batchId))} hint="一张 A5 一页，一次打完">
          打印整批海报
        </ActionButton>
        <ActionButton tone="secondary" onClick={() => openConsolePage(consoleUrls.batchSheet(batchId))} hint="A4，每页 21 张">
          打印标签
        </ActionButton>
        <ActionButton tone="secondary" disabled={exporting} onClick={() => void exportCsv()} hint="编号、名称和链接，可用 Excel 打开">
          {exporting ? '正在导出…' : '导出表格'}
        </ActionButton>
      </View>
      <FormProblem message={problem} />
    </View>
  )
}
