import { Text, View } from '@tarojs/components'
import PageState from '../../components/PageState'
import NoticeCard from '../components/NoticeCard'
import PlatePoster from '../components/PlatePoster'
import PrintButton from '../components/PrintButton'
import StaffPage from '../components/StaffPage'
import { useBatchPrint } from './useBatchPrint'
import '../print.css'
import './poster.css'
import './posters.css'

/** A whole batch in one document: one A5 poster a page, printed with one 打印. */
export default function BatchPostersPage() {
  const { batchId, loaded, posters } = useBatchPrint()
  return (
    <StaffPage className="print-page poster-page batch-posters">
      <PageState
        remote={posters}
        loadingText={loaded > 0 ? `正在生成海报，已完成 ${loaded} 张…` : '正在生成海报…'}
        emptyTitle="这一批没有联系牌"
        errorTitles={{ NOT_FOUND: '没有找到这一批联系牌', INVALID_ARGUMENT: '批次编号不对' }}
      >
        {(items) => {
          const retired = items.filter((p) => p.plate.status === 'retired').length
          return (
            <>
              <View className="print-page__controls poster-page__controls">
                <Text className="jmt-hero staff-page__title">{`批次 ${batchId}：${items.length} 张海报`}</Text>
                <Text className="jmt-muted">每张 A5 纵向一页，打印时一次打完整批。</Text>
                {retired > 0 ? <NoticeCard tone="warning" title={`其中 ${retired} 块已停用`} text="已停用的牌子扫码只显示停用提示，请不要再张贴。" /> : null}
                <PrintButton />
              </View>
              {items.map(({ pngBase64, url: _url, ...card }) => (
                <PlatePoster key={card.plate.code} card={card} pngBase64={pngBase64} />
              ))}
            </>
          )
        }}
      </PageState>
    </StaffPage>
  )
}
